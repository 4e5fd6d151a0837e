import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../../document/doc.ts';
import type { EntityType, Language } from '../../document/types.ts';
import { ruleTags, tokenFeatures } from './features.ts';
import type { EntityLexicon } from './lexicon.ts';
import { Perceptron, type SerializedModel, TAGS } from './perceptron.ts';
import type { NameMention } from './recognise.ts';

export const MODEL_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'models/ner');

export interface TaggedSpan {
  first: number;
  last: number;
  type: EntityType;
}

const models = new Map<Language, Perceptron | null>();

/** The shipped model for a language, or null when none was trained. */
export function nerModel(lang: Language): Perceptron | null {
  if (!models.has(lang)) {
    const path = join(MODEL_DIR, `${lang}.json`);
    models.set(
      lang,
      existsSync(path)
        ? Perceptron.fromJSON(JSON.parse(readFileSync(path, 'utf8')) as SerializedModel)
        : null,
    );
  }
  return models.get(lang) ?? null;
}

export function historyFeatures(prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`];
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

/** Greedy left-to-right decoding, sentence by sentence. */
export function decode(
  model: Perceptron,
  doc: Doc,
  features: readonly string[][],
  sentences?: ReadonlySet<number>,
): string[] {
  const tags = doc.tokens.map(() => 'O');
  for (const s of doc.sentences) {
    if (sentences && !sentences.has(s.index)) continue;
    let prev = '<s>';
    let prev2 = '<s>';
    for (let i = s.firstToken; i < s.lastToken; i++) {
      let t = model.predict([...features[i], ...historyFeatures(prev, prev2)], prev);
      // A lower-case word continues a name only as a connector ("Plaines d' Abraham").
      // Unless the rules read it inside a name ("Ligue nationale de hockey", "Parti socialiste").
      if (
        TAGS[t].startsWith('I-') &&
        !canContinueName(doc.tokens[i].text) &&
        !features[i].some((f) => f.startsWith('r=I-'))
      )
        t = 0;
      tags[i] = TAGS[t];
      prev2 = prev;
      prev = TAGS[t];
    }
  }
  return tags;
}

const CONNECTOR =
  /^(de|du|des|d'|d’|la|le|l'|l’|of|the|and|et|von|van|der|den|y|da|do|dos|al|el|bin|ibn|&|-)$/i;

function canContinueName(word: string): boolean {
  return !/^\p{Ll}/u.test(word) || CONNECTOR.test(word) || /^\p{Ll}+-\p{Lu}/u.test(word);
}

/** Spans of a BIO sequence, without trailing connectors ("Coupe de" → "Coupe"). */
export function trimSpans(spans: TaggedSpan[], words: readonly string[]): TaggedSpan[] {
  for (const span of spans) {
    while (span.last - 1 > span.first && CONNECTOR.test(words[span.last - 1])) span.last--;
  }
  return spans;
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
): TaggedSpan[] | null {
  const model = nerModel(doc.language ?? 'en');
  if (!model) return null;
  return trimSpans(
    spansFromTags(decode(model, doc, documentFeatures(doc, lex, names, sentences), sentences)),
    doc.tokens.map((t) => t.text),
  );
}
