import { feature1, feature2, feature3, rng, shuffle } from './hash.ts';
import type { FormLexicon } from './lexicon.ts';
import { Perceptron } from './perceptron.ts';
import { WordHashes } from './words.ts';

/**
 * Separates the UPOS from the language-specific part of a fine tag ("VERB|VBD"). English tags
 * carry the Penn tag: the parser reads tense and verb form from it, which UPOS lacks.
 */
export const FINE_TAG_SEPARATOR = '|';

/** The UPOS of a (possibly fine) tag. */
export function uposOf(tag: string): string {
  const at = tag.indexOf(FINE_TAG_SEPARATOR);
  return at < 0 ? tag : tag.slice(0, at);
}

/**
 * Fine tags for training: UPOS|XPOS for the (UPOS, XPOS) pairs seen at least `minCount` times,
 * UPOS alone for rare pairs and treebanks without XPOS. `minCount` 0 means UPOS only.
 */
export function fineTagging(
  words: Iterable<{ upos: string; xpos: string }>,
  minCount: number,
): (word: { upos: string; xpos: string }) => string {
  if (minCount <= 0) return (w) => w.upos;
  const counts = new Map<string, number>();
  for (const w of words) {
    if (w.xpos === '_' || w.xpos === '') continue;
    const key = w.upos + FINE_TAG_SEPARATOR + w.xpos;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (w) => {
    const key = w.upos + FINE_TAG_SEPARATOR + w.xpos;
    return (counts.get(key) ?? 0) >= minCount ? key : w.upos;
  };
}

/** Averaged-perceptron part-of-speech tagger, greedy left to right, over hashed features. */
export class Tagger {
  /** The tags the model predicts: UPOS, or fine tags (see FINE_TAG_SEPARATOR). */
  readonly tags: readonly string[];
  /** The UPOS of each tag. */
  readonly upos: readonly string[];
  readonly model: Perceptron;
  private readonly words = new WordHashes();
  private hashedForms: readonly string[] | null = null;

  /** The word hashes of the sentence last tagged, when it is `forms` (the parser reuses them). */
  hashesOf(forms: readonly string[]): WordHashes | null {
    return this.hashedForms === forms ? this.words : null;
  }
  private features = new Int32Array(MAX_FEATURES);
  private scores: Float32Array;
  private capitalisation = 0;

  /** Optional full-form lexicon: its class set for each word is a feature. */
  readonly lexicon: FormLexicon | null;
  /**
   * Frequent words that had one tag in (nearly) all their training occurrences, with that tag id:
   * tagged without scoring (most function words and punctuation), which speeds tagging up.
   */
  dictionary: Map<string, number> = new Map();

  constructor(tags: readonly string[], model: Perceptron, lexicon: FormLexicon | null = null) {
    this.tags = tags;
    this.upos = tags.map(uposOf);
    this.model = model;
    this.lexicon = lexicon;
    this.scores = new Float32Array(tags.length);
  }

  /**
   * Ambiguity classes: words seen often in training, with the tags they took there. Only those tags
   * are scored for them, which matters when the tag set is large (English fine tags).
   */
  candidates: Map<string, Int32Array> = new Map();

  /** The ambiguity classes as form → tag names joined by spaces, for the model file. */
  candidateTable(): Record<string, string> {
    return Object.fromEntries(
      [...this.candidates].map(([form, ids]) => [form, Array.from(ids, (id) => this.tags[id]).join(' ')]),
    );
  }

  setCandidates(table: Record<string, string>): void {
    this.candidates = new Map();
    for (const [form, names] of Object.entries(table)) {
      const ids = names
        .split(' ')
        .map((t) => this.tags.indexOf(t))
        .filter((id) => id >= 0)
        .sort((a, b) => a - b);
      if (ids.length > 0) this.candidates.set(form, Int32Array.from(ids));
    }
  }

  /** The dictionary as form → tag name, for the model file. */
  dictionaryTable(): Record<string, string> {
    return Object.fromEntries([...this.dictionary].map(([form, id]) => [form, this.tags[id]]));
  }

  setDictionary(table: Record<string, string>): void {
    this.dictionary = new Map();
    for (const [form, tag] of Object.entries(table)) {
      const id = this.tags.indexOf(tag);
      if (id >= 0) this.dictionary.set(form, id);
    }
  }

  static create(tags: readonly string[], bits = 20, lexicon: FormLexicon | null = null): Tagger {
    return new Tagger(tags, new Perceptron(tags.length, bits), lexicon);
  }

  /** Tags a sentence of words; returns tag indices into `tags`. */
  tag(forms: readonly string[], out = new Int32Array(forms.length)): Int32Array {
    this.words.fill(forms, this.lexicon);
    this.hashedForms = forms;
    this.capitalisation = capitalisationOf(this.words);
    const dictionary = this.dictionary;
    for (let i = 0; i < forms.length; i++) {
      const known = dictionary.get(forms[i]);
      if (known !== undefined) {
        out[i] = known;
        continue;
      }
      const count = this.extract(i, i > 0 ? out[i - 1] : -1, i > 1 ? out[i - 2] : -2);
      out[i] = this.predict(forms[i], count);
    }
    return out;
  }

  /** One training pass over a sentence (previous tags are the model's own predictions). */
  learn(forms: readonly string[], gold: Int32Array): number {
    this.words.fill(forms, this.lexicon);
    this.hashedForms = null;
    this.capitalisation = capitalisationOf(this.words);
    let correct = 0;
    let prev = -1;
    let prev2 = -2;
    for (let i = 0; i < forms.length; i++) {
      const count = this.extract(i, prev, prev2);
      // Training scores every tag: restricting frequent words to their ambiguity class here would
      // leave the shared context features unpenalised for the other tags (-0.4 UPOS on EWT dev).
      this.scores.fill(0);
      this.model.score(this.features, count, this.scores);
      const guess = this.model.best(this.scores);
      this.model.update(this.features, count, gold[i], guess);
      this.model.tick();
      if (guess === gold[i]) correct++;
      prev2 = prev;
      prev = guess;
    }
    return correct;
  }

  private predict(form: string, count: number): number {
    const classes = this.candidates.get(form);
    if (classes) return this.model.bestOf(this.features, count, classes, this.scores);
    this.scores.fill(0);
    this.model.score(this.features, count, this.scores);
    return this.model.best(this.scores);
  }

  private extract(i: number, prev: number, prev2: number): number {
    const w = this.words;
    const f = this.features;
    const n = w.length;
    const NONE = 0x7fffffff;
    const left1 = i > 0 ? w.lower[i - 1] : NONE;
    const left2 = i > 1 ? w.lower[i - 2] : NONE - 1;
    const right1 = i + 1 < n ? w.lower[i + 1] : NONE - 2;
    const right2 = i + 2 < n ? w.lower[i + 2] : NONE - 3;
    let k = 0;
    f[k++] = feature1(0, 0);
    f[k++] = feature1(1, w.lower[i]);
    f[k++] = feature1(2, w.exact[i]);
    for (let s = 1; s <= 5; s++) f[k++] = feature1(2 + s, w.suffixOf(i, s));
    for (let p = 1; p <= 3; p++) f[k++] = feature1(7 + p, w.prefixOf(i, p));
    f[k++] = feature1(11, w.shape[i]);
    f[k++] = feature1(12, left1);
    f[k++] = feature1(13, right1);
    f[k++] = feature1(14, left2);
    f[k++] = feature1(15, right2);
    f[k++] = feature1(16, prev);
    f[k++] = feature1(17, prev2);
    f[k++] = feature2(18, prev, prev2);
    f[k++] = feature2(19, prev, w.lower[i]);
    f[k++] = feature1(20, i > 0 ? w.suffixOf(i - 1, 3) : NONE);
    f[k++] = feature1(21, i + 1 < n ? w.suffixOf(i + 1, 3) : NONE);
    f[k++] = feature2(22, left1, w.lower[i]);
    f[k++] = feature2(23, w.lower[i], right1);
    f[k++] = feature2(24, i === 0 ? 1 : 0, w.shape[i]);
    f[k++] = feature2(25, prev, w.suffixOf(i, 3));
    f[k++] = feature3(26, prev, w.lower[i], right1);
    f[k++] = feature1(27, i + 1 < n ? w.shape[i + 1] : NONE);
    f[k++] = feature2(28, w.suffixOf(i, 2), right1);
    // How capitalised the sentence is (all-caps headlines, lower-case e-mails) conditions what a capital means.
    f[k++] = feature2(40, this.capitalisation, w.shape[i]);
    f[k++] = feature3(41, this.capitalisation, prev, w.shape[i] & 1);
    if (this.lexicon) {
      const cls = w.lexClass[i];
      f[k++] = feature1(29, cls);
      f[k++] = feature2(30, cls, prev);
      f[k++] = feature2(31, cls, w.suffixOf(i, 3));
      f[k++] = feature2(32, cls, i + 1 < n ? w.lexClass[i + 1] : NONE);
      f[k++] = feature2(33, cls, w.shape[i]);
      f[k++] = feature2(34, cls, left1);
    }
    return k;
  }
}

const MAX_FEATURES = 40;

/** Share of words starting with a capital (shape bit 0), bucketed 0..3; all-caps words count apart (4). */
function capitalisationOf(words: WordHashes): number {
  let capitals = 0;
  let allCaps = 0;
  let letters = 0;
  for (let i = 0; i < words.length; i++) {
    const shape = words.shape[i];
    if (shape & 0x80 || (shape >> 2) & 3) continue; // punctuation, digits
    letters++;
    if (shape & 1) capitals++;
    if (shape & 2) allCaps++;
  }
  if (letters === 0) return 0;
  if (allCaps * 2 > letters) return 4;
  const share = capitals / letters;
  return share === 0 ? 0 : share < 0.3 ? 1 : share < 0.6 ? 2 : 3;
}

/** Thresholds of the tag dictionary: seen often enough, and with one tag nearly always. */
const DICTIONARY_MIN_COUNT = 10;
const DICTIONARY_MIN_SHARE = 0.995;

/** Exact forms whose tag is (nearly) fixed in the training data; see Tagger.dictionary. */
export function buildTagDictionary(sentences: readonly TaggedSentence[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences)
    s.forms.forEach((form, i) => {
      const byTag = counts.get(form) ?? new Map<string, number>();
      counts.set(form, byTag);
      byTag.set(s.tags[i], (byTag.get(s.tags[i]) ?? 0) + 1);
    });
  const table: Record<string, string> = {};
  for (const [form, byTag] of counts) {
    let total = 0;
    let bestTag = '';
    let bestCount = 0;
    for (const [tag, n] of byTag) {
      total += n;
      if (n > bestCount) [bestTag, bestCount] = [tag, n];
    }
    if (total >= DICTIONARY_MIN_COUNT && bestCount / total >= DICTIONARY_MIN_SHARE) table[form] = bestTag;
  }
  return table;
}

/** Exact forms seen at least `minCount` times, with every tag they took (Tagger.candidates). */
export function buildAmbiguityClasses(
  sentences: readonly TaggedSentence[],
  minCount: number,
): Record<string, string> {
  const counts = new Map<string, { n: number; tags: Set<string> }>();
  for (const s of sentences)
    s.forms.forEach((form, i) => {
      const entry = counts.get(form) ?? { n: 0, tags: new Set<string>() };
      counts.set(form, entry);
      entry.n++;
      entry.tags.add(s.tags[i]);
    });
  const table: Record<string, string> = {};
  for (const [form, { n, tags }] of counts) if (n >= minCount) table[form] = [...tags].sort().join(' ');
  return table;
}

export interface TaggedSentence {
  forms: string[];
  tags: string[];
}

export function trainTagger(
  sentences: readonly TaggedSentence[],
  options: {
    epochs: number;
    seed: number;
    bits?: number;
    lexicon?: FormLexicon | null;
    /** Words seen this often get ambiguity classes (Tagger.candidates); 0 or absent: none. */
    candidateMinCount?: number;
    log?: (line: string) => void;
  },
): Tagger {
  const tagSet = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const index = new Map(tagSet.map((t, i) => [t, i]));
  const tagger = Tagger.create(tagSet, options.bits ?? 20, options.lexicon ?? null);
  const data = sentences.map((s) => ({
    forms: s.forms,
    gold: Int32Array.from(s.tags, (t) => index.get(t) ?? 0),
  }));
  const random = rng(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffle(data, random)) {
      correct += tagger.learn(s.forms, s.gold);
      total += s.forms.length;
    }
    options.log?.(`tagger epoch ${epoch + 1}: train accuracy ${((100 * correct) / total).toFixed(2)}`);
  }
  tagger.model.average();
  if (options.candidateMinCount)
    tagger.setCandidates(buildAmbiguityClasses(sentences, options.candidateMinCount));
  return tagger;
}
