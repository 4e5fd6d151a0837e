import type { Span } from '../../document/types.ts';

/** A stretch of text between matching quotation marks. */
export interface QuotedSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (or of the paragraph end for a quote continued over paragraphs). */
  close: number;
  /** 0 for a top-level quote, 1 for a quote inside a quote... */
  depth: number;
  /** Offsets of paragraph-continuation opening marks inside the span (empty: parts are split). */
  continuations: number[];
  /** Offset of the opening mark of the first part: the parts of a multi-paragraph quote share it. */
  group: number;
}

interface OpenMark {
  mark: string;
  pos: number;
  continuations: number[];
}

const SPACE = /[\s\u00a0\u202f\u2009]/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Closing marks each opening mark accepts. */
const CLOSERS: Record<string, string[]> = {
  '«': ['»'],
  '“': ['”'],
  '„': ['“', '”'],
  '‘': ['’'],
  '"': ['"'],
};

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * Finds quotations marked with « », “ ”, „ “, ‘ ’ and straight double quotes, with nesting.
 * A quotation left open at a paragraph end continues when the next paragraph opens with the same
 * mark (the English and French convention for multi-paragraph quotes); otherwise it is dropped.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const stack: OpenMark[] = [];

  // A quote continued over paragraphs is one quotation per paragraph: each part is read (and
  // attributed) on its own, the later parts continuing the first one's speaker.
  const closeTo = (index: number, closePos: number) => {
    const opened = stack[index];
    stack.length = index;
    const opens = [opened.pos, ...opened.continuations];
    for (let k = 0; k < opens.length; k++) {
      const partClose = k + 1 < opens.length ? paragraphEnd(text, opens[k]) : closePos;
      const span = trimmed(text, opens[k] + 1, partClose);
      if (span)
        out.push({
          ...span,
          open: opens[k],
          close: k + 1 < opens.length ? lastVisible(text, partClose) : partClose,
          depth: index,
          continuations: [],
          group: opened.pos,
        });
    }
  };
  const findOpen = (closer: string): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (CLOSERS[stack[i].mark].includes(closer)) return i;
    return -1;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (stack.length === 0) continue;
      let next = i + 1;
      while (next < text.length && SPACE.test(text[next])) next++;
      const continued = stack.findIndex((m) => text[next] === m.mark);
      if (continued >= 0) {
        stack.length = continued + 1;
        stack[continued].continuations.push(next);
        i = next;
      } else {
        stack.length = 0;
      }
      continue;
    }
    const prev = text[i - 1];
    const after = text[i + 1];
    switch (ch) {
      case '«':
      case '„':
        stack.push({ mark: ch, pos: i, continuations: [] });
        break;
      case '»':
      case '”': {
        const at = findOpen(ch);
        if (at >= 0) closeTo(at, i);
        break;
      }
      case '“': {
        const at = stack.length > 0 && stack[stack.length - 1].mark === '„' ? stack.length - 1 : -1;
        if (at >= 0) closeTo(at, i);
        else stack.push({ mark: ch, pos: i, continuations: [] });
        break;
      }
      case '‘':
        if (!isWordChar(prev)) stack.push({ mark: ch, pos: i, continuations: [] });
        break;
      case '’': {
        // An apostrophe inside a word ("l’Ukraine", "don’t") is not a closing mark.
        if (isWordChar(after)) break;
        const at = findOpen(ch);
        if (at >= 0) closeTo(at, i);
        break;
      }
      case '"': {
        const at = findOpen(ch);
        const opensHere =
          (prev === undefined || !isWordChar(prev) || SPACE.test(prev)) &&
          after !== undefined &&
          !SPACE.test(after);
        if (
          at >= 0 &&
          !(opensHere && prev !== undefined && SPACE.test(prev) && isWordChar(after) && at < stack.length - 1)
        ) {
          closeTo(at, i);
        } else if (opensHere) {
          stack.push({ mark: ch, pos: i, continuations: [] });
        }
        break;
      }
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

function paragraphEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Offset of the last non-space character before `end` (the close of an unclosed paragraph part). */
function lastVisible(text: string, end: number): number {
  let i = end - 1;
  while (i > 0 && SPACE.test(text[i])) i--;
  return i;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
