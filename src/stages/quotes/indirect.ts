import type { Doc } from '../../document/doc.ts';
import type { TextSpan, Token } from '../../document/types.ts';
import { set } from '../../lang/index.ts';
import type { Attributor } from './attribution.ts';
import { sentenceStarts } from './attribution.ts';
import type { Candidate } from './candidates.ts';
import { findAccordingCues } from './cues.ts';
import { hasClass, isAttributionTail, normalise, type QuoteLexicon } from './lexicon.ts';
import type { QuotedSpan } from './marks.ts';

export interface IndirectSpeech extends TextSpan {
  speaker: Candidate | null;
  /** The subject as written when no candidate covers it ("officials"). */
  speakerText?: string;
  cue: TextSpan;
}

/**
 * Reported speech without quotation marks: a speech verb followed by "que/qu'/that" (optionally
 * after a short complement: "a déclaré aux journalistes que"). The span is the reported clause,
 * up to the end of the sentence or a semicolon. Clauses that hold a quotation are left to it.
 */
export function findIndirectSpeech(
  doc: Doc,
  lexicon: QuoteLexicon,
  attributor: Attributor,
  quoted: QuotedSpan[],
): IndirectSpeech[] {
  const tokens = doc.tokens;
  const out: IndirectSpeech[] = [];
  const seen = new Set<string>();
  const bareClause = set(lexicon.language, 'quotes-bare-clause-verbs', true);
  const inQuote = (offset: number) => quoted.some((q) => q.open < offset && offset < q.close);
  for (const cue of attributor.cues) {
    if (inQuote(tokens[cue.first].start) || cue.participle) continue;
    const sentence = doc.sentences[tokens[cue.first].sentence];
    let k = cue.last;
    while (
      k < sentence.lastToken &&
      k < cue.last + 4 &&
      !hasClass(lexicon, tokens[k].text, 'sub') &&
      !/^[,;:.«“"]$/.test(tokens[k].text)
    )
      k++;
    // "interviennent avant que…", "so that…": a conjunction, not reported speech.
    const conjunction = k > cue.last && hasClass(lexicon, tokens[k - 1].text, 'prep');
    const hasComplementiser =
      k < sentence.lastToken && hasClass(lexicon, tokens[k].text, 'sub') && !conjunction;
    if (conjunction) continue;
    if (!hasComplementiser) {
      // "Peskov said the talks would continue": a bare clause right after the verb.
      const next = tokens[cue.last];
      const previous = tokens[cue.first - 1];
      if (
        !bareClause.has(normalise(cue.lemma)) ||
        !next ||
        /^[\p{P}]/u.test(next.text) ||
        hasClass(lexicon, next.text, 'prep')
      )
        continue;
      // Needs a subject right before: not '", said a protester' nor 'agreed to add'.
      if (!previous || /^[\p{P}]/u.test(previous.text) || hasClass(lexicon, previous.text, 'prep')) continue;
      // …and a clause after it that opens with a subject: not "a woman believed linked to…".
      if (!startsClause(next, lexicon)) continue;
      k = cue.last - 1;
    }
    // After a determiner the form is a noun or adjective ("the state that…", "a proposed bill that…").
    if (cue.first > 0 && hasClass(lexicon, tokens[cue.first - 1].text, 'det')) continue;
    let end = k + 1;
    while (end < sentence.lastToken && tokens[end].text !== ';') end++;
    while (end > k + 1 && /^[.!?…,]$/.test(tokens[end - 1].text)) end--;
    let from = k + 1;
    while (from < end && /^[,;:]$/.test(tokens[from].text)) from++;
    if (end <= from + 1) continue;
    const start = tokens[from].start;
    const stop = tokens[end - 1].end;
    if (quoted.some((q) => q.open >= start && q.open < stop) || seen.has(`${start}:${stop}`)) continue;
    seen.add(`${start}:${stop}`);
    const first = tokens[cue.first];
    const last = tokens[cue.last - 1];
    out.push({
      start,
      end: stop,
      text: doc.text.slice(start, stop),
      speaker: attributor.subjectOf(cue, k),
      cue: { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) },
    });
  }
  out.push(...accordingClauses(doc, lexicon, attributor, quoted, seen));
  out.push(...trailingAttributions(doc, lexicon, attributor, quoted, seen));
  return out;
}

function startsClause(token: Token, lexicon: QuoteLexicon): boolean {
  const word = normalise(token.text);
  return hasClass(lexicon, word, 'det') || lexicon.pronouns.has(word) || /^[\p{Lu}\p{N}]/u.test(token.text);
}

/**
 * "Arnor will restore ties with Gondor, a senior official said on Saturday." / "…, a déclaré Peskov.":
 * the attribution closes the sentence and the reported clause is everything before its comma.
 */
