/**
 * Lexicon + suffix rules keyed by part of speech: the shape shared by the lemmatizer (value = edit
 * script) and the morphological-feature guesser (value = feature string). Known words are looked
 * up (exact form first, then lower-cased); unknown words take the most frequent value seen for the
 * longest known suffix among words of the same orthographic class (digits, capitals, lower case).
 */
export interface LexicalTable {
  /** upos → lower-cased form → value. */
  lexicon: Record<string, Record<string, string>>;
  /** upos → exact form → value, only where it differs from the lower-cased entry ("i" → "I"). */
  exact?: Record<string, Record<string, string>>;
  /** upos → orthographic class + suffix → value, for unknown words. */
  suffixes: Record<string, Record<string, string>>;
  maxSuffix: number;
}

export interface Observation {
  form: string;
  upos: string;
  value: string;
}

/** Orthographic class of a word: its suffix rules are learned apart (digits, all caps, capitalised, lower). */
export function wordClass(form: string, lower: string): string {
  if (/\d/.test(form)) return 'D';
  if (form === lower) return 'l';
  if (form.length > 1 && form === form.toUpperCase()) return 'U';
  return 'C';
}

export class LexicalModel {
  private readonly lexicon = new Map<string, Map<string, string>>();
  private readonly exact = new Map<string, Map<string, string>>();
  private readonly suffixes = new Map<string, Map<string, string>>();
  private readonly maxSuffix: number;

  constructor(table: LexicalTable) {
    for (const [upos, entries] of Object.entries(table.lexicon))
      this.lexicon.set(upos, new Map(Object.entries(entries)));
    for (const [upos, entries] of Object.entries(table.exact ?? {}))
      this.exact.set(upos, new Map(Object.entries(entries)));
    for (const [upos, entries] of Object.entries(table.suffixes))
      this.suffixes.set(upos, new Map(Object.entries(entries)));
    this.maxSuffix = table.maxSuffix;
  }

  known(form: string, lower: string, upos: string): string | undefined {
    return this.exact.get(upos)?.get(form) ?? this.lexicon.get(upos)?.get(lower);
  }

  guess(form: string, lower: string, upos: string): string | undefined {
    const rules = this.suffixes.get(upos);
    if (!rules) return undefined;
    const cls = wordClass(form, lower);
    for (let k = Math.min(this.maxSuffix, lower.length); k >= 0; k--) {
      const value = rules.get(cls + lower.slice(lower.length - k));
      if (value !== undefined) return value;
    }
    return undefined;
  }

  lookup(form: string, upos: string): string | undefined {
    const lower = form.toLowerCase();
    return this.known(form, lower, upos) ?? this.guess(form, lower, upos);
  }
}

/** Builds a table from (form, upos, value) observations. */
export function buildLexicalTable(
  observations: Iterable<Observation>,
  options: { maxSuffix: number; minSuffixCount: number },
): LexicalTable {
  const byLower = new Map<string, Map<string, number>>();
  const byExact = new Map<string, Map<string, number>>();
  const count = (map: Map<string, Map<string, number>>, key: string, value: string) => {
    let counts = map.get(key);
    if (!counts) {
      counts = new Map();
      map.set(key, counts);
    }
    counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (const o of observations) {
    count(byLower, `${o.upos}\t${o.form.toLowerCase()}`, o.value);
    count(byExact, `${o.upos}\t${o.form}`, o.value);
  }
  const lexicon: Record<string, Record<string, string>> = {};
  for (const [key, counts] of byLower) {
    const [upos, lower] = key.split('\t');
    lexicon[upos] ??= {};
    lexicon[upos][lower] = majority(counts);
  }
  const exact: Record<string, Record<string, string>> = {};
  // Suffix statistics count word types, not tokens: unknown words behave like rare types.
  const suffixCounts = new Map<string, Map<string, number>>();
  for (const [key, counts] of byExact) {
    const [upos, form] = key.split('\t');
    const lower = form.toLowerCase();
    const value = majority(counts);
    if (lexicon[upos][lower] !== value) {
      exact[upos] ??= {};
      exact[upos][form] = value;
    }
    const cls = wordClass(form, lower);
    for (let k = 0; k <= Math.min(options.maxSuffix, lower.length); k++) {
      count(suffixCounts, `${upos}\t${cls}${lower.slice(lower.length - k)}`, value);
    }
  }
  const suffixes: Record<string, Record<string, string>> = {};
  for (const [key, counts] of suffixCounts) {
    const [upos, suffix] = key.split('\t');
    let total = 0;
    for (const c of counts.values()) total += c;
    if (total < options.minSuffixCount && suffix.length > 1) continue;
    suffixes[upos] ??= {};
    suffixes[upos][suffix] = majority(counts);
  }
  return { lexicon, exact, suffixes, maxSuffix: options.maxSuffix };
}

function majority(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
