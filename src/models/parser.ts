import { feature1, feature2, feature3, feature4, mix, rng, shuffle } from './hash.ts';
import type { FormLexicon } from './lexicon.ts';
import { Perceptron } from './perceptron.ts';
import { uposOf } from './tagger.ts';
import { WordHashes } from './words.ts';

/**
 * Greedy arc-eager dependency parser. One averaged perceptron picks the transition
 * (SHIFT, REDUCE, LEFT-ARC, RIGHT-ARC); a second picks the relation when an arc is made.
 * Training follows Goldberg & Nivre's dynamic oracle with error exploration.
 *
 * Positions: 0 is the artificial root, word i of the sentence is position i + 1.
 */
export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
const ACTIONS = 4;
const NONE = 0x7ffffff0;
const ROOT_WORD = 0x7ffffff1;
const MAX_FEATURES = 96;
/**
 * Tag pairs seen on fewer arcs than this in training keep every relation as a candidate: rare pairs
 * have not shown all their relations yet (EWT dev LAS: all relations 81.60, threshold 1 81.48, 100 81.59).
 */
const LABEL_CANDIDATE_MIN_ARCS = 100;
/** Feature set of newly trained parsers (see Parser.featureVersion). */
export const FEATURE_VERSION = 2;
const FINAL_PUNCTUATION = /^[.!?…]+$/;
/** Positions (template ids) of the transition features the labeller uses. */
const LABEL_FEATURES = Int32Array.from([
  0, 1, 2, 3, 4, 5, 6, 8, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 27, 29, 30, 31, 38, 39, 40, 41, 42,
  43, 44, 45, 46, 47, 48, 49, 52, 63, 66, 67, 68, 69, 70, 71, 72, 73, 74,
]);

export interface ParseInput {
  forms: readonly string[];
  /** Tag ids (into the parser's tag list) for each word. */
  tags: Int32Array;
  /** Hashes of `forms` already computed (by the tagger, with the same lexicon); computed when absent. */
  hashes?: WordHashes | null;
}

export interface ParseResult {
  /** Head word index for each word, -1 for the root. */
  heads: Int32Array;
  /** Label ids into `labels`. */
  labels: Int32Array;
}

class State {
  n = 0;
  /**
   * Where the artificial root sits: position 0 at the bottom of the stack (classic arc-eager), or
   * position n + 1 at the end of the buffer (Ballesteros & Nivre 2013), which defers the choice of
   * the root word to the end of the sentence.
   */
  rootAtEnd = false;
  root = 0;
  /** Last buffer position: n, or the root at n + 1. */
  last = 0;
  stack = new Int32Array(0);
  sp = 0;
  b = 1;
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  left1 = new Int32Array(0);
  left2 = new Int32Array(0);
  right1 = new Int32Array(0);
  right2 = new Int32Array(0);
  leftCount = new Int32Array(0);
  rightCount = new Int32Array(0);
  /** Bit sets of the relations of left and right dependents (label id mod 31). */
  leftLabels = new Int32Array(0);
  rightLabels = new Int32Array(0);

  reset(n: number): void {
    if (this.stack.length < n + 2) {
      const size = n + 2;
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.labels = new Int32Array(size);
      this.left1 = new Int32Array(size);
      this.left2 = new Int32Array(size);
      this.right1 = new Int32Array(size);
      this.right2 = new Int32Array(size);
      this.leftCount = new Int32Array(size);
      this.rightCount = new Int32Array(size);
      this.leftLabels = new Int32Array(size);
      this.rightLabels = new Int32Array(size);
    }
    this.n = n;
    this.root = this.rootAtEnd ? n + 1 : 0;
    this.last = this.rootAtEnd ? n + 1 : n;
    this.sp = this.rootAtEnd ? 0 : 1;
    this.stack[0] = 0;
    this.b = 1;
    for (let i = 0; i <= n + 1; i++) {
      this.heads[i] = -1;
      this.labels[i] = -1;
      this.left1[i] = -1;
      this.left2[i] = -1;
      this.right1[i] = -1;
      this.right2[i] = -1;
      this.leftCount[i] = 0;
      this.rightCount[i] = 0;
      this.leftLabels[i] = 0;
      this.rightLabels[i] = 0;
    }
  }