function trailingAttributions(
  doc: Doc,
  lexicon: QuoteLexicon,
  attributor: Attributor,
  quoted: QuotedSpan[],
  seen: Set<string>,
): IndirectSpeech[] {
  const tokens = doc.tokens;
  const out: IndirectSpeech[] = [];
  const isMark = (t: Token) => /^[«»“”"„]$/.test(t.text);
  for (const cue of attributor.cues) {
    if (cue.participle) continue;
    const sentence = doc.sentences[tokens[cue.first].sentence];
    const verbEnd = Math.max(cue.last, (cue.clitic ?? -1) + 1);
    let verbFirst = cue.first;
    while (
      verbFirst > sentence.firstToken &&
      (hasClass(lexicon, tokens[verbFirst - 1].text, 'aux') ||
        hasClass(lexicon, tokens[verbFirst - 1].text, 'refl'))
    )
      verbFirst--;
    // A determiner before the form makes it a noun: "la demande", "un communiqué".
    if (hasClass(lexicon, tokens[verbFirst - 1]?.text ?? '', 'det')) continue;
    const tail = tokens.slice(verbEnd, sentence.lastToken);
    if (tail.some((t) => isMark(t) || hasClass(lexicon, t.text, 'sub') || t.text === ',')) continue;
    let comma = verbFirst - 1;
    let subjectFirst = verbFirst;
    let tailAfterSubject = tail.length;
    if (tokens[comma]?.text === ',') {
      // Inverted: "…, a déclaré Peskov lors d'un discours."
      const subject = attributor.firstCandidate(verbEnd, sentence.lastToken);
      if (subject && subject.first <= verbEnd + 1) {
        tailAfterSubject = sentence.lastToken - subject.last;
      } else if (hasClass(lexicon, tokens[verbEnd]?.text ?? '', 'det')) {
        // "…, a annoncé le parquet fédéral.": any noun phrase, up to a preposition or the end.
        let end = verbEnd + 1;
        while (
          end < sentence.lastToken &&
          /^\p{L}/u.test(tokens[end].text) &&
          !hasClass(lexicon, tokens[end].text, 'prep')
        )
          end++;
        tailAfterSubject = sentence.lastToken - end;
      } else continue;
    } else {
      // "…, a senior official said on Saturday": a short noun phrase between the comma and the verb.
      while (comma > sentence.firstToken && comma > verbFirst - 8 && !/^[\p{P}]$/u.test(tokens[comma].text))
        comma--;
      if (tokens[comma]?.text !== ',' || !startsClause(tokens[comma + 1], lexicon)) continue;
      subjectFirst = comma + 1;
    }
    // Only a short tail ("on Saturday", "hier", "lors d'un discours") may follow, not an object.
    if (!isAttributionTail(tokens, sentence.lastToken - tailAfterSubject, sentence.lastToken, lexicon))
      continue;
    if (comma - sentence.firstToken < 4) continue;
    if (tokens.slice(sentence.firstToken, comma).some(isMark)) continue;
    // "Le porte-parole du Kremlin, Dmitri Peskov, a rejeté ces accusations": with a parse, a clause
    // without a verb before the comma is the apposed subject, not reported speech.
    const before = tokens.slice(sentence.firstToken, comma);
    if (
      before.every((t) => t.upos !== undefined) &&
      !before.some((t) => t.upos === 'VERB' || t.upos === 'AUX')
    )
      continue;
    const start = tokens[sentence.firstToken].start;
    const stop = tokens[comma - 1].end;
    if (quoted.some((q) => q.open < stop && start < q.close) || seen.has(`${start}:${stop}`)) continue;
    seen.add(`${start}:${stop}`);
    const speaker =
      subjectFirst < verbFirst
        ? attributor.firstCandidate(subjectFirst, verbFirst)
        : attributor.firstCandidate(verbEnd, sentence.lastToken);
    const subjectEnd = subjectFirst < verbFirst ? verbFirst : sentence.lastToken - 1;
    const subjectStart = subjectFirst < verbFirst ? subjectFirst : verbEnd;
    const first = tokens[verbFirst];
    const last = tokens[verbEnd - 1];
    out.push({
      start,
      end: stop,
      text: doc.text.slice(start, stop),
      speaker,
      speakerText:
        subjectEnd > subjectStart
          ? doc.text.slice(tokens[subjectStart].start, tokens[subjectEnd - 1].end)
          : undefined,
      cue: { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) },
    });
  }
  return out;
}

/** "Selon Peskov, les pourparlers…" / "…, according to the ministry.": the clause on the other side of the cue. */
function accordingClauses(
  doc: Doc,
  lexicon: QuoteLexicon,
  attributor: Attributor,
  quoted: QuotedSpan[],
  seen: Set<string>,
): IndirectSpeech[] {
  const tokens = doc.tokens;
  const out: IndirectSpeech[] = [];
  for (const cue of findAccordingCues(tokens, 0, tokens.length, lexicon, sentenceStarts(doc))) {
    if (!cue.origin) continue;
    const sentence = doc.sentences[tokens[cue.first].sentence];
    let comma = cue.last;
    while (comma < sentence.lastToken && tokens[comma].text !== ',' && comma < cue.last + 8) comma++;
    let first: number;
    let last: number;
    if (cue.first - sentence.firstToken <= 1 && tokens[comma]?.text === ',') {
      first = comma + 1;
      last = sentence.lastToken;
    } else if (tokens[cue.first - 1]?.text === ',' && cue.first - 1 > sentence.firstToken) {
      first = sentence.firstToken;
      last = cue.first - 1;
    } else continue;
    while (last > first && /^[.!?…,]$/.test(tokens[last - 1].text)) last--;
    if (last - first < 3) continue;
    const start = tokens[first].start;
    const stop = tokens[last - 1].end;
    if (quoted.some((q) => q.close >= start && q.open < stop) || seen.has(`${start}:${stop}`)) continue;
    seen.add(`${start}:${stop}`);
    const speaker = attributor.firstCandidate(cue.last, Math.max(cue.last + 1, comma));
    // "Pour l'instant, …", "Selon la tradition, …": no one speaks.
    if (!speaker) continue;
    const cueFirst = tokens[cue.first];
    const cueLast = tokens[cue.last - 1];
    out.push({
      start,
      end: stop,
      text: doc.text.slice(start, stop),
      speaker,
      cue: { start: cueFirst.start, end: cueLast.end, text: doc.text.slice(cueFirst.start, cueLast.end) },
    });
  }
  return out;
}
