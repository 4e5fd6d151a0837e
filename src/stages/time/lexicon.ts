import type { Language } from '../../document/types.ts';
import { table } from '../../lang/index.ts';

/**
 * Time vocabulary of one language, read from src/lang/<lang>/time-lexicon.tsv:
 * rows `class <TAB> word <TAB> value`, e.g. `month	février	2`, `unit	semaines	W`, `number	douze	12`.
 */
export interface TimeLexicon {
  /** class → normalised word → value */
  readonly classes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  lookup(className: string, word: string | undefined): string | undefined;
}

/** Lower-case, typographic apostrophe to ASCII, single spaces: the key form of lexicon words. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim();
}

const cache = new Map<Language, TimeLexicon>();

export function timeLexicon(lang: Language): TimeLexicon {
  let lexicon = cache.get(lang);
  if (!lexicon) {
    const classes = new Map<string, Map<string, string>>();
    for (const [className, word, value] of table(lang, 'time-lexicon')) {
      if (!className || !word) continue;
      let entries = classes.get(className);
      if (!entries) {
        entries = new Map();
        classes.set(className, entries);
      }
      entries.set(normaliseWord(word), value ?? word);
    }
    lexicon = {
      classes,
      lookup(className, word) {
        if (word === undefined) return undefined;
        return classes.get(className)?.get(normaliseWord(word));
      },
    };
    cache.set(lang, lexicon);
  }
  return lexicon;
}
