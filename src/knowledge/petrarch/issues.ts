import { normaliseWord, regularPlurals } from './verbs.ts';

/** PETRARCH issue coding: phrases that tag an event with an issue code; `~` phrases cancel issues. */
export interface IssuePhrase {
  words: string[];
  code: string;
}

export interface IssueDictionary {
  phrases: IssuePhrase[];
  ignore: string[][];
}

/** Expands `n:` (noun: singular + plural), `v:` (regular verb forms) and `+` (space or hyphen). */
function expand(phrase: string): string[][] {
  let variants: string[][] = [[]];
  for (const token of phrase.split(/\s+/).filter((t) => t)) {
    let forms: string[];
    if (token.startsWith('n:')) {
      const w = normaliseWord(token.slice(2));
      forms = [w, ...regularPlurals(w)];
    } else if (token.startsWith('v:')) {
      const w = normaliseWord(token.slice(2));
      const stem = w.endsWith('E') ? w.slice(0, -1) : w;
      forms = [w, `${w}S`, `${stem}ED`, `${stem}ING`];
    } else {
      forms = [normaliseWord(token)];
    }
    const next: string[][] = [];
    for (const v of variants) {
      for (const f of forms) {
        if (f.includes('+')) {
          next.push([...v, ...f.split('+')]);
          next.push([...v, f.replace(/\+/g, '-')]);
        } else next.push([...v, f]);
      }
    }
    variants = next;
  }
  return variants;
}

export function parseIssues(source: string): IssueDictionary {
  const dict: IssueDictionary = { phrases: [], ignore: [] };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line || line.startsWith('<')) continue;
    if (line.startsWith('~')) {
      dict.ignore.push(...expand(line.replace(/^~+/, '')));
      continue;
    }
    const m = /^(.*?)\s*\[([^\]]+)\]$/.exec(line);
    if (!m) continue;
    for (const words of expand(m[1])) dict.phrases.push({ words, code: m[2].trim() });
  }
  return dict;
}
