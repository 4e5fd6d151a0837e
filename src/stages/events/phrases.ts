import type { Language } from '../../document/types.ts';
import { normaliseWord } from '../../knowledge/petrarch/verbs.ts';
import { list } from '../../lang/index.ts';

/** Multi-word phrase lists of the events stage (src/lang/<lang>/<name>.txt), upper-cased word by word. */
const cache = new Map<string, string[][]>();

export function phraseList(language: Language, name: string): string[][] {
  const key = `${language}/${name}`;
  let out = cache.get(key);
  if (!out) {
    out = list(language, name).map((line) => line.split(/\s+/).map(normaliseWord));
    cache.set(key, out);
  }
  return out;
}

/** Length of the listed phrase that starts at token i (its words are the tokens' forms), or 0. */
export function phraseAt(forms: readonly string[][], i: number, phrases: readonly string[][]): number {
  const phrase = phrases.find((words) => words.every((w, k) => forms[i + k]?.includes(w)));
  return phrase?.length ?? 0;
}
