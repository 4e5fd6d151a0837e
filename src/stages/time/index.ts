import type { Doc } from '../../document/doc.ts';
import type { DateMention, Language, Span, TimexType } from '../../document/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { type Day, parseDay } from './calendar.ts';
import { evaluate } from './normalise.ts';
import { recognise, type TimexMatch } from './recognise.ts';
import { timeRules } from './rules.ts';
import { clauseDirection } from './tense.ts';

const DAY_PRECISE = /^(\d{4}-\d{2}-\d{2})/;

/** The sentence around an offset, or — before segmentation — the text between sentence punctuation. */
function sentenceLimits(doc: Doc, span: Span): Span {
  const sentence = doc.sentenceAt(span.start);
  if (sentence) return { start: sentence.start, end: Math.max(sentence.end, span.end) };
  const text = doc.text;
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = span.end;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  return { start, end };
}

/**
 * Finds and normalises the temporal expressions of a document: rules from src/lang/<lang>/time-rules.tsv,
 * deictic values anchored on the publication date, anaphoric ones on the last day mentioned,
 * weekdays and year-less dates resolved by the tense of their clause.
 */
export function findDates(doc: Doc): DateMention[] {
  const lang: Language = doc.language ?? 'en';
  const rules = timeRules(lang);
  const anchor = doc.published ? parseDay(doc.published) : undefined;
  let reference: Day | undefined = anchor;
  const out: DateMention[] = [];
  const normalisable = (match: TimexMatch) =>
    evaluate(match.rule.value, match.captures, {
      anchor,
      reference: anchor,
      direction: 0,
      lexicon: rules.lexicon,
    }) !== undefined;
  const matches = recognise(doc.text, rules, normalisable);
  matches.forEach((match, i) => {
    const direction = clauseDirection(doc, match, sentenceLimits(doc, match), lang);
    const context = { anchor, reference: dayRightAfter(doc, matches, i, rules) ?? reference, direction };
    const value = evaluate(match.rule.value, match.captures, { ...context, lexicon: rules.lexicon });
    if (value === undefined || value === '') return;
    const type = match.rule.type as TimexType;
    out.push({ start: match.start, end: match.end, text: match.text, value, type });
    const precise = DAY_PRECISE.exec(value);
    if (precise && (type === 'DATE' || type === 'TIME')) reference = parseDay(precise[1]);
  });
  return out;
}

/**
 * A clock time immediately followed by its day ("vers 0 h 40, jeudi", "at 3 p.m. on Tuesday") takes that
 * day rather than the last one mentioned.
 */
function dayRightAfter(
  doc: Doc,
  matches: TimexMatch[],
  i: number,
  rules: ReturnType<typeof timeRules>,
): Day | undefined {
  const match = matches[i];
  const next = matches[i + 1];
  if (match.rule.type !== 'TIME' || next?.rule.type !== 'DATE' || !/\{(?:time|day)\b/.test(match.rule.value))
    return undefined;
  if (!/^[\s,]*(?:\p{L}{1,2}\s+)?$/u.test(doc.text.slice(match.end, next.start))) return undefined;
  const anchor = doc.published ? parseDay(doc.published) : undefined;
  const direction = clauseDirection(doc, next, sentenceLimits(doc, next), doc.language ?? 'en');
  const value = evaluate(next.rule.value, next.captures, {
    anchor,
    reference: anchor,
    direction,
    lexicon: rules.lexicon,
  });
  const precise = value ? DAY_PRECISE.exec(value) : null;
  return precise ? parseDay(precise[1]) : undefined;
}

export const dates: Stage = {
  name: 'dates',
  requires: ['segment'],
  run(doc: Doc) {
    doc.dates = findDates(doc);
  },
};