  get done(): boolean {
    return this.rootAtEnd ? this.b > this.n && this.sp === 0 : this.b > this.n;
  }

  top(): number {
    return this.sp > 0 ? this.stack[this.sp - 1] : -1;
  }

  valid(action: number): boolean {
    const s0 = this.top();
    switch (action) {
      case SHIFT:
        return this.b <= this.n;
      case REDUCE:
        return s0 > 0 && this.heads[s0] >= 0;
      case LEFT:
        return s0 > 0 && s0 !== this.root && this.heads[s0] < 0 && this.b <= this.last;
      default:
        return s0 >= 0 && this.b <= this.n;
    }
  }

  addArc(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    if (dep < head) {
      if (this.left1[head] < 0 || dep < this.left1[head]) {
        this.left2[head] = this.left1[head];
        this.left1[head] = dep;
      } else if (this.left2[head] < 0 || dep < this.left2[head]) this.left2[head] = dep;
      this.leftCount[head]++;
      this.leftLabels[head] |= 1 << (label % 31);
    } else {
      if (this.right1[head] < 0 || dep > this.right1[head]) {
        this.right2[head] = this.right1[head];
        this.right1[head] = dep;
      } else if (this.right2[head] < 0 || dep > this.right2[head]) this.right2[head] = dep;
      this.rightCount[head]++;
      this.rightLabels[head] |= 1 << (label % 31);
    }
  }

  apply(action: number, label: number): void {
    const s0 = this.top();
    switch (action) {
      case SHIFT:
        this.stack[this.sp++] = this.b++;
        break;
      case REDUCE:
        this.sp--;
        break;
      case LEFT:
        this.addArc(this.b, s0, label);
        this.sp--;
        break;
      default:
        this.addArc(s0, this.b, label);
        this.stack[this.sp++] = this.b++;
    }
  }

  /** Dynamic-oracle cost: gold arcs made unreachable by `action` (Goldberg & Nivre 2012). */
  cost(action: number, gold: Int32Array): number {
    const s0 = this.top();
    const b = this.b;
    const last = this.last;
    let cost = 0;
    switch (action) {
      case LEFT: {
        if (gold[s0] > b && gold[s0] <= last) cost++;
        for (let k = b; k <= last; k++) if (gold[k] === s0) cost++;
        return cost;
      }
      case RIGHT: {
        const h = gold[b];
        if (h !== s0 && ((h > b && h <= last) || this.inStack(h))) cost++;
        for (let i = 0; i < this.sp; i++) {
          const k = this.stack[i];
          if (k > 0 && this.heads[k] < 0 && gold[k] === b) cost++;
        }
        return cost;
      }
      case REDUCE: {
        for (let k = b; k <= last; k++) if (gold[k] === s0) cost++;
        return cost;
      }
      default: {
        if (this.inStack(gold[b])) cost++;
        for (let i = 0; i < this.sp; i++) {
          const k = this.stack[i];
          if (k > 0 && this.heads[k] < 0 && gold[k] === b) cost++;
        }
        return cost;
      }
    }
  }

  private inStack(p: number): boolean {
    for (let i = 0; i < this.sp; i++) if (this.stack[i] === p) return true;
    return false;
  }
}

function distanceBucket(d: number): number {
  return d <= 5 ? d : d <= 7 ? 6 : d <= 10 ? 7 : d <= 15 ? 8 : 9;
}

