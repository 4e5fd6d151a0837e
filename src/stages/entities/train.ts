/**
 * Trains the NER sequence model (averaged perceptron over rule, lexicon and word features) and
 * writes models/ner/<lang>.json. Only CC0 / CC BY data (see models/ner/README.md):
 *   French: Europeana historical newspapers (CC0).  English: WikiGold (CC BY 4.0).
 *   node --import tsx src/stages/entities/train.ts [fr|en]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Doc } from '../../document/doc.ts';
import type { Language } from '../../document/types.ts';
import { entityLexicon } from './lexicon.ts';
import { docFromTokens } from './ner.ts';
import { Perceptron, TAGS } from './perceptron.ts';
import { recogniseNames } from './recognise.ts';
import { decode, documentFeatures, historyFeatures, MODEL_DIR } from './tagger.ts';

export interface TrainingSentence {
  words: string[];
  tags: string[];
}

const DOC_SIZE = 20;
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

/** Trains with gold history features (fast, standard for greedy perceptron taggers). */
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
        let prev = '<s>';
        let prev2 = '<s>';
        for (let i = s.firstToken; i < s.lastToken; i++) {
          const f = [...features[i], ...historyFeatures(prev, prev2)];
          const guess = model.predict(f, prev);
          model.update(f, gold[i], guess);
          prev2 = prev;
          prev = TAGS[guess];
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
    // on modern French (WikiNEuRal) than all of it.
    const examples =
      lang === 'fr'
        ? [
            ...prepare(
              chunk(readEuropeana(), DOC_SIZE).filter((_, i) => i % EUROPEANA_EVERY === 0),
              'fr',
            ),
            ...prepare(readWikiGoldDocuments(), 'en'),
            ...prepare(readWikiGoldDocuments(), 'en'),
          ]
        : prepare(readWikiGoldDocuments(), 'en');
    const model = train(examples, lang === 'fr' ? 5 : 8);
    const json = model.toJSON();
    writeFileSync(join(MODEL_DIR, `${lang}.json`), JSON.stringify(json));
    console.log(
      `${lang}: ${Object.keys(json.weights).length} features, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
}
