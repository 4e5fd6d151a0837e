import type { SourceAttribution, Span } from '../../document/types.ts';
import { sentenceStarts } from '../quotes/attribution.ts';
import { findAccordingCues } from '../quotes/cues.ts';
import { hasClass, normalise } from '../quotes/lexicon.ts';
import {
  coveredClause,
  hasCapital,
  nounPhraseEnd,
  overlaps,
  type SourceContext,
  sentenceOf,
  span,
  stripDeterminer,
} from './context.ts';

/**
 * "selon X", "d'après X", "according to X", "as reported by X", "told X": the source is the noun
 * phrase after the cue. Cues that made X the speaker of a quote ("Selon Jean Ping, « … »") are left out.
 */
export function accordingSources(ctx: SourceContext, quoteCues: Span[]): SourceAttribution[] {
  const { doc, tokens, lexicon, candidates, resolver, documents, anonymous } = ctx;
  const out: SourceAttribution[] = [];
  for (const cue of findAccordingCues(
    tokens,
    0,
    tokens.length,
    lexicon,
    sentenceStarts(doc),
    lexicon.sourceCues,
  )) {
    const cueSpan = span(ctx, cue.first, cue.last);
    // "Selon Jean Ping, « … »" made Ping the speaker; "told the BBC" keeps the BBC as the channel.
    if (cue.origin && quoteCues.some((q) => overlaps(q, cueSpan))) continue;
    const sentence = sentenceOf(ctx, cue.first);
    let phraseEnd = nounPhraseEnd(doc, cue.last, sentence.lastToken, lexicon);
    if (phraseEnd <= cue.last) continue;
    // "selon lui": a pronoun is the whole phrase.
    if (lexicon.pronouns.get(normalise(tokens[cue.last].text))?.afterAccordingOnly) phraseEnd = cue.last + 1;
    const inPhrase = candidates.filter(
      (c) =>
        c.first >= cue.last &&
        c.last <= phraseEnd &&
        !c.quoted &&
        (c.kind !== 'pronoun' || c.pronoun?.afterAccordingOnly === true),
    );
    // "Martin Smith of PBS": the outlet is the channel.
    const source = inPhrase.find((c) => c.entity?.type === 'ORG') ?? inPhrase[0];
    // A required name heads the phrase: "interrogé par les services du commissariat de Poissy",
    // "told thousands of supporters outside the Miraflores" name no channel.
    if (cue.needsName) {
      let head = cue.last;
      while (head < phraseEnd && hasClass(lexicon, tokens[head].text, 'det')) head++;
      const commonHead = /^\p{Ll}/u.test(tokens[head]?.text ?? '');
      const complement =
        source && tokens.slice(head, source.first).some((t) => hasClass(lexicon, t.text, 'gen'));
      if (!source || (commonHead && complement)) continue;
    }
    // Without a name only documents and unnamed sources count ("selon le projet de loi", not
    // "d'après le droit international"); "told reporters" is no source at all.
    const nameless = tokens
      .slice(cue.last, phraseEnd)
      .some((t) => documents.has(normalise(t.text)) || anonymous.has(normalise(t.text)));
    if (!source && !hasCapital(doc, cue.last, phraseEnd) && (cue.needsName || !nameless)) continue;
    const attribution = span(ctx, cue.first, phraseEnd);
    // "…," a senior official told The Associated Press: the content ends before the speaker.
    const speaker = candidates.find(
      (c) => c.last === cue.first && c.first > sentence.firstToken && !c.quoted,
    );
    const covers = coveredClause(
      doc,
      speaker?.first ?? cue.first,
      phraseEnd,
      sentence.firstToken,
      sentence.lastToken,
    );
    out.push({
      ...attribution,
      source: source
        ? resolver.resolve(source)
        : { name: stripDeterminer(doc, cue.last, phraseEnd, lexicon) },
      covers,
    });
  }
  return out;
}