export class Parser {
  readonly tags: readonly string[];
  readonly labels: readonly string[];
  readonly actions: Perceptron;
  readonly labeller: Perceptron;
  private readonly rootLabel: number;
  private readonly parataxisLabel: number;
  private readonly punctLabel: number;
  private readonly ownWords = new WordHashes();
  private words = this.ownWords;
  private readonly state = new State();
  private tagIds: Int32Array = new Int32Array(0);
  private forms: readonly string[] = [];
  private punctBefore = new Int32Array(0);
  private labelCount = 0;
  private features = new Int32Array(MAX_FEATURES);
  private labelFeatures = new Int32Array(MAX_FEATURES);
  private actionScores = new Float32Array(ACTIONS);
  private labelScores: Float32Array;
  /** Non-root relations, in id order: the candidates of an arc whose tags were never seen together. */
  private readonly nonRootLabels: Int32Array;
  /** See setLabelCandidates; empty when the model has no table (every relation is scored). */
  private labelCandidates: (Int32Array | null)[] = [];
  private candidateTable: number[][] = [];
  /** 1 for the tags whose UPOS is PUNCT. */
  private readonly punctTags: Uint8Array;
  /** 1 for the tags whose UPOS is VERB. */
  private readonly verbTags: Uint8Array;
  /** UPOS id of each tag (fine tags share their UPOS's). */
  private readonly coarse: Int32Array;
  private verbBefore = new Int32Array(0);
  /** Some tags refine a UPOS (English Penn tags): UPOS back-off features are then worth having. */
  private readonly hasFineTags: boolean;

  readonly rootAtEnd: boolean;
  /** Optional full-form lexicon: the word classes of the focus words are features (French: Lefff). */
  readonly lexicon: FormLexicon | null;
  /**
   * Feature set the model was trained with: 1 (original), 2 adds verbs between the focus words and
   * UPOS back-offs of fine tags. Older model files have no version and read as 1.
   */
  readonly featureVersion: number;

  constructor(
    tags: readonly string[],
    labels: readonly string[],
    actions: Perceptron,
    labeller: Perceptron,
    options: { rootAtEnd?: boolean; lexicon?: FormLexicon | null; featureVersion?: number } = {},
  ) {
    this.rootAtEnd = options.rootAtEnd ?? false;
    this.lexicon = options.lexicon ?? null;
    this.featureVersion = options.featureVersion ?? 1;
    this.state.rootAtEnd = this.rootAtEnd;
    this.tags = tags;
    this.labels = labels;
    this.actions = actions;
    this.labeller = labeller;
    this.rootLabel = Math.max(0, labels.indexOf('root'));
    this.parataxisLabel = labels.indexOf('parataxis');
    this.punctLabel = labels.indexOf('punct');
    this.labelScores = new Float32Array(labels.length);
    this.nonRootLabels = Int32Array.from(labels.map((_, i) => i).filter((i) => i !== this.rootLabel));
    this.punctTags = Uint8Array.from(tags, (t) => (uposOf(t) === 'PUNCT' ? 1 : 0));
    this.verbTags = Uint8Array.from(tags, (t) => (uposOf(t) === 'VERB' ? 1 : 0));
    const upos = [...new Set(tags.map(uposOf))];
    this.coarse = Int32Array.from(tags, (t) => upos.indexOf(uposOf(t)));
    this.hasFineTags = upos.length < tags.length;
  }

  static create(
    tags: readonly string[],
    labels: readonly string[],
    rootAtEnd: boolean,
    actionBits = 20,
    labelBits = 18,
    lexicon: FormLexicon | null = null,
    featureVersion = FEATURE_VERSION,
  ): Parser {
    return new Parser(
      tags,
      labels,
      new Perceptron(ACTIONS, actionBits),
      new Perceptron(labels.length, labelBits),
      { rootAtEnd, lexicon, featureVersion },
    );
  }

  parse(input: ParseInput): ParseResult {
    const n = input.forms.length;
    this.prepare(input);
    const st = this.state;
    const valid = new Uint8Array(ACTIONS);
    while (!st.done) {
      const forced = this.forcedMove(valid);
      if (forced >= 0) {
        st.apply(forced, -1);
        continue;
      }
      const count = this.extract();
      this.actionScores.fill(0);
      this.actions.score(this.features, count, this.actionScores);
      const action = this.actions.best(this.actionScores, valid);
      const label = action === LEFT || action === RIGHT ? this.predictLabel(action, count) : -1;
      st.apply(action, label);
    }
    return this.finish(n);
  }

