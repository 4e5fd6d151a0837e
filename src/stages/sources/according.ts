import type { SourceAttribution, Span } from '../../document/types.ts';
import { sentenceStarts } from '../quotes/attribution.ts';
import type { Candidate } from '../quotes/candidates.ts';
import { findAccordingCues } from '../quotes/cues.ts';
import { hasClass, normalise } from '../quotes/lexicon.ts';
import {
  coveredClause,
  hasCapital,
  nounPhraseEnd,
  overlaps,
  resolveSource,
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
  const { doc, tokens, lexicon, candidates, documents, anonymous } = ctx;
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
    const introducesQuote = cue.origin && quoteCues.some((q) => overlaps(q, cueSpan));
    const sentence = sentenceOf(ctx, cue.first);
    let phraseEnd = nounPhraseEnd(doc, cue.last, sentence.lastToken, lexicon);
    if (phraseEnd <= cue.last) continue;
    // "selon lui": a pronoun is the whole phrase.
    if (lexicon.pronouns.get(normalise(tokens[cue.last].text))?.afterAccordingOnly) phraseEnd = cue.last + 1;
    // "according to a statement from the health ministry": the document's issuer completes the phrase.
    let issuerFirst = -1;
    if (
      namesDocument(ctx, cue.last, phraseEnd) &&
      phraseEnd + 1 < sentence.lastToken &&
      hasClass(lexicon, tokens[phraseEnd].text, 'issuer')
    ) {
      const issuerEnd = nounPhraseEnd(doc, phraseEnd + 1, sentence.lastToken, lexicon);
      if (issuerEnd > phraseEnd + 1) {
        issuerFirst = phraseEnd + 1;
        phraseEnd = issuerEnd;
      }
    }
    const inPhrase = candidates.filter(
      (c) =>
        c.first >= cue.last &&
        c.last <= phraseEnd &&
        !c.quoted &&
        (c.kind !== 'pronoun' || c.pronoun?.afterAccordingOnly === true),
    );
    // "Martin Smith of PBS": the outlet is the channel.
    let source: Candidate | undefined = inPhrase.find((c) => c.entity?.type === 'ORG') ?? inPhrase[0];
    const headedByDocument = namesDocument(ctx, cue.last, phraseEnd);
    // "l'agence de presse officielle Sana": the name after an outlet noun is the outlet.
    if (source?.kind === 'description' && headedByDocument)
      source = inPhrase.find((c) => c.kind === 'name' && !afterComplementWord(ctx, c)) ?? source;
    // "selon des médias d'État", "la télévision d'État": a bare name in the complement only qualifies the head.
    if (
      source &&
      !source.entity &&
      source.kind === 'name' &&
      headedByDocument &&
      afterComplementWord(ctx, source)
    )
      source = undefined;
    if (issuerFirst >= 0) source = inPhrase.find((c) => c.first >= issuerFirst) ?? source;
    // "Selon Jean Ping, « … »" made Ping the speaker; "selon le quotidien Le Parisien, « … »" and
    // "selon un communiqué du ministère, « … »" still name how the words reached the outlet.
    if (introducesQuote && !(source && isOutlet(source)) && !headedByDocument) continue;
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
        ? resolveSource(ctx, source)
        : { name: stripDeterminer(doc, issuerFirst >= 0 ? issuerFirst : cue.last, phraseEnd, lexicon) },
      covers,
    });
  }
  return out;
}

/** CAMEO role code of the media. */
const MEDIA_ROLE = /MED$/;

function isOutlet(candidate: Candidate): boolean {
  return candidate.entity?.type === 'ORG' && MEDIA_ROLE.test(candidate.entity.actor ?? '');
}

/** The phrase is headed by a document or outlet noun: "un communiqué du ministère", "le quotidien Le Parisien". */
function namesDocument(ctx: SourceContext, from: number, to: number): boolean {
  let head = from;
  while (
    head < to &&
    (hasClass(ctx.lexicon, ctx.tokens[head].text, 'det') ||
      hasClass(ctx.lexicon, ctx.tokens[head].text, 'indef'))
  )
    head++;
  return head < to && ctx.documents.has(normalise(ctx.tokens[head].text));
}

/** The candidate follows a complement preposition: "de l'AFP", "d'État". */
function afterComplementWord(ctx: SourceContext, candidate: Candidate): boolean {
  let k = candidate.first - 1;
  while (k >= 0 && hasClass(ctx.lexicon, ctx.tokens[k].text, 'det')) k--;
  return k >= 0 && hasClass(ctx.lexicon, ctx.tokens[k].text, 'gen');
}
