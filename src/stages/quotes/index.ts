import type { Doc } from '../../document/doc.ts';
import type { Quote } from '../../document/types.ts';
import { set } from '../../lang/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { type Attribution, Attributor, type QuoteTokens } from './attribution.ts';
import { collectCandidates } from './candidates.ts';
import { findIndirectSpeech } from './indirect.ts';
import { followsTitleCue, isTitle, quoteKind } from './kind.ts';
import { quoteLexicon } from './lexicon.ts';
import { findQuotedSpans } from './marks.ts';
import { SpeakerResolver } from './resolve.ts';

/**
 * Finds direct and partial quotations (between quotation marks) and indirect speech
 * ("Peskov a déclaré que…"), each with its speaker resolved to the document's entities.
 */
export const quotes: Stage = {
  name: 'quotes',
  requires: ['entities'],
  run(doc: Doc) {
    doc.quotes = analyseQuotes(doc);
  },
};

export function analyseQuotes(doc: Doc): Quote[] {
  if (doc.tokens.length === 0) return [];
  const lexicon = quoteLexicon(doc.language ?? 'en');
  const spans = findQuotedSpans(doc.text);
  const candidates = collectCandidates(
    doc,
    lexicon,
    spans.filter((s) => s.depth === 0),
  );
  const attributor = new Attributor(doc, lexicon, candidates);
  const resolver = new SpeakerResolver(doc, candidates, lexicon);
  const titleCues = set(lexicon.language, 'quotes-title-cues', true);

  const out: Quote[] = [];
  const groups = new Map<Quote, number>();
  let previous: QuoteTokens | null = null;
  let previousAttribution: Attribution | null = null;
  for (const span of spans) {
    if (span.depth > 0) continue;
    const text = doc.text.slice(span.start, span.end);
    const quote: QuoteTokens = {
      span,
      open: doc.tokenIndexAt(span.open),
      close: doc.tokenIndexAt(span.close),
    };
    if (isTitle(text) || followsTitleCue(doc, quote, titleCues, lexicon)) continue;
    const kind = quoteKind(doc, quote, attributor.cues, lexicon);
    const attribution = attributor.attribute(quote, previous, previousAttribution, kind === 'direct');
    if (attribution.speaker)
      resolver.speakers.add(resolver.named(attribution.speaker, 0) ?? attribution.speaker);
    const result: Quote = {
      start: span.start,
      end: span.end,
      text,
      kind,
      speaker: attribution.speaker ? resolver.resolve(attribution.speaker) : null,
    };
    if (attribution.cue) {
      const first = doc.tokens[attribution.cue.first];
      const last = doc.tokens[attribution.cue.last - 1];
      result.cue = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
    }
    out.push(result);
    groups.set(result, span.group);
    previous = quote;
    previousAttribution = attribution;
  }
  shareSpeakerWithinGroups(out, groups);
  for (const indirect of findIndirectSpeech(doc, lexicon, attributor, spans)) {
    const speaker = indirect.speaker
      ? resolver.resolve(indirect.speaker)
      : indirect.speakerText
        ? { name: indirect.speakerText }
        : null;
    out.push({
      start: indirect.start,
      end: indirect.end,
      text: indirect.text,
      kind: 'indirect',
      speaker,
      cue: indirect.cue,
    });
  }
  return out.sort((a, b) => a.start - b.start || (a.kind === 'indirect' ? 1 : -1));
}

/** The parts of a quote running over paragraphs have one speaker: the cue may sit after the last part only. */
function shareSpeakerWithinGroups(quotes: Quote[], groups: Map<Quote, number>): void {
  for (const quote of quotes) {
    if (quote.speaker) continue;
    const sibling = quotes.find((q) => q !== quote && q.speaker && groups.get(q) === groups.get(quote));
    if (sibling) quote.speaker = sibling.speaker;
  }
}
