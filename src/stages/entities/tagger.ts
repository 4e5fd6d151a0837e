import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../../document/doc.ts';
import type { EntityType, Language } from '../../document/types.ts';
import { ruleTags, tokenFeatures } from './features.ts';
import type { EntityLexicon } from './lexicon.ts';
import { allowed, Perceptron, type SerializedModel, TAGS } from './perceptron.ts';
import type { NameMention } from './recognise.ts';

export const MODEL_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'models/ner');

export interface TaggedSpan {
  first: number;
  last: number;
  type: EntityType;
}

const models = new Map<string, Perceptron | null>();

/** The shipped model for a language (or the one in `dir`), or null when none was trained. */
export function nerModel(lang: Language, dir = MODEL_DIR): Perceptron | null {
  const key = `${dir}/${lang}`;
  if (!models.has(key)) {
    const path = join(dir, `${lang}.json`);
    models.set(
      key,
      existsSync(path)
        ? Perceptron.fromJSON(JSON.parse(readFileSync(path, 'utf8')) as SerializedModel)
        : null,
    );
  }
  return models.get(key) ?? null;
}

/** Features joining the previous tag with the current token (the transition part of the model). */
export function historyFeatures(prev: string, word: string): string[] {
  return [`t-1=${prev}`, `t-1=${prev}|c=${capitalClass(word)}`];
}

function capitalClass(word: string): string {
  return /^\p{Lu}/u.test(word) ? 'U' : /^\p{Ll}/u.test(word) ? (CONNECTOR.test(word) ? 'c' : 'l') : 'o';
}

/** Per-token base features of a document (without tag history). */
export function documentFeatures(
  doc: Doc,
  lex: EntityLexicon,
  names: readonly NameMention[],
  sentences?: ReadonlySet<number>,
): string[][] {
  const rules = ruleTags(doc, names);
  return doc.tokens.map((t, i) =>
    !sentences || sentences.has(t.sentence) ? tokenFeatures(doc, lex, rules, i) : [],
  );
}

const START = '<s>';

/**
 * Best tag sequence of tokens [first, last) (Viterbi over BIO with the previous tag as context).
 * I-X only continues B-X or I-X. Lower-case words may continue a name ("Parti socialiste",
 * "Timor oriental"): the model weighs that, a hard rule measured worse.
 */
export function viterbi(
  model: Perceptron,
  doc: Doc,
  features: readonly string[][],
  first: number,
  last: number,
): number[] {
  const n = last - first;
  if (n <= 0) return [];
  const T = TAGS.length;
  const score = new Float64Array(n * T).fill(Number.NEGATIVE_INFINITY);
  const back = new Int32Array(n * T).fill(-1);
  const emit = new Float64Array(T);
  const transition = new Float64Array(T);
  for (let k = 0; k < n; k++) {
    const i = first + k;
    emit.fill(0);
    model.addScores(features[i], emit);
    const word = doc.tokens[i].text;
    // prev = -1 stands for the sentence start.
    for (let prev = k === 0 ? -1 : 0; prev < (k === 0 ? 0 : T); prev++) {
      const base = prev < 0 ? 0 : score[(k - 1) * T + prev];
      if (base === Number.NEGATIVE_INFINITY) continue;
      const prevTag = prev < 0 ? START : TAGS[prev];
      transition.fill(0);
      model.addScores(historyFeatures(prevTag, word), transition);
      for (let t = 0; t < T; t++) {
        const tag = TAGS[t];
        if (!allowed(prevTag, tag)) continue;
        const total = base + emit[t] + transition[t];
        if (total > score[k * T + t]) {
          score[k * T + t] = total;
          back[k * T + t] = prev;
        }
      }
    }
  }
  let best = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + best]) best = t;
  const out = new Array<number>(n);
  for (let k = n - 1; k >= 0; k--) {
    out[k] = best;
    best = back[k * T + best];
  }
  return out;
}

/** Viterbi decoding, sentence by sentence. */
export function decode(
  model: Perceptron,
  doc: Doc,
  features: readonly string[][],
  sentences?: ReadonlySet<number>,
): string[] {
  const tags = doc.tokens.map(() => 'O');
  for (const s of doc.sentences) {
    if (sentences && !sentences.has(s.index)) continue;
    const best = viterbi(model, doc, features, s.firstToken, s.lastToken);
    for (let k = 0; k < best.length; k++) tags[s.firstToken + k] = TAGS[best[k]];
  }
  return tags;
}

const CONNECTOR =
  /^(de|du|des|d'|d’|la|le|l'|l’|of|the|and|et|von|van|der|den|y|da|do|dos|al|el|bin|ibn|&|-)$/i;

/** Spans of a BIO sequence, without trailing connectors ("Coupe de" → "Coupe"). */
export function trimSpans(spans: TaggedSpan[], words: readonly string[]): TaggedSpan[] {
  for (const span of spans) {
    while (span.last - 1 > span.first && CONNECTOR.test(words[span.last - 1])) span.last--;
  }
  return spans;
}

/**
 * One type per name within a document: spans with the same words take their most frequent type,
 * and a lone word that ends a multi-word person name elsewhere is that person ("Carter Beauford" … "Beauford").
 */
export function harmoniseTypes(spans: TaggedSpan[], words: readonly string[]): TaggedSpan[] {
  const text = (s: TaggedSpan) => words.slice(s.first, s.last).join(' ');
  const votes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    const key = text(s);
    const counts = votes.get(key) ?? new Map<EntityType, number>();
    votes.set(key, counts);
    counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  }
  const surnames = new Set(
    spans.filter((s) => s.type === 'PER' && s.last - s.first > 1).map((s) => words[s.last - 1]),
  );
  for (const s of spans) {
    if (s.last - s.first === 1 && surnames.has(words[s.first])) {
      s.type = 'PER';
      continue;
    }
    const counts = votes.get(text(s)) as Map<EntityType, number>;
    let best = s.type;
    for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
    s.type = best;
  }
  return spans;
}

/** Entity spans of a decoded document: BIO spans, trimmed, one type per name. */
export function spansOfTags(tags: readonly string[], words: readonly string[]): TaggedSpan[] {
  return harmoniseTypes(trimSpans(spansFromTags(tags), words), words);
}

export function spansFromTags(tags: readonly string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const continues = tag.startsWith('I-') && tag.slice(2) === type && start >= 0;
    if (!continues && start >= 0) {
      out.push({ first: start, last: i, type: type as EntityType });
      start = -1;
    }
    if (tag.startsWith('B-') || (tag.startsWith('I-') && !continues)) {
      start = i;
      type = tag.slice(2);
    }
  }
  return out;
}

/**
 * Named-entity spans from the trained model (null when the language has no model), optionally
 * only in some sentences (the others are left untagged, which saves most of the time).
 */
export function tagNames(
  doc: Doc,
  lex: EntityLexicon,
  names: readonly NameMention[],
  sentences?: ReadonlySet<number>,
  model: Perceptron | null = nerModel(doc.language ?? 'en'),
): TaggedSpan[] | null {
  if (!model) return null;
  return spansOfTags(
    decode(model, doc, documentFeatures(doc, lex, names, sentences), sentences),
    doc.tokens.map((t) => t.text),
  );
}
