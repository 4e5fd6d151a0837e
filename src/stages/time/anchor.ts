import type { Doc } from '../../document/doc.ts';
import type { DateMention, Span } from '../../document/types.ts';
import { clauseAround } from './tense.ts';

export type DateSource = 'clause' | 'sentence' | 'publication';

export interface SpanDate {
  value: string;
  dateSource: DateSource;
  /** The date expression used, when one was. */
  mention?: DateMention;
}

/** Calendar values an event can be placed at: 2023-03-31, 2023-03, 2023-W12, 2023-03-31TEV, XXXX-XX-XX … */
function isCalendarDate(d: DateMention): boolean {
  return (d.type === 'DATE' || d.type === 'TIME') && /^(?:\d{2,4}|XXXX)/.test(d.value);
}

function sentenceSpan(doc: Doc, span: Span): Span {
  const sentence = doc.sentenceAt(span.start);
  if (sentence) return { start: sentence.start, end: Math.max(sentence.end, span.end) };
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(doc.text[start - 1])) start--;
  let end = span.end;
  while (end < doc.text.length && !/[.!?\n]/.test(doc.text[end])) end++;
  return { start, end };
}

/** The verb (or clause root) governing a span in the syntax layer, when there is one. */
function governingPredicate(doc: Doc, span: Span): number | undefined {
  const tokens = doc.tokensIn(span);
  if (tokens.length === 0 || tokens[0].head === undefined) return undefined;
  let t = tokens[0];
  for (let hops = 0; hops < 8; hops++) {
    if (t.upos === 'VERB' || t.head === undefined || t.head < 0) return t.index;
    t = doc.tokens[t.head];
  }
  return t.index;
}

const distance = (a: Span, b: Span) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

/**
 * The date of an event expressed at `span`: the date expression of its clause (same governing verb
 * when the syntax layer is there, else the same punctuation/conjunction-delimited clause), else the
 * nearest date expression of the sentence, else the publication date.
 */
export function dateForSpan(doc: Doc, span: Span): SpanDate {
  const sentence = sentenceSpan(doc, span);
  const inSentence = doc.dates.filter(
    (d) => isCalendarDate(d) && d.start >= sentence.start && d.end <= sentence.end,
  );
  const byDistance = [...inSentence].sort((a, b) => distance(a, span) - distance(b, span));

  const predicate = governingPredicate(doc, span);
  if (predicate !== undefined) {
    const same = byDistance.find((d) => governingPredicate(doc, d) === predicate);
    if (same) return { value: same.value, dateSource: 'clause', mention: same };
  } else {
    const lang = doc.language ?? 'en';
    const clause = clauseAround(doc.text, span, sentence, lang);
    const same = byDistance.find((d) => d.start >= clause.start && d.end <= clause.end);
    if (same) return { value: same.value, dateSource: 'clause', mention: same };
  }
  if (byDistance.length > 0)
    return { value: byDistance[0].value, dateSource: 'sentence', mention: byDistance[0] };
  return { value: doc.published ?? 'XXXX-XX-XX', dateSource: 'publication' };
}
