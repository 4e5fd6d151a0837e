import { hashString } from './hash.ts';
import type { FormLexicon } from './lexicon.ts';

/**
 * Per-sentence word hashes shared by the tagger and the parser: computed once per word so that
 * feature extraction only mixes integers.
 */
export class WordHashes {
  length = 0;
  lower = new Int32Array(64);
  exact = new Int32Array(64);
  shape = new Int32Array(64);
  /** suffix[k * capacity + i]: hash of the last k+1 characters of word i (k = 0..4). */
  suffix = new Int32Array(64 * SUFFIXES);
  /** prefix[k * capacity + i]: hash of the first k+1 characters (k = 0..2). */
  prefix = new Int32Array(64 * PREFIXES);
  capacity = 64;
  /** Classes of each word in the external lexicon (bit set, 0 when unknown or no lexicon). */
  lexClass = new Int32Array(64);

  fill(forms: readonly string[], lexicon?: FormLexicon | null): void {
    const n = forms.length;
    if (n > this.capacity) this.grow(n);
    this.length = n;
    const cap = this.capacity;
    for (let i = 0; i < n; i++) {
      const form = forms[i];
      const lower = form.toLowerCase();
      const len = lower.length;
      // FNV-1a runs left to right, so the prefix hashes are the running states of the whole-word hash.
      let h = FNV_OFFSET;
      for (let c = 0; c < len; c++) {
        if (c < PREFIXES) this.prefix[c * cap + i] = h = Math.imul(h ^ lower.charCodeAt(c), FNV_PRIME) | 0;
        else h = Math.imul(h ^ lower.charCodeAt(c), FNV_PRIME);
      }
      for (let k = len; k < PREFIXES; k++) this.prefix[k * cap + i] = h | 0;
      this.lower[i] = h | 0;
      this.exact[i] = form === lower ? h | 0 : hashString(form);
      for (let k = 0; k < SUFFIXES; k++)
        this.suffix[k * cap + i] = hashString(lower, Math.max(0, len - k - 1), len);
      this.shape[i] = shapeOf(form, lower);
      this.lexClass[i] = lexicon ? lexicon.classes(lower) : 0;
    }
  }

  suffixOf(i: number, length: number): number {
    return this.suffix[(length - 1) * this.capacity + i];
  }

  prefixOf(i: number, length: number): number {
    return this.prefix[(length - 1) * this.capacity + i];
  }

  private grow(n: number): void {
    let cap = this.capacity;
    while (cap < n) cap *= 2;
    this.capacity = cap;
    this.lower = new Int32Array(cap);
    this.exact = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.lexClass = new Int32Array(cap);
    this.suffix = new Int32Array(cap * SUFFIXES);
    this.prefix = new Int32Array(cap * PREFIXES);
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export const SUFFIXES = 5;
export const PREFIXES = 3;

/** Orthographic shape: capitalisation, digits, hyphens, periods and a length bucket, as small bit flags. */
export function shapeOf(form: string, lower: string): number {
  let upper = 0;
  let digits = 0;
  let letters = 0;
  let hyphen = 0;
  let period = 0;
  let apostrophe = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 45) hyphen = 1;
    else if (c === 46) period = 1;
    else if (c === 39 || c === 0x2019) apostrophe = 1;
    else if (c !== lower.charCodeAt(i)) {
      upper++;
      letters++;
    } else if (c >= 0xc0 || (c >= 97 && c <= 122)) letters++;
  }
  const firstUpper = form.charCodeAt(0) !== lower.charCodeAt(0) ? 1 : 0;
  const allUpper = upper > 1 && upper === letters ? 1 : 0;
  const lengthBucket = form.length > 3 ? 3 : form.length - 1;
  const digitKind = digits === 0 ? 0 : letters === 0 ? 1 : 2;
  return (
    firstUpper |
    (allUpper << 1) |
    (digitKind << 2) |
    (hyphen << 4) |
    (period << 5) |
    (apostrophe << 6) |
    ((letters === 0 && digits === 0 ? 1 : 0) << 7) |
    (lengthBucket << 8)
  );
}
