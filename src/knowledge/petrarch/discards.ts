import { normaliseWord } from './verbs.ts';

/**
 * PETRARCH discard list: a phrase whose presence discards the sentence, or the whole story when the
 * line starts with `+`.
 */
export interface Discard {
  words: string[];
  story: boolean;
}

export function parseDiscards(source: string): Discard[] {
  const out: Discard[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const story = line.startsWith('+');
    const words = (story ? line.slice(1) : line)
      .split(/[\s_]+/)
      .filter((w) => w)
      .map(normaliseWord);
    if (words.length > 0) out.push({ words, story });
  }
  return out;
}