  /** One dynamic-oracle training pass; returns the number of correctly attached words. */
  learn(
    input: ParseInput,
    goldHeads: Int32Array,
    goldLabels: Int32Array,
    explore: boolean,
    random: () => number,
  ): number {
    const n = input.forms.length;
    this.prepare(input);
    const st = this.state;
    // gold[p]: gold head position of position p.
    const gold = new Int32Array(n + 2).fill(-1);
    for (let i = 0; i < n; i++) gold[i + 1] = goldHeads[i] < 0 ? st.root : goldHeads[i] + 1;
    const valid = new Uint8Array(ACTIONS);
    const costs = new Int32Array(ACTIONS);
    while (!st.done) {
      const forced = this.forcedMove(valid);
      if (forced >= 0) {
        this.actions.tick();
        st.apply(forced, -1);
        continue;
      }
      const count = this.extract();
      this.actionScores.fill(0);
      this.actions.score(this.features, count, this.actionScores);
      let minCost = 1 << 30;
      for (let a = 0; a < ACTIONS; a++) {
        valid[a] = st.valid(a) ? 1 : 0;
        if (valid[a]) {
          costs[a] = st.cost(a, gold);
          if (costs[a] < minCost) minCost = costs[a];
        }
      }
      const guess = this.actions.best(this.actionScores, valid);
      let best = -1;
      for (let a = 0; a < ACTIONS; a++) {
        if (valid[a] && costs[a] === minCost && (best < 0 || this.actionScores[a] > this.actionScores[best]))
          best = a;
      }
      if (costs[guess] > minCost) this.actions.update(this.features, count, best, guess);
      this.actions.tick();
      const action = costs[guess] === minCost || (explore && random() < 0.9) ? guess : best;
      let label = -1;
      if (action === LEFT || action === RIGHT) {
        const s0 = st.top();
        const head = action === LEFT ? st.b : s0;
        const dep = action === LEFT ? s0 : st.b;
        label = this.predictLabel(action, count, false);
        if (gold[dep] === head) {
          const truth = goldLabels[dep - 1];
          this.labeller.update(this.labelFeatures, this.labelCount, truth, label);
          this.labeller.tick();
          label = truth;
        }
      }
      st.apply(action, label);
    }
    const result = this.finish(n);
    let correct = 0;
    for (let i = 0; i < n; i++) if (result.heads[i] === goldHeads[i]) correct++;
    return correct;
  }

  /**
   * Fills `valid`; when SHIFT or REDUCE is the only valid move (empty stack, finished word at the
   * end), returns it: nothing to score. Otherwise -1.
   */
  private forcedMove(valid: Uint8Array): number {
    let count = 0;
    let only = -1;
    for (let a = 0; a < ACTIONS; a++) {
      valid[a] = this.state.valid(a) ? 1 : 0;
      if (valid[a]) {
        count++;
        only = a;
      }
    }
    return count === 1 && (only === SHIFT || only === REDUCE) ? only : -1;
  }

  private prepare(input: ParseInput): void {
    this.forms = input.forms;
    const n = input.forms.length;
    if (this.punctBefore.length < n + 2) {
      this.punctBefore = new Int32Array(n + 2);
      this.verbBefore = new Int32Array(n + 2);
    }
    // punctBefore[p], verbBefore[p]: punctuation marks and verbs at positions 1..p-1.
    let punct = 0;
    let verbs = 0;
    for (let p = 1; p <= n + 1; p++) {
      this.punctBefore[p] = punct;
      this.verbBefore[p] = verbs;
      if (p <= n && this.punctTags[input.tags[p - 1]]) punct++;
      if (p <= n && this.verbTags[input.tags[p - 1]]) verbs++;
    }
    if (input.hashes) this.words = input.hashes;
    else {
      this.words = this.ownWords;
      this.words.fill(input.forms, this.lexicon);
    }
    this.tagIds = input.tags;
    this.state.reset(input.forms.length);
  }

