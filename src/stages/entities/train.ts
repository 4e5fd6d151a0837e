/**
 * Trains the NER sequence model (structured averaged perceptron over rule, lexicon, part-of-speech,
 * gazetteer and word features) and writes models/ner/<lang>.json. Only CC0 / CC BY data and our own
 * synthetic sentences (see models/ner/README.md):
 *   French: Europeana historical newspapers (CC0) + WikiGold.  English: WikiGold (CC BY 4.0).
 *   node --import tsx src/stages/entities/train.ts [fr|en]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Doc } from '../../document/doc.ts';
import type { Language } from '../../document/types.ts';
import { list, table } from '../../lang/index.ts';
import { entityLexicon } from './lexicon.ts';
import { docFromTokens } from './ner.ts';
import { Perceptron, TAGS } from './perceptron.ts';
import { recogniseNames } from './recognise.ts';
import { decode, documentFeatures, historyFeatures, MODEL_DIR, viterbi } from './tagger.ts';

export interface TrainingSentence {
  words: string[];
  tags: string[];
}

const DOC_SIZE = 20;
/** Synthetic sentences added per language (measured: French gains most from many). */
export const SYNTHETIC_SENTENCES: Record<Language, number> = { fr: 4000, en: 2000 };
const EUROPEANA_EVERY = 3;
const nerDir = join(resolve(MODEL_DIR, '../..', '../shared'), 'data/ner');

/** IOB1 (I- may open an entity) to BIO. */
export function toBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = tags[i - 1] ?? 'O';
    return prev.slice(2) === tag.slice(2) ? tag : `B-${tag.slice(2)}`;
  });
}

/** Europeana: "word TAG" per line, no sentence breaks: split after final punctuation. */
export function readEuropeana(): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const line of readFileSync(join(nerDir, 'europeana_fr_bnf.bio'), 'utf8').split('\n')) {
    const m = /^(\S+)\s+(\S+)$/.exec(line.trim());
    if (!m) continue;
    words.push(m[1]);
    tags.push(m[2]);
    if ((/^[.!?]$/.test(m[1]) && words.length > 3) || words.length >= 60) {
      out.push({ words, tags: toBio(tags) });
      words = [];
      tags = [];
    }
  }
  if (words.length) out.push({ words, tags: toBio(tags) });
  return out;
}

/** WikiGold: "index<TAB>word<TAB>tag", blank lines between sentences, -DOCSTART- between documents. */
export function readWikiGoldDocuments(): TrainingSentence[][] {
  const docs: TrainingSentence[][] = [];
  let doc: TrainingSentence[] = [];
  let s: TrainingSentence = { words: [], tags: [] };
  for (const line of readFileSync(join(nerDir, 'wikigold_en.conllu'), 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 3) {
      if (s.words.length) doc.push({ words: s.words, tags: toBio(s.tags) });
      s = { words: [], tags: [] };
      continue;
    }
    if (cols[1] === '-DOCSTART-') {
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    s.words.push(cols[1]);
    s.tags.push(cols[2]);
  }
  if (s.words.length) doc.push({ words: s.words, tags: toBio(s.tags) });
  if (doc.length) docs.push(doc);
  return docs;
}

interface Example {
  doc: Doc;
  features: string[][];
  gold: number[];
}

export function prepare(docs: readonly TrainingSentence[][], lang: Language): Example[] {
  const lex = entityLexicon(lang);
  return docs.map((sents) => {
    const doc = docFromTokens(
      sents.map((s) => s.words),
      lang,
    );
    const names = recogniseNames(doc, lex);
    const gold = sents.flatMap((s) =>
      s.tags.map((t) => Math.max(0, TAGS.indexOf(t as (typeof TAGS)[number]))),
    );
    return { doc, features: documentFeatures(doc, lex, names), gold };
  });
}

/** Structured perceptron: each sentence is decoded with Viterbi and the weights move from the guessed path to the gold one. */
export function train(examples: readonly Example[], epochs: number, seed = 1): Perceptron {
  const model = new Perceptron();
  const order = examples.map((_, i) => i);
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const { doc, features, gold } = examples[index];
      for (const s of doc.sentences) {
        model.tick();
        const guess = viterbi(model, doc, features, s.firstToken, s.lastToken);
        for (let k = 0; k < guess.length; k++) {
          const i = s.firstToken + k;
          const goldPrev = k === 0 ? '<s>' : TAGS[gold[i - 1]];
          const guessPrev = k === 0 ? '<s>' : TAGS[guess[k - 1]];
          if (gold[i] === guess[k] && goldPrev === guessPrev) continue;
          const word = doc.tokens[i].text;
          if (gold[i] !== guess[k]) model.reward(features[i], gold[i], features[i], guess[k]);
          model.reward(historyFeatures(goldPrev, word), gold[i], historyFeatures(guessPrev, word), guess[k]);
        }
      }
    }
  }
  model.average();
  return model;
}

