/**
 * Averaged multi-class perceptron over hashed features. A feature is a 32-bit hash; its weight row
 * (one weight per class) lives at bucket `hash & mask`. Rows are contiguous so scoring is a few
 * tight loops over a Float32Array.
 */
export class Perceptron {
  readonly classes: number;
  readonly bits: number;
  readonly mask: number;
  /**
   * Float32 while training; a loaded model keeps its int16 quantised weights as they are: every
   * decision is an argmax within one perceptron, which one positive scale factor does not change.
   */
  weights: Float32Array | Int16Array;
  /** Training only: running sum of (update time × delta), for the averaging trick. */
  private stamps: Float64Array | null = null;
  /** Training instances seen: weights are averaged over instances, not over updates. */
  private time = 1;

  constructor(classes: number, bits: number, weights?: Float32Array | Int16Array) {
    this.classes = classes;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * classes);
  }

  /** Adds the weights of `features[0..count)` into `scores` (which the caller zeroes). */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const w = this.weights;
    const k = this.classes;
    const mask = this.mask;
    for (let i = 0; i < count; i++) {
      const base = (features[i] & mask) * k;
      for (let c = 0; c < k; c++) scores[c] += w[base + c];
    }
  }

  /**
   * Best of `classes` by the summed weights of `features[0..count)`: scores only those classes
   * (`scores` is scratch space).
   */
  bestOf(features: Int32Array, count: number, classes: Int32Array, scores: Float32Array): number {
    const w = this.weights;
    const k = this.classes;
    const mask = this.mask;
    const m = classes.length;
    for (let j = 0; j < m; j++) scores[j] = 0;
    for (let i = 0; i < count; i++) {
      const base = (features[i] & mask) * k;
      for (let j = 0; j < m; j++) scores[j] += w[base + classes[j]];
    }
    let best = 0;
    for (let j = 1; j < m; j++) if (scores[j] > scores[best]) best = j;
    return classes[best];
  }

  /** Best class among those allowed (all when `allowed` is omitted). */
  best(scores: Float32Array, allowed?: Uint8Array): number {
    let best = -1;
    let bestScore = -Infinity;
    for (let c = 0; c < this.classes; c++) {
      if (allowed && !allowed[c]) continue;
      if (scores[c] > bestScore) {
        bestScore = scores[c];
        best = c;
      }
    }
    return best;
  }

  update(features: Int32Array, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    if (!(this.weights instanceof Float32Array))
      throw new Error('a loaded (quantised) model cannot be trained');
    this.stamps ??= new Float64Array(this.weights.length);
    const t = this.time;
    const w = this.weights;
    const s = this.stamps;
    const k = this.classes;
    const mask = this.mask;
    for (let i = 0; i < count; i++) {
      const base = (features[i] & mask) * k;
      w[base + truth] += 1;
      s[base + truth] += t;
      if (guess >= 0) {
        w[base + guess] -= 1;
        s[base + guess] -= t;
      }
    }
  }

  /** Marks the end of one training instance. */
  tick(): void {
    this.time++;
  }

  /** Replaces the weights by their average over all updates; ends training. */
  average(): void {
    const s = this.stamps;
    if (!s) return;
    const t = this.time;
    const w = this.weights;
    for (let i = 0; i < w.length; i++) if (s[i] !== 0 || w[i] !== 0) w[i] = w[i] - s[i] / t;
    this.stamps = null;
  }
}