  /** Labels are scored on a subset of the transition features (words, tags, relations around the arc), for speed. */
  private predictLabel(action: number, count: number, restrict = true): number {
    const lf = this.labelFeatures;
    let k = 0;
    for (let i = 0; i < LABEL_FEATURES.length; i++)
      if (LABEL_FEATURES[i] < count) lf[k++] = mix(this.features[LABEL_FEATURES[i]], action);
    this.labelCount = k;
    const st = this.state;
    const head = action === RIGHT ? st.top() : st.b;
    if (head === st.root) return this.rootLabel;
    const dep = action === RIGHT ? st.b : st.top();
    // Training scores every relation (see Tagger.learn for why); parsing only the candidates.
    const classes = restrict
      ? this.labelCandidates[this.candidateKey(action, this.tagIds[dep - 1], this.tagIds[head - 1])]
      : null;
    return this.labeller.bestOf(lf, k, classes ?? this.nonRootLabels, this.labelScores);
  }

  private candidateKey(action: number, depTag: number, headTag: number): number {
    return ((action === LEFT ? 0 : 1) * this.tags.length + depTag) * this.tags.length + headTag;
  }

  /**
   * Restricts each (direction, dependent tag, head tag) to the relations seen with it in training:
   * a labelled arc then scores a handful of relations instead of all of them. Entry `key` of the
   * table is [arcs seen, ...relation ids], or empty; tag pairs seen on fewer than `minArcs` arcs
   * keep every relation.
   */
  setLabelCandidates(table: readonly (readonly number[])[], minArcs = LABEL_CANDIDATE_MIN_ARCS): void {
    this.candidateTable = table.map((entry) => [...entry]);
    this.labelCandidates = table.map((entry) =>
      entry.length > 1 && entry[0] >= minArcs ? Int32Array.from(entry.slice(1)) : null,
    );
  }

  /** The candidate table (see setLabelCandidates), for the model file. */
  labelCandidateTable(): number[][] {
    return this.candidateTable.map((entry) => [...entry]);
  }

  /** Collects the relations seen with each (direction, dependent tag, head tag) in training trees. */
  learnLabelCandidates(
    sentences: readonly { tags: Int32Array; heads: Int32Array; labels: Int32Array }[],
  ): void {
    const seen = new Map<number, Set<number>>();
    const arcs = new Map<number, number>();
    for (const s of sentences)
      for (let i = 0; i < s.heads.length; i++) {
        const h = s.heads[i];
        if (h < 0 || s.labels[i] === this.rootLabel) continue;
        const key = this.candidateKey(i < h ? LEFT : RIGHT, s.tags[i], s.tags[h]);
        const set = seen.get(key) ?? new Set<number>();
        seen.set(key, set);
        set.add(s.labels[i]);
        arcs.set(key, (arcs.get(key) ?? 0) + 1);
      }
    const table: number[][] = Array.from({ length: 2 * this.tags.length * this.tags.length }, () => []);
    for (const [key, labels] of seen) table[key] = [arcs.get(key) ?? 0, ...[...labels].sort((a, b) => a - b)];
    this.setLabelCandidates(table);
  }

  /** Unattached words go to the root; a sentence keeps one root, the others attach to it. */
  private finish(n: number): ParseResult {
    const st = this.state;
    const heads = new Int32Array(n);
    const labels = new Int32Array(n);
    let root = -1;
    for (let p = 1; p <= n; p++) {
      if (st.heads[p] === st.root && root < 0) root = p;
    }
    if (root < 0) for (let p = 1; p <= n && root < 0; p++) if (st.heads[p] < 0) root = p;
    for (let p = 1; p <= n; p++) {
      let head = st.heads[p];
      let label = st.labels[p];
      if (p === root) {
        head = 0;
        label = this.rootLabel;
      } else if (head < 0 || head === st.root) {
        head = root;
        if (label < 0 || label === this.rootLabel) label = Math.max(0, this.parataxisLabel);
      }
      heads[p - 1] = head - 1;
      labels[p - 1] = label;
    }
    this.attachFinalPunctuation(heads, labels, root - 1);
    return { heads, labels };
  }

