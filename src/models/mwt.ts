import type { UdSentence } from './conllu.ts';
import { feature1, feature2, hashString, rng, shuffle } from './hash.ts';
import { Perceptron } from './perceptron.ts';

/**
 * Multi-word tokens: a surface token that UD splits into syntactic words (du → de le,
 * auxquels → à lesquels). Forms that are sometimes contracted and sometimes not (des: "de les"
 * or the indefinite article) are decided by a small perceptron over the neighbouring tokens.
 */
export interface MwtTable {
  /** lower-cased surface form → space-separated lower-cased words. */
  splits: Record<string, string>;
  /** Forms that also occur as a single word. */
  ambiguous: string[];
}

const BITS = 16;

export class MwtSplitter {
  private readonly splits: Map<string, string[]>;
  private readonly ambiguous: Set<string>;
  readonly model: Perceptron;
  readonly table: MwtTable;
  private readonly features = new Int32Array(12);
  private readonly scores = new Float32Array(2);

  constructor(table: MwtTable, model = new Perceptron(2, BITS)) {
    this.table = { splits: table.splits, ambiguous: table.ambiguous };
    this.splits = new Map(Object.entries(table.splits).map(([k, v]) => [k, v.split(' ')]));
    this.ambiguous = new Set(table.ambiguous);
    this.model = model;
  }

  /** The words of token i, or null when it stays one word. */
  split(tokens: readonly string[], i: number): string[] | null {
    const lower = tokens[i].toLowerCase();
    const parts = this.splits.get(lower);
    if (!parts) return null;
    if (this.ambiguous.has(lower)) {
      const count = this.extract(tokens, i);
      this.scores.fill(0);
      this.model.score(this.features, count, this.scores);
      if (this.model.best(this.scores) === 0) return null;
    }
    return withCase(tokens[i], parts);
  }

  /** Expands a sentence of surface tokens into words; `owner[w]` is the token of word w. */
  expand(tokens: readonly string[]): { words: string[]; owner: number[] } {
    const words: string[] = [];
    const owner: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const parts = this.split(tokens, i);
      if (parts) {
        for (const p of parts) {
          words.push(p);
          owner.push(i);
        }
      } else {
        words.push(tokens[i]);
        owner.push(i);
      }
    }
    return { words, owner };
  }

  learn(tokens: readonly string[], i: number, isSplit: boolean): void {
    const count = this.extract(tokens, i);
    this.scores.fill(0);
    this.model.score(this.features, count, this.scores);
    this.model.update(this.features, count, isSplit ? 1 : 0, this.model.best(this.scores));
    this.model.tick();
  }

  isAmbiguous(lower: string): boolean {
    return this.ambiguous.has(lower);
  }

  private extract(tokens: readonly string[], i: number): number {
    const f = this.features;
    const lower = hashString(tokens[i].toLowerCase());
    const prevForm = i > 0 ? tokens[i - 1].toLowerCase() : '';
    const prev = hashString(prevForm);
    const next = i + 1 < tokens.length ? tokens[i + 1].toLowerCase() : '';
    const nextHash = hashString(next);
    const nextSuffix = hashString(next, Math.max(0, next.length - 3));
    let k = 0;
    f[k++] = feature1(0, lower);
    f[k++] = feature2(1, lower, prev);
    f[k++] = feature2(2, lower, nextHash);
    f[k++] = feature2(3, lower, nextSuffix);
    f[k++] = feature2(4, prev, nextSuffix);
    f[k++] = feature2(5, lower, i + 1 < tokens.length && /^\p{Lu}/u.test(tokens[i + 1]) ? 1 : 0);
    // The word before decides most cases ("près des", "l'un des" vs "voit des"): its ending generalises to unseen words.
    f[k++] = feature2(6, lower, hashString(prevForm, Math.max(0, prevForm.length - 2)));
    f[k++] = feature2(7, lower, hashString(prevForm, Math.max(0, prevForm.length - 3)));
    f[k++] = feature2(8, lower, i > 1 ? hashString(tokens[i - 2].toLowerCase()) : 1);
    return k;
  }
}

function withCase(surface: string, parts: string[]): string[] {
  const first = surface.charAt(0);
  if (first === first.toLowerCase()) return parts;
  const out = parts.slice();
  out[0] = out[0].charAt(0).toUpperCase() + out[0].slice(1);
  return out;
}

export function trainMwt(
  sentences: readonly UdSentence[],
  options: { epochs: number; seed: number },
): MwtSplitter {
  const splitCounts = new Map<string, Map<string, number>>();
  const single = new Set<string>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      const lower = t.form.toLowerCase();
      if (t.lastWord - t.firstWord > 1) {
        const parts = s.words
          .slice(t.firstWord, t.lastWord)
          .map((w) => w.form.toLowerCase())
          .join(' ');
        let c = splitCounts.get(lower);
        if (!c) {
          c = new Map();
          splitCounts.set(lower, c);
        }
        c.set(parts, (c.get(parts) ?? 0) + 1);
      } else single.add(lower);
    }
  }
  const splits: Record<string, string> = {};
  for (const [lower, counts] of [...splitCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    splits[lower] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  }
  const ambiguous = Object.keys(splits).filter((f) => single.has(f));
  const splitter = new MwtSplitter({ splits, ambiguous });
  const examples: { tokens: string[]; i: number; isSplit: boolean }[] = [];
  for (const s of sentences) {
    const tokens = s.tokens.map((t) => t.form);
    s.tokens.forEach((t, i) => {
      if (splitter.isAmbiguous(t.form.toLowerCase()))
        examples.push({ tokens, i, isSplit: t.lastWord - t.firstWord > 1 });
    });
  }
  const random = rng(options.seed);
  for (let e = 0; e < options.epochs; e++)
    for (const x of shuffle(examples, random)) splitter.learn(x.tokens, x.i, x.isSplit);
  splitter.model.average();
  return splitter;
}
