/**
 * Averaged perceptron for BIO sequence tagging, trained as a structured perceptron over whole
 * sentences (Viterbi decoding, the previous tag is a feature). Weights are stored sparsely per feature.
 */

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

export interface SerializedModel {
  tags: readonly string[];
  /** feature → weights per tag (rounded, zeros omitted as 0). */
  weights: Record<string, number[]>;
}

/** Tags allowed after a previous tag: I-X only continues B-X or I-X. */
export function allowed(prev: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  const type = tag.slice(2);
  return prev === `B-${type}` || prev === `I-${type}`;
}

export class Perceptron {
  weights = new Map<string, Float64Array>();
  private totals = new Map<string, Float64Array>();
  private stamps = new Map<string, Float64Array>();
  private instances = 0;

  static fromJSON(data: SerializedModel): Perceptron {
    const p = new Perceptron();
    for (const [feature, w] of Object.entries(data.weights)) p.weights.set(feature, Float64Array.from(w));
    return p;
  }

  /** The mean of trained models' weights (a feature missing from one model weighs 0 there). */
  static mean(models: readonly Perceptron[]): Perceptron {
    if (models.length === 1) return models[0];
    const out = new Perceptron();
    for (const m of models) {
      for (const [feature, w] of m.weights) {
        let sum = out.weights.get(feature);
        if (!sum) {
          sum = new Float64Array(TAGS.length);
          out.weights.set(feature, sum);
        }
        for (let t = 0; t < TAGS.length; t++) sum[t] += w[t] / models.length;
      }
    }
    return out;
  }

  /** Adds the scores of `features` to `out` (per tag). */
  addScores(features: readonly string[], out: Float64Array): void {
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let t = 0; t < TAGS.length; t++) out[t] += w[t];
    }
  }

  /** Counts one training instance (a sentence) for averaging. */
  tick(): void {
    this.instances++;
  }

  /** Structured update at one position: rewards the gold features and tag, penalises the guessed ones. */
  reward(
    goldFeatures: readonly string[],
    gold: number,
    guessFeatures: readonly string[],
    guess: number,
  ): void {
    for (const f of goldFeatures) this.bump(f, gold, 1);
    for (const f of guessFeatures) this.bump(f, guess, -1);
  }

  private bump(feature: string, tag: number, delta: number): void {
    let w = this.weights.get(feature);
    if (!w) {
      w = new Float64Array(TAGS.length);
      this.weights.set(feature, w);
      this.totals.set(feature, new Float64Array(TAGS.length));
      this.stamps.set(feature, new Float64Array(TAGS.length));
    }
    const totals = this.totals.get(feature) as Float64Array;
    const stamps = this.stamps.get(feature) as Float64Array;
    totals[tag] += (this.instances - stamps[tag]) * w[tag];
    stamps[tag] = this.instances;
    w[tag] += delta;
  }

  /** Replaces weights by their average over all training steps. */
  average(): void {
    for (const [feature, w] of this.weights) {
      const totals = this.totals.get(feature) as Float64Array;
      const stamps = this.stamps.get(feature) as Float64Array;
      for (let t = 0; t < TAGS.length; t++) {
        const total = totals[t] + (this.instances - stamps[t]) * w[t];
        w[t] = total / Math.max(1, this.instances);
      }
    }
    this.totals.clear();
    this.stamps.clear();
  }

  /** Compact form: weights rounded to one decimal (they are of order 1), features whose largest weight is below `minWeight` dropped. */
  toJSON(minWeight = 0.3): SerializedModel {
    const weights: Record<string, number[]> = {};
    for (const [feature, w] of this.weights) {
      const rounded = Array.from(w, (x) => Math.round(x * 10) / 10);
      if (rounded.some((x) => Math.abs(x) >= minWeight)) weights[feature] = rounded;
    }
    return { tags: TAGS, weights };
  }
}