  /**
   * UD attaches sentence-final punctuation to the root; a greedy arc-eager parser often leaves it on
   * whatever phrase is open at the end, so the attachment is imposed after parsing.
   */
  private attachFinalPunctuation(heads: Int32Array, labels: Int32Array, root: number): void {
    const last = heads.length - 1;
    if (last < 1 || root < 0 || root === last || !FINAL_PUNCTUATION.test(this.forms[last])) return;
    if (!this.punctTags[this.tagIds[last]]) return;
    heads[last] = root;
    if (this.punctLabel >= 0) labels[last] = this.punctLabel;
  }

  private word(p: number): number {
    return p < 0 ? NONE : p === this.state.root ? ROOT_WORD : this.words.lower[p - 1];
  }

  private lexClass(p: number): number {
    return p < 0 ? -1 : p === this.state.root ? -2 : this.words.lexClass[p - 1];
  }

  private tag(p: number): number {
    return p < 0 ? -1 : p === this.state.root ? -2 : this.tagIds[p - 1];
  }

  /** Relation of the word at position p (a method, not a closure: extract runs per transition). */
  private lab(p: number): number {
    return p < 0 ? -1 : this.state.labels[p];
  }

  private coarseTag(p: number): number {
    return p < 0 ? -1 : p === this.state.root ? -2 : this.coarse[this.tagIds[p - 1]];
  }

  private suffix(p: number): number {
    return p < 0 ? p : p === this.state.root ? 0 : this.words.suffixOf(p - 1, 3);
  }

