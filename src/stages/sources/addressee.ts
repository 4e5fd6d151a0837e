import type { SourceAttribution } from '../../document/types.ts';
import { findSpeechCues } from '../quotes/cues.ts';
import { hasClass } from '../quotes/lexicon.ts';
import { coveredClause, overlaps, type SourceContext, sentenceOf, span } from './context.ts';

/** How far after the speech verb the addressee may sit: past an inverted subject ("un responsable"). */
const REACH = 6;

/** CAMEO role code of the media: only an outlet is a channel ("à l'AFP", not "au Conseil de sécurité"). */
const MEDIA_ROLE = /MED$/;

/**
 * "a déclaré à l'AFP", "a confié un responsable à Reuters": the outlet a statement was made to is its
 * channel, like English "told Reuters" (a sources-cues entry). A person or an institution addressed is no channel.
 */
export function addresseeSources(ctx: SourceContext, out: SourceAttribution[]): void {
  const { doc, tokens, lexicon, candidates, resolver } = ctx;
  for (const cue of findSpeechCues(tokens, 0, tokens.length, lexicon)) {
    const sentence = sentenceOf(ctx, cue.first);
    const limit = Math.min(sentence.lastToken, cue.last + REACH);
    for (let k = cue.last; k < limit; k++) {
      const text = tokens[k].text;
      if (/^[.,;:!?«»“”"]$/.test(text)) break;
      if (!hasClass(lexicon, text, 'addressee')) continue;
      let first = k + 1;
      while (first < limit && hasClass(lexicon, tokens[first].text, 'det')) first++;
      const outlet = candidates.find((c) => c.first === first && c.kind === 'name' && !c.quoted);
      if (outlet?.entity?.type !== 'ORG' || !MEDIA_ROLE.test(outlet.entity.actor ?? '')) break;
      const attribution = span(ctx, k, outlet.last);
      if (out.some((s) => overlaps(s, attribution))) break;
      out.push({
        ...attribution,
        source: resolver.resolve(outlet),
        covers: coveredClause(doc, cue.first, outlet.last, sentence.firstToken, sentence.lastToken),
      });
      break;
    }
  }
}
