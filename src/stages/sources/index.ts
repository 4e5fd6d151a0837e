import type { Doc } from '../../document/doc.ts';
import type { SourceAttribution } from '../../document/types.ts';
import { set } from '../../lang/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { collectCandidates } from '../quotes/candidates.ts';
import { quoteLexicon } from '../quotes/lexicon.ts';
import { findQuotedSpans } from '../quotes/marks.ts';
import { SpeakerResolver } from '../quotes/resolve.ts';
import { accordingSources } from './according.ts';
import { addresseeSources } from './addressee.ts';
import type { SourceContext } from './context.ts';
import { findPhotoCredits } from './credits.ts';
import {
  anonymousSources,
  documentSources,
  hedgedSources,
  organisationSpeechSources,
  reportingSources,
  trailingSources,
} from './reporting.ts';

/**
 * Source chains: how content reached the outlet. "selon The Moscow Times", "according to Reuters",
 * "a rapporté le Moscow Times", "Reuters reported", "told the BBC", unnamed sources ("officials said"),
 * wire datelines and photo credits ("Natalia Kolesnikova/AFP/Getty"), each with the span of the
 * content it covers.
 */
export const sources: Stage = {
  name: 'sources',
  requires: ['quotes'],
  run(doc: Doc) {
    doc.sources = findSources(doc);
  },
};

export function findSources(doc: Doc): SourceAttribution[] {
  if (doc.tokens.length === 0) return [];
  const lang = doc.language ?? 'en';
  const lexicon = quoteLexicon(lang);
  const candidates = collectCandidates(
    doc,
    lexicon,
    findQuotedSpans(doc.text).filter((s) => s.depth === 0),
  );
  const ctx: SourceContext = {
    doc,
    tokens: doc.tokens,
    lexicon,
    candidates,
    resolver: new SpeakerResolver(doc, candidates, lexicon),
    documents: set(lang, 'sources-documents', true),
    anonymous: set(lang, 'sources-anonymous', true),
    hedges: set(lang, 'sources-hedges', true),
  };
  const quoteCues = doc.quotes.flatMap((q) => (q.cue && q.kind !== 'indirect' ? [q.cue] : []));
  // Rules run from the most to the least specific; a later rule never overlaps an earlier find.
  const out = accordingSources(ctx, quoteCues);
  reportingSources(ctx, out);
  addresseeSources(ctx, out);
  hedgedSources(ctx, out);
  anonymousSources(ctx, out);
  trailingSources(ctx, out, quoteCues);
  documentSources(ctx, out, quoteCues);
  organisationSpeechSources(ctx, out);
  out.push(...findPhotoCredits(doc));
  return out.sort((a, b) => a.start - b.start);
}