  private extract(): number {
    const st = this.state;
    const f = this.features;
    const s0 = st.top();
    const s1 = st.sp > 1 ? st.stack[st.sp - 2] : -1;
    const n0 = st.b <= st.last ? st.b : -1;
    const n1 = st.b + 1 <= st.last ? st.b + 1 : -1;
    const n2 = st.b + 2 <= st.last ? st.b + 2 : -1;
    const s0h = s0 > 0 ? st.heads[s0] : -1;
    const s0h2 = s0h > 0 ? st.heads[s0h] : -1;
    const s0l = s0 >= 0 ? st.left1[s0] : -1;
    const s0l2 = s0 >= 0 ? st.left2[s0] : -1;
    const s0r = s0 >= 0 ? st.right1[s0] : -1;
    const s0r2 = s0 >= 0 ? st.right2[s0] : -1;
    const n0l = n0 >= 0 ? st.left1[n0] : -1;
    const n0l2 = n0 >= 0 ? st.left2[n0] : -1;

    const s0w = this.word(s0);
    const s0t = this.tag(s0);
    const n0w = this.word(n0);
    const n0t = this.tag(n0);
    const n1w = this.word(n1);
    const n1t = this.tag(n1);
    const n2t = this.tag(n2);
    const s0ht = this.tag(s0h);
    const s0lt = this.tag(s0l);
    const s0rt = this.tag(s0r);
    const n0lt = this.tag(n0l);
    const d = s0 >= 0 && n0 >= 0 ? distanceBucket(n0 - s0) : -1;
    const s0vl = s0 >= 0 ? st.leftCount[s0] : -1;
    const s0vr = s0 >= 0 ? st.rightCount[s0] : -1;
    const n0vl = n0 >= 0 ? st.leftCount[n0] : -1;

    let k = 0;
    f[k++] = feature1(0, 0);
    f[k++] = feature1(1, s0w);
    f[k++] = feature1(2, s0t);
    f[k++] = feature2(3, s0w, s0t);
    f[k++] = feature1(4, n0w);
    f[k++] = feature1(5, n0t);
    f[k++] = feature2(6, n0w, n0t);
    f[k++] = feature1(7, n1w);
    f[k++] = feature1(8, n1t);
    f[k++] = feature2(9, n1w, n1t);
    f[k++] = feature1(10, this.word(n2));
    f[k++] = feature1(11, n2t);
    f[k++] = feature4(12, s0w, s0t, n0w, n0t);
    f[k++] = feature3(13, s0w, s0t, n0w);
    f[k++] = feature3(14, s0w, n0w, n0t);
    f[k++] = feature3(15, s0w, s0t, n0t);
    f[k++] = feature3(16, s0t, n0w, n0t);
    f[k++] = feature2(17, s0w, n0w);
    f[k++] = feature2(18, s0t, n0t);
    f[k++] = feature2(19, n0t, n1t);
    f[k++] = feature3(20, n0t, n1t, n2t);
    f[k++] = feature3(21, s0t, n0t, n1t);
    f[k++] = feature3(22, s0ht, s0t, n0t);
    f[k++] = feature3(23, s0t, s0lt, n0t);
    f[k++] = feature3(24, s0t, s0rt, n0t);
    f[k++] = feature3(25, s0t, n0t, n0lt);
    f[k++] = feature2(26, s0w, d);
    f[k++] = feature2(27, s0t, d);
    f[k++] = feature2(28, n0w, d);
    f[k++] = feature2(29, n0t, d);
    f[k++] = feature3(30, s0w, n0w, d);
    f[k++] = feature3(31, s0t, n0t, d);
    f[k++] = feature2(32, s0w, s0vr);
    f[k++] = feature2(33, s0t, s0vr);
    f[k++] = feature2(34, s0w, s0vl);
    f[k++] = feature2(35, s0t, s0vl);
    f[k++] = feature2(36, n0w, n0vl);
    f[k++] = feature2(37, n0t, n0vl);
    f[k++] = feature1(38, this.word(s0h));
    f[k++] = feature1(39, s0ht);
    f[k++] = feature1(40, this.lab(s0));
    f[k++] = feature1(41, this.word(s0l));
    f[k++] = feature1(42, s0lt);
    f[k++] = feature1(43, this.lab(s0l));
    f[k++] = feature1(44, this.word(s0r));
    f[k++] = feature1(45, s0rt);
    f[k++] = feature1(46, this.lab(s0r));
    f[k++] = feature1(47, this.word(n0l));
    f[k++] = feature1(48, n0lt);
    f[k++] = feature1(49, this.lab(n0l));
    f[k++] = feature1(50, this.word(s0h2));
    f[k++] = feature1(51, this.tag(s0h2));
    f[k++] = feature1(52, this.lab(s0h));
    f[k++] = feature1(53, this.tag(s0l2));
    f[k++] = feature1(54, this.lab(s0l2));
    f[k++] = feature1(55, this.tag(s0r2));
    f[k++] = feature1(56, this.lab(s0r2));
    f[k++] = feature1(57, this.tag(n0l2));
    f[k++] = feature1(58, this.lab(n0l2));
    f[k++] = feature3(59, s0t, s0lt, this.tag(s0l2));
    f[k++] = feature3(60, s0t, s0rt, this.tag(s0r2));
    f[k++] = feature3(61, s0t, s0ht, this.tag(s0h2));
    f[k++] = feature3(62, n0t, n0lt, this.tag(n0l2));
    f[k++] = feature1(63, this.tag(s1));
    f[k++] = feature1(64, this.word(s1));
    f[k++] = feature3(65, this.tag(s1), s0t, n0t);
    f[k++] = feature3(66, s0h >= 0 ? 1 : 0, s0t, n0t);
    f[k++] = feature2(67, this.suffix(s0), n0t);
    f[k++] = feature2(68, s0t, this.suffix(n0));
    f[k++] = feature3(69, this.lab(s0), s0t, n0t);
    f[k++] = feature4(70, s0t, this.lab(s0l), this.lab(s0r), n0t);
    f[k++] = feature2(71, s0t, s0 >= 0 ? st.leftLabels[s0] : -1);
    f[k++] = feature2(72, s0t, s0 >= 0 ? st.rightLabels[s0] : -1);
    f[k++] = feature2(73, n0t, n0 >= 0 ? st.leftLabels[n0] : -1);
    const punctBetween =
      s0 >= 0 && n0 >= 0 ? Math.min(2, this.punctBefore[n0] - this.punctBefore[Math.min(s0 + 1, n0)]) : -1;
    f[k++] = feature3(74, punctBetween, s0t, n0t);
    f[k++] = feature3(75, punctBetween, s0w, n0t);
    if (this.featureVersion >= 2) {
      const verbsBetween =
        s0 >= 0 && n0 >= 0 ? Math.min(2, this.verbBefore[n0] - this.verbBefore[Math.min(s0 + 1, n0)]) : -1;
      f[k++] = feature3(82, verbsBetween, s0t, n0t);
      f[k++] = feature3(83, verbsBetween, punctBetween, d);
    }
    if (this.featureVersion >= 2 && this.hasFineTags) {
      const s0u = this.coarseTag(s0);
      const n0u = this.coarseTag(n0);
      f[k++] = feature3(84, s0u, n0u, this.coarseTag(n1));
      f[k++] = feature3(85, this.coarseTag(s0h), s0u, n0u);
      f[k++] = feature3(86, s0u, n0u, d);
      f[k++] = feature4(87, s0u, this.coarseTag(s0l), this.coarseTag(s0r), n0u);
    }
    if (this.lexicon) {
      const s0c = this.lexClass(s0);
      const n0c = this.lexClass(n0);
      f[k++] = feature2(76, s0c, n0t);
      f[k++] = feature2(77, s0t, n0c);
      f[k++] = feature3(78, s0c, n0c, d);
      f[k++] = feature2(79, n0c, n0t);
      f[k++] = feature2(80, s0c, s0t);
      f[k++] = feature3(81, n0c, this.lexClass(n1), n0t);
    }
    return k;
  }
}

