/** 32-bit integer hashing for feature templates: no strings are built while extracting features. */

/** FNV-1a over the UTF-16 code units of `text[from, to)`. */
export function hashString(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mixes a value into a running hash (murmur3 finaliser style). */
export function mix(h: number, v: number): number {
  let x = (h ^ Math.imul(v, 0xcc9e2d51)) | 0;
  x = Math.imul(x ^ (x >>> 15), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

export function feature1(template: number, a: number): number {
  return mix(mix(template * 0x9e3779b1, a), 0x5bd1e995);
}

export function feature2(template: number, a: number, b: number): number {
  return mix(mix(mix(template * 0x9e3779b1, a), b), 0x5bd1e995);
}

export function feature3(template: number, a: number, b: number, c: number): number {
  return mix(mix(mix(mix(template * 0x9e3779b1, a), b), c), 0x5bd1e995);
}

/** Deterministic PRNG (mulberry32) for shuffling and exploration during training. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export function feature4(template: number, a: number, b: number, c: number, d: number): number {
  return mix(mix(mix(mix(mix(template * 0x9e3779b1, a), b), c), d), 0x5bd1e995);
}
