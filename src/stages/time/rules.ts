import type { Language, TimexType } from '../../document/types.ts';
import { table } from '../../lang/index.ts';
import { type TimeLexicon, timeLexicon } from './lexicon.ts';

/**
 * Recognition rules of one language, read from src/lang/<lang>/time-rules.tsv (HeidelTime-style
 * resources driving a small engine). Rows:
 *   MACRO  <name>  <regex>                    reusable sub-pattern, referenced as {name}
 *   <TYPE> <name>  <pattern>  <value template> TYPE = DATE | TIME | DURATION | SET, or NONE to block
 * In patterns, {class} is a capture of a lexicon class or macro (the n-th reference is $n in the
 * value template), {=macro} inserts a macro without capturing, a space matches any run of white space and ' matches both apostrophes.
 * Matching is case-insensitive, except that lexicon words written with a capital must be capitalised.
 */
export interface TimeRule {
  name: string;
  type: TimexType | 'NONE';
  regex: RegExp;
  /** For each capture ($1, $2 …), the lexicon class it came from (undefined for macros). */
  groups: (string | undefined)[];
  value: string;
  /** Position in the file: earlier rules win ties. */
  order: number;
}

export interface RuleSet {
  rules: TimeRule[];
  lexicon: TimeLexicon;
  /** Lexicon words that must be capitalised (e.g. English "May"). */
  capitalised: Set<string>;
}

const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET', 'NONE']);
const REFERENCE = /(?<!\\[pP])\{(=?)([a-zA-Z][\w-]*)\}/g;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Spaces match any white space, apostrophes both forms. Applied to literal pattern text only. */
function literalToRegex(text: string): string {
  return text.replace(/ +/g, '\\s+').replace(/'/g, "['’]");
}

function alternation(words: Iterable<string>): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return sorted.map((w) => literalToRegex(escapeRegex(w))).join('|');
}

const cache = new Map<Language, RuleSet>();

export function timeRules(lang: Language): RuleSet {
  const cached = cache.get(lang);
  if (cached) return cached;
  const lexicon = timeLexicon(lang);
  const macros = new Map<string, string>();
  const rules: TimeRule[] = [];
  const capitalised = new Set<string>();
  for (const row of table(lang, 'time-lexicon')) {
    const word = row[1];
    if (word && /^\p{Lu}/u.test(word) && word !== word.toUpperCase()) capitalised.add(word.toLowerCase());
  }

  const expand = (pattern: string, groups: (string | undefined)[]): string => {
    let out = '';
    let last = 0;
    for (const m of pattern.matchAll(REFERENCE)) {
      out += literalToRegex(pattern.slice(last, m.index));
      const silent = m[1] === '=';
      const name = m[2];
      const macro = macros.get(name);
      const words = lexicon.classes.get(name);
      if (silent && macro !== undefined) {
        out += `(?:${macro})`;
      } else if (macro !== undefined) {
        out += `(${macro})`;
        groups.push(undefined);
      } else if (words) {
        out += `(${alternation(words.keys())})`;
        groups.push(name);
      } else {
        throw new Error(`time-rules (${lang}): unknown class or macro {${name}}`);
      }
      last = m.index + m[0].length;
    }
    return out + literalToRegex(pattern.slice(last));
  };

  for (const [kind, name, pattern, value] of table(lang, 'time-rules')) {
    if (kind === 'MACRO') {
      // Macros may use other macros/classes but must not capture: wrap captures as non-capturing.
      const inner: (string | undefined)[] = [];
      macros.set(name, expand(pattern, inner).replace(/\((?!\?)/g, '(?:'));
      continue;
    }
    if (!TYPES.has(kind) || !pattern) continue;
    const groups: (string | undefined)[] = [];
    // Word boundaries that also let a pattern start or end on punctuation (", 53 ans,").
    const source = `(?:(?<![\\p{L}\\p{N}])|(?=[^\\p{L}\\p{N}]))(?:${expand(pattern, groups)})(?:(?![\\p{L}\\p{N}])|(?<=[^\\p{L}\\p{N}]))`;
    rules.push({
      name,
      type: kind as TimeRule['type'],
      regex: new RegExp(source, 'giu'),
      groups,
      value: value ?? '',
      order: rules.length,
    });
  }
  const set = { rules, lexicon, capitalised };
  cache.set(lang, set);
  return set;
}
