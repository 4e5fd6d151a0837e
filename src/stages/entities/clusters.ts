/**
 * Distributional word classes for the NER tagger: words that occur between the same neighbours share
 * a class ("Lyon", "Marseille"; "ministère", "office"), so a name unseen in training is typed like its
 * class mates. Built offline from unlabelled text (buildClusters, see train.ts) as two levels of
 * spherical k-means over left/right neighbour counts; shipped as models/ner/<lang>.clusters.tsv
 * ("word<TAB>coarse/fine" lines).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../document/types.ts';

const cache = new Map<string, Map<string, string>>();

export const CLUSTER_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'models/ner');

/** Class of every clustered word (lower case) → "coarse/fine"; empty when none was built. */
export function wordClasses(lang: Language, dir = CLUSTER_DIR): Map<string, string> {
  const key = `${dir}/${lang}`;
  let classes = cache.get(key);
  if (!classes) {
    classes = new Map();
    const path = join(dir, `${lang}.clusters.tsv`);
    if (existsSync(path))
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) classes.set(line.slice(0, tab), line.slice(tab + 1));
      }
    cache.set(key, classes);
  }
  return classes;
}

export interface ClusterOptions {
  minCount: number;
  contexts: number;
  fine: number;
  coarse: number;
  iterations: number;
}

const DEFAULTS: ClusterOptions = { minCount: 2, contexts: 400, fine: 512, coarse: 48, iterations: 12 };

/** Word classes of lower-cased sentences: word → "coarse/fine". Deterministic. */
export function buildClusters(
  sentences: readonly (readonly string[])[],
  options: Partial<ClusterOptions> = {},
): Map<string, string> {
  const o = { ...DEFAULTS, ...options };
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const contextIndex = new Map(byFrequency.slice(0, o.contexts).map(([w], i) => [w, i]));
  const vocabulary = byFrequency.filter(([, n]) => n >= o.minCount).map(([w]) => w);
  const wordIndex = new Map(vocabulary.map((w, i) => [w, i]));
  const dims = 2 * o.contexts + 2;
  const rows = vocabulary.map(() => new Map<number, number>());
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const row = wordIndex.get(s[i]);
      if (row === undefined) continue;
      const left = i === 0 ? 2 * o.contexts : contextIndex.get(s[i - 1]);
      const right = i + 1 === s.length ? 2 * o.contexts + 1 : contextIndex.get(s[i + 1]);
      const v = rows[row];
      if (left !== undefined) v.set(left, (v.get(left) ?? 0) + 1);
      if (right !== undefined)
        v.set(
          right < 2 * o.contexts ? o.contexts + right : right,
          (v.get(right < 2 * o.contexts ? o.contexts + right : right) ?? 0) + 1,
        );
    }
  }
  // Square-root counts, unit length: cosine similarity of neighbour profiles.
  const vectors = rows.map((v) => {
    const ids = Int32Array.from(v.keys());
    const values = Float64Array.from(v.values(), Math.sqrt);
    const norm = Math.hypot(...values) || 1;
    for (let k = 0; k < values.length; k++) values[k] /= norm;
    return { ids, values };
  });
  const fine = kmeans(vectors, dims, Math.min(o.fine, vectors.length), o.iterations);
  const centroidVectors = fine.centroids.map((c) => {
    const ids: number[] = [];
    const values: number[] = [];
    c.forEach((x, d) => {
      if (x !== 0) {
        ids.push(d);
        values.push(x);
      }
    });
    const norm = Math.hypot(...values) || 1;
    return { ids: Int32Array.from(ids), values: Float64Array.from(values, (x) => x / norm) };
  });
  const coarse = kmeans(centroidVectors, dims, Math.min(o.coarse, centroidVectors.length), o.iterations);
  const out = new Map<string, string>();
  vocabulary.forEach((w, i) => {
    const f = fine.assignment[i];
    out.set(w, `${coarse.assignment[f]}/${f}`);
  });
  return out;
}

interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

/** Spherical k-means, seeded with evenly spaced vectors (the input is sorted by frequency). */
function kmeans(
  vectors: readonly SparseVector[],
  dims: number,
  k: number,
  iterations: number,
): { assignment: Int32Array; centroids: Float64Array[] } {
  const centroids = Array.from({ length: k }, (_, c) => {
    const x = new Float64Array(dims);
    const v = vectors[Math.floor((c * vectors.length) / k)];
    v.ids.forEach((d, j) => {
      x[d] = v.values[j];
    });
    return x;
  });
  const assignment = new Int32Array(vectors.length);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < vectors.length; i++) {
      const v = vectors[i];
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const x = centroids[c];
        let dot = 0;
        for (let j = 0; j < v.ids.length; j++) dot += x[v.ids[j]] * v.values[j];
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      assignment[i] = best;
    }
    for (const x of centroids) x.fill(0);
    for (let i = 0; i < vectors.length; i++) {
      const x = centroids[assignment[i]];
      const v = vectors[i];
      for (let j = 0; j < v.ids.length; j++) x[v.ids[j]] += v.values[j];
    }
    for (const x of centroids) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += x[d] * x[d];
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) x[d] /= norm;
    }
  }
  return { assignment, centroids };
}
