import type { Doc } from '../../document/doc.ts';
import type { ActorRef, Sentence, Span, TextSpan, Token } from '../../document/types.ts';
import type { Candidate } from '../quotes/candidates.ts';
import { hasClass, isAttributionTail, type QuoteLexicon } from '../quotes/lexicon.ts';
import type { SpeakerResolver } from '../quotes/resolve.ts';

/** What every source rule reads: the document, its language data and the speaker candidates. */
export interface SourceContext {
  doc: Doc;
  tokens: Token[];
  lexicon: QuoteLexicon;
  candidates: Candidate[];
  resolver: SpeakerResolver;
  documents: Set<string>;
  anonymous: Set<string>;
  hedges: Set<string>;
}

export function sentenceOf(ctx: SourceContext, token: number): Sentence {
  return ctx.doc.sentences[ctx.tokens[token].sentence];
}

/** The text of tokens [first, last). */
export function span(ctx: SourceContext, first: number, last: number): TextSpan {
  const { tokens, doc } = ctx;
  return {
    start: tokens[first].start,
    end: tokens[last - 1].end,
    text: doc.text.slice(tokens[first].start, tokens[last - 1].end),
  };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function isPerson(doc: Doc, c: Candidate): boolean {
  const entity = c.entity ?? doc.entities.find((e) => e.mentions.some((m) => m.start === c.start));
  return entity?.type === 'PER';
}

/** Includes an auxiliary before the verb: "a rapporté". */
export function firstOfVerbGroup(doc: Doc, verb: number, lexicon: QuoteLexicon): number {
  return verb > 0 && hasClass(lexicon, doc.tokens[verb - 1].text, 'aux') ? verb - 1 : verb;
}

/** End (exclusive) of the noun phrase after a cue: up to a comma, a clause word or the sentence end. */
export function nounPhraseEnd(doc: Doc, from: number, limit: number, lexicon: QuoteLexicon): number {
  const tokens = doc.tokens;
  let end = from;
  while (end < limit && end < from + 8) {
    const text = tokens[end].text;
    if (
      /^[,;:.!?()«»"“”‘’']$/.test(text) ||
      hasClass(lexicon, text, 'rel') ||
      hasClass(lexicon, text, 'sub') ||
      hasClass(lexicon, text, 'coord')
    )
      break;
    // A lower-case word after the head noun starts the rest of the clause ("told reporters on Monday").
    if (
      end > from &&
      /^\p{Ll}/u.test(text) &&
      !hasClass(lexicon, text, 'det') &&
      !hasClass(lexicon, text, 'prep') &&
      /^\p{Lu}/u.test(tokens[end - 1].text)
    )
      break;
    if (hasClass(lexicon, text, 'prep') && !hasClass(lexicon, text, 'gen')) break;
    end++;
  }
  return end > from ? toMentionEnd(doc, from, end, limit) : end;
}

/** A name the entity layer found runs past a preposition: "the International Organization for Migration". */
function toMentionEnd(doc: Doc, from: number, end: number, limit: number): number {
  const tokens = doc.tokens;
  const phraseStart = tokens[from].start;
  const phraseEnd = tokens[end - 1].end;
  let reach = phraseEnd;
  for (const entity of doc.entities)
    for (const m of entity.mentions)
      if (m.start >= phraseStart && m.start < phraseEnd && m.end > reach) reach = m.end;
  while (end < limit && tokens[end].end <= reach) end++;
  return end;
}

export function hasCapital(doc: Doc, from: number, to: number): boolean {
  return doc.tokens.slice(from, to).some((t) => /^\p{Lu}/u.test(t.text));
}

export function stripDeterminer(doc: Doc, from: number, to: number, lexicon: QuoteLexicon): string {
  let first = from;
  while (
    first < to - 1 &&
    (hasClass(lexicon, doc.tokens[first].text, 'det') || hasClass(lexicon, doc.tokens[first].text, 'indef'))
  )
    first++;
  return doc.text.slice(doc.tokens[first].start, doc.tokens[to - 1].end);
}

/**
 * The content an attribution covers: the rest of the sentence when the cue opens it
 * ("Selon l'ONU, la loi…"), otherwise the sentence up to the cue ("…, selon The Moscow Times").
 */
export function coveredClause(
  doc: Doc,
  cueFirst: number,
  cueLast: number,
  sentenceFirst: number,
  sentenceLast: number,
): TextSpan | undefined {
  const tokens = doc.tokens;
  const isPunct = (i: number) => /^[,;:.!?…«»"“”—–-]$/.test(tokens[i].text);
  let first: number;
  let last: number;
  if (cueFirst - sentenceFirst <= 1) {
    // "Selon les chiffres rendus publics hier par l'INSEE, …": the content starts after the comma.
    first = cueLast;
    for (let k = cueLast; k < Math.min(sentenceLast, cueLast + 12); k++) {
      if (tokens[k].text === ',') {
        first = k + 1;
        break;
      }
    }
    last = sentenceLast;
  } else {
    first = sentenceFirst;
    last = cueFirst;
  }
  while (first < last && isPunct(first)) first++;
  while (last > first && isPunct(last - 1)) last--;
  if (last <= first) return undefined;
  return {
    start: tokens[first].start,
    end: tokens[last - 1].end,
    text: doc.text.slice(tokens[first].start, tokens[last - 1].end),
  };
}

/**
 * Content attributed by a subject + verb: the clause after the verb ("officials said the ban…") or,
 * when the attribution closes the sentence after a comma ("…, Rudaw reports."), the clause before it.
 */
export function reportedContent(
  doc: Doc,
  lexicon: QuoteLexicon,
  subjectFirst: number,
  verbLast: number,
  sentence: Sentence,
): TextSpan | undefined {
  const trailing =
    (doc.tokens[subjectFirst - 1]?.text === ',' &&
      isAttributionTail(doc.tokens, verbLast, sentence.lastToken, lexicon)) ||
    verbLast >= sentence.lastToken - 1;
  return trailing
    ? coveredClause(doc, subjectFirst, verbLast, sentence.firstToken, sentence.lastToken)
    : coveredClause(doc, sentence.firstToken, verbLast, sentence.firstToken, sentence.lastToken);
}

/** Lower-case words a name may run over before its bracketed acronym: "Instance … pour les élections (ISIE)". */
const ACRONYM_REACH = 5;

/**
 * The source a candidate names, preferring the acronym bracketed after it: the entity layer often finds
 * "ISIE" whole but cuts "Instance supérieure indépendante pour les élections" short.
 */
export function resolveSource(ctx: SourceContext, candidate: Candidate): ActorRef {
  const { doc, tokens } = ctx;
  let k = candidate.last;
  while (k < candidate.last + ACRONYM_REACH && /^\p{Ll}[\p{L}'’]*$/u.test(tokens[k]?.text ?? '')) k++;
  if (
    tokens[k]?.text === '(' &&
    /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? '') &&
    tokens[k + 2]?.text === ')'
  ) {
    const acronym = tokens[k + 1];
    const entity = doc.entities.find((e) =>
      e.mentions.some((m) => m.start === acronym.start && m.end === acronym.end),
    );
    if (entity && entity.type === 'ORG') {
      const mention = entity.mentions.find((m) => m.start === acronym.start)!;
      return {
        name: entity.name,
        entity: entity.id,
        actor: entity.actor,
        mention: { ...mention, text: acronym.text },
      };
    }
  }
  return ctx.resolver.resolve(candidate);
}