export interface ParsedSentence {
  forms: string[];
  tags: string[];
  heads: number[];
  labels: string[];
}

export function trainParser(
  sentences: readonly ParsedSentence[],
  options: {
    epochs: number;
    seed: number;
    rootAtEnd?: boolean;
    actionBits?: number;
    labelBits?: number;
    lexicon?: FormLexicon | null;
    /** Parser.featureVersion (default FEATURE_VERSION). */
    featureVersion?: number;
    /** Tag list of the parser (default: the tags found in `sentences`). */
    tags?: readonly string[];
    /** Restrict relations by (direction, tags) as seen in training (default true). */
    labelCandidates?: boolean;
    log?: (line: string) => void;
  },
): Parser {
  // The tagger's full tag list when given: jackknifed tags of different seeds may miss a rare tag,
  // and models of several seeds are averaged id by id (averageCores).
  const tagSet = options.tags ? [...options.tags] : [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const labelSet = [...new Set(sentences.flatMap((s) => s.labels))].sort();
  const tagIndex = new Map(tagSet.map((t, i) => [t, i]));
  const labelIndex = new Map(labelSet.map((t, i) => [t, i]));
  const parser = Parser.create(
    tagSet,
    labelSet,
    options.rootAtEnd ?? true,
    options.actionBits,
    options.labelBits,
    options.lexicon ?? null,
    options.featureVersion ?? FEATURE_VERSION,
  );
  const data = sentences.map((s) => ({
    input: { forms: s.forms, tags: Int32Array.from(s.tags, (t) => tagIndex.get(t) ?? 0) },
    heads: Int32Array.from(s.heads),
    labels: Int32Array.from(s.labels, (l) => labelIndex.get(l) ?? 0),
  }));
  const random = rng(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffle(data, random)) {
      correct += parser.learn(s.input, s.heads, s.labels, epoch > 0, random);
      total += s.input.forms.length;
    }
    options.log?.(`parser epoch ${epoch + 1}: train UAS ${((100 * correct) / total).toFixed(2)}`);
  }
  parser.actions.average();
  parser.labeller.average();
  if (options.labelCandidates ?? true)
    parser.learnLabelCandidates(data.map((s) => ({ tags: s.input.tags, heads: s.heads, labels: s.labels })));
  return parser;
}