export function predictTags(model: Perceptron, example: Example): string[] {
  return decode(model, example.doc, example.features);
}

/** Deterministic pseudo-random numbers in [0, 1). */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function tsvColumn(path: string, column: number, keep: (cells: string[]) => boolean): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .filter(keep)
    .map((cells) => cells[column]);
}

/**
 * Synthetic sentences: the language's templates (src/lang/<lang>/ner-templates.txt) with their
 * {PER} {LOC} {ORG} {MISC} slots filled from shipped knowledge (actor names, GeoNames cities) and
 * the language's name patterns (ner-fillers.tsv). Our own text, so licence-clean.
 */
export function syntheticDocuments(lang: Language, count: number, seed = 7): TrainingSentence[][] {
  const templates = list(lang, 'ner-templates');
  if (templates.length === 0) return [];
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const knowledge = join(MODEL_DIR, '../../src/knowledge');
  const persons = tsvColumn(join(knowledge, 'actors/data/phoenix-actors.tsv'), 0, (c) => c[1] === 'PER');
  const organisations = tsvColumn(
    join(knowledge, 'actors/data/phoenix-actors.tsv'),
    0,
    (c) => c[1] === 'ORG',
  );
  const cities = tsvColumn(join(knowledge, 'geo/data/cities.tsv'), 1, (c) => Number(c[5]) >= 50_000);
  const fillers = new Map<string, string[]>();
  for (const [type, pattern] of table(lang, 'ner-fillers')) {
    fillers.set(type, [...(fillers.get(type) ?? []), pattern]);
  }
  const surname = () => pick(persons).split(' ').pop() as string;
  const expand = (pattern: string) =>
    pattern
      .replace('{CITY}', () => pick(cities))
      .replace('{SURNAME}', surname)
      .replace('{YEAR}', () => String(1950 + Math.floor(random() * 75)));
  const fill = (type: string): string => {
    if (type === 'PER') return pick(persons);
    if (type === 'ORG' && random() < 0.5) return pick(organisations);
    return expand(pick(fillers.get(type) ?? [type]));
  };
  const sentences: TrainingSentence[] = [];
  for (let n = 0; n < count; n++) {
    const words: string[] = [];
    const tags: string[] = [];
    for (const token of pick(templates).split(' ')) {
      const slot = /^\{(PER|LOC|ORG|MISC)\}$/.exec(token);
      if (!slot) {
        words.push(token);
        tags.push('O');
        continue;
      }
      const name = fill(slot[1]).split(' ').filter(Boolean);
      name.forEach((w, k) => {
        words.push(w);
        tags.push(`${k === 0 ? 'B' : 'I'}-${slot[1]}`);
      });
    }
    sentences.push({ words, tags });
  }
  return chunk(sentences, DOC_SIZE);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const langs = (process.argv.slice(2).filter((a) => a === 'fr' || a === 'en') as Language[]) ?? [];
  mkdirSync(MODEL_DIR, { recursive: true });
  for (const lang of langs.length ? langs : (['fr', 'en'] as Language[])) {
    const t0 = performance.now();
    // French adds WikiGold (English, CC BY) for its language-independent cues (rule tags, shapes,
    // lexicon features) and MISC, which Europeana does not annotate. Europeana is 19th-century
    // newspaper text with few organisations: a third of it, against WikiGold twice, measured best
    // on modern French (WikiNEuRal) than all of it. Both languages add synthetic news-style
    // sentences (templates filled from the shipped knowledge) for modern organisations and titles.
    const examples =
      lang === 'fr'
        ? [
            ...prepare(
              chunk(readEuropeana(), DOC_SIZE).filter((_, i) => i % EUROPEANA_EVERY === 0),
              'fr',
            ),
            ...prepare(readWikiGoldDocuments(), 'en'),
            ...prepare(readWikiGoldDocuments(), 'en'),
            ...prepare(syntheticDocuments('fr', SYNTHETIC_SENTENCES.fr), 'fr'),
          ]
        : [
            ...prepare(readWikiGoldDocuments(), 'en'),
            ...prepare(syntheticDocuments('en', SYNTHETIC_SENTENCES.en), 'en'),
          ];
    const model = train(examples, lang === 'fr' ? 5 : 8);
    const json = model.toJSON();
    writeFileSync(join(MODEL_DIR, `${lang}.json`), JSON.stringify(json));
    console.log(
      `${lang}: ${Object.keys(json.weights).length} features, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
}
