import type { Language, TextSpan } from '../../document/types.ts';
import { list, set } from '../../lang/index.ts';

const APOSTROPHES = /['’ʼ]/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

interface LanguageRules {
  abbreviations: Set<string>;
  elisions: Set<string>;
  cliticSuffixes: string[];
}

const rulesCache = new Map<Language, LanguageRules>();

function rulesFor(lang: Language): LanguageRules {
  let rules = rulesCache.get(lang);
  if (!rules) {
    rules = {
      abbreviations: set(lang, 'abbreviations'),
      elisions: set(lang, 'elisions', true),
      cliticSuffixes: [...list(lang, 'clitic-suffixes')].sort((a, b) => b.length - a.length),
    };
    rulesCache.set(lang, rules);
  }
  return rules;
}

/** Matches a run that stays one token: URLs, e-mails, numbers with separators, words with inner hyphens/periods. */
const CHUNK = new RegExp(
  [
    String.raw`https?://[^\s«»"“”]+[^\s«»"“”.,;:!?)\]]`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    // numbers: 1 000, 1,5, 3.5, 16/02/2023, 10h30
    String.raw`\p{N}+(?:[.,/:h]\p{N}+)*(?:[eè]r?e?s?|st|nd|rd|th)?(?![\p{L}])`,
    // acronyms with periods: U.S., J.-C.
    String.raw`(?:\p{Lu}\.-?){2,}`,
    // words, with inner hyphens and apostrophes
    String.raw`[\p{L}\p{M}\p{N}_]+(?:[-'’ʼ][\p{L}\p{M}\p{N}_]+)*`,
    // ellipsis and repeated punctuation (--, ***, ===)
    String.raw`\.{3}|…|[!?]+|-{2,}|\*{2,}|={2,}`,
    // any other single non-space character
    String.raw`\S`,
  ].join('|'),
  'gu',
);

/**
 * Splits text into word tokens with offsets. Language rules decide elision (l’, qu’),
 * clitic suffixes (a-t-il, don't) and abbreviations (M., U.S.).
 */
export function tokenize(text: string, lang: Language, base = 0): TextSpan[] {
  const rules = rulesFor(lang);
  const out: TextSpan[] = [];
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(text); m !== null; m = CHUNK.exec(text)) {
    const start = m.index;
    let chunk = m[0];
    // Abbreviation: a word followed by a period that belongs to it.
    if (WORD_CHAR.test(chunk[0]) && text[start + chunk.length] === '.') {
      const withDot = `${chunk}.`;
      if (rules.abbreviations.has(withDot) || isInitial(chunk, text, start + withDot.length)) {
        chunk = withDot;
        CHUNK.lastIndex = start + chunk.length;
      }
    }
    // An elided word before a quotation mark or a space keeps its apostrophe: d’« illégales ».
    const next = text[start + chunk.length];
    if (next && APOSTROPHES.test(next) && rules.elisions.has(`${chunk.toLowerCase()}'`)) {
      chunk += next;
      CHUNK.lastIndex = start + chunk.length;
    }
    splitWord(chunk, start + base, rules, out);
  }
  return out;
}

/**
 * A single capital letter and a period is an initial when a capitalised word follows on the same
 * line ("J. K. Rowling", "George W. Bush"); at the end of a paragraph it ends a sentence ("on X.").
 */
function isInitial(word: string, text: string, after: number): boolean {
  return word.length === 1 && /\p{Lu}/u.test(word) && /^[ \u00A0]+\p{Lu}/u.test(text.slice(after, after + 4));
}

function splitWord(word: string, start: number, rules: LanguageRules, out: TextSpan[]): void {
  // Leading elisions: l’, qu’, jusqu’ (possibly several: "qu’l’" does not occur, but "d’aujourd’hui" must stay whole).
  const lower = word.toLowerCase();
  const apostrophe = lower.search(APOSTROPHES);
  if (apostrophe > 0 && apostrophe < word.length - 1) {
    const head = `${lower.slice(0, apostrophe)}'`;
    if (rules.elisions.has(head) && !/^aujourd/i.test(word)) {
      out.push({ start, end: start + apostrophe + 1, text: word.slice(0, apostrophe + 1) });
      splitWord(word.slice(apostrophe + 1), start + apostrophe + 1, rules, out);
      return;
    }
  }
  // Trailing clitics: -t-il, -elle, n't, 's.
  const normalised = lower.replace(/[’ʼ]/g, "'");
  for (const suffix of rules.cliticSuffixes) {
    if (normalised.length > suffix.length && normalised.endsWith(suffix)) {
      const cut = word.length - suffix.length;
      // "-la"/"-le" only after an imperative-like host is ambiguous with compounds ("Saint-Le"): require lower case host.
      if (suffix.startsWith('-') && !/^[\p{Ll}]/u.test(word)) continue;
      splitWord(word.slice(0, cut), start, rules, out);
      out.push({ start: start + cut, end: start + word.length, text: word.slice(cut) });
      return;
    }
  }
  out.push({ start, end: start + word.length, text: word });
}

/** Sentence-final punctuation. */
export const SENTENCE_FINAL = new Set(['.', '!', '?', '…', '...', '!!', '?!', '!?', '??']);
export const CLOSING_PUNCT = new Set(['»', '”', '"', '’', "'", ')', ']']);
export const OPENING_QUOTE = new Set(['«', '“', '"', '‘', '„', '(', '[']);

export { APOSTROPHES };
