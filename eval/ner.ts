/**
 * NER evaluation (CoNLL entity-level exact match P/R/F1), `npm run eval:ner`:
 *  - WikiNEuRal French test split and English test split (silver; evaluation only, CC BY-NC-SA),
 *  - WikiGold English (all 145 documents, scored by cross-validation since the shipped English model is trained on it).
 * Reads ../shared/data/ner. Sentences of one file are grouped into pseudo-documents of
 * DOC_SIZE sentences (WikiGold: its real documents) so document-level cues work as in news.
 * WikiNEuRal is reported for its first half (DEV: the only half any choice may be measured on), its
 * second half (TEST) and the whole.
 *   --half=dev|test   score only that half (faster)
 *   --only=fr,en,wikigold   the corpora to score (default all)
 *   --model-dir=DIR   NER models to score instead of the shipped ones (train.ts --out=DIR)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language } from '../src/document/types.ts';
import { entityLexicon } from '../src/stages/entities/lexicon.ts';
import { docFromTokens, namedEntitySpans } from '../src/stages/entities/ner.ts';
import { nerModel, spansOfTags, tagNames } from '../src/stages/entities/tagger.ts';
import { predictTags, prepare, readWikiGoldDocuments, trainModel } from '../src/stages/entities/train.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const nerDir = join(resolve(projectRoot, '../shared'), 'data/ner');
const DOC_SIZE = 20;
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const limit = Number(option('limit') ?? Number.POSITIVE_INFINITY);
const onlyHalf = option('half') as 'dev' | 'test' | undefined;
const corpora = new Set((option('only') ?? 'fr,en,wikigold').split(','));
const modelDir = option('model-dir') ? resolve(option('model-dir') as string) : undefined;

interface Sentence {
  words: string[];
  tags: string[];
}

/** Reads "index<TAB>word<TAB>tag" lines; blank lines end sentences, -DOCSTART- ends documents. */
function readConll(path: string): Sentence[][] {
  const docs: Sentence[][] = [];
  let doc: Sentence[] = [];
  let sentence: Sentence = { words: [], tags: [] };
  const flushSentence = () => {
    if (sentence.words.length > 0) doc.push(sentence);
    sentence = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 3) {
      flushSentence();
      continue;
    }
    if (cols[1] === '-DOCSTART-') {
      flushSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
      continue;
    }
    sentence.words.push(cols[1]);
    sentence.tags.push(cols[2]);
  }
  flushSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Entity spans of a BIO (or IOB1) tag sequence, as "first:last:TYPE" keys. */
function goldSpans(tags: string[], offset: number): string[] {
  const out: string[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const [prefix, t] = tag === 'O' ? ['O', ''] : tag.split('-');
    const continues = prefix === 'I' && t === type && start >= 0;
    if (!continues && start >= 0) {
      out.push(`${offset + start}:${offset + i}:${type}`);
      start = -1;
    }
    if (prefix === 'B' || (prefix === 'I' && !continues)) {
      start = i;
      type = t;
    }
  }
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

type Spanner = (doc: ReturnType<typeof docFromTokens>, index: number) => string[];

type Half = 'dev' | 'test';

function modelSpans(doc: ReturnType<typeof docFromTokens>): string[] {
  const spans = modelDir
    ? namedEntitySpans(doc, (d, names) =>
        tagNames(
          d,
          entityLexicon(d.language ?? 'en'),
          names,
          undefined,
          nerModel(d.language ?? 'en', modelDir),
        ),
      )
    : namedEntitySpans(doc);
  return spans.map((s) => `${s.first}:${s.last}:${s.type}`);
}

function evaluate(
  name: string,
  path: string,
  lang: Language,
  grouped: boolean,
  spanner?: Spanner,
  halves = true,
): void {
  const t0 = performance.now();
  let docs = readConll(path);
  if (!grouped) docs = chunk(docs.flat(), DOC_SIZE);
  const counts = new Map<string, Counts>();
  const count = (half: string, type: string) => {
    const key = `${half}:${type}`;
    if (!counts.has(key)) counts.set(key, { tp: 0, fp: 0, fn: 0 });
    return counts.get(key) as Counts;
  };
  const devDocs = Math.ceil(docs.length / 2);
  let sentences = 0;
  for (const [index, sents] of docs.entries()) {
    if (sentences >= limit) break;
    const half: Half = index < devDocs ? 'dev' : 'test';
    if (halves && onlyHalf && half !== onlyHalf) continue;
    sentences += sents.length;
    const doc = docFromTokens(
      sents.map((s) => s.words),
      lang,
    );
    const gold = new Set<string>();
    let offset = 0;
    for (const s of sents) {
      for (const key of goldSpans(s.tags, offset)) gold.add(key);
      offset += s.words.length;
    }
    const predicted = new Set(spanner ? spanner(doc, index) : modelSpans(doc));
    for (const key of predicted) {
      const type = key.split(':')[2];
      for (const h of ['all', half]) {
        if (gold.has(key)) count(h, type).tp++;
        else count(h, type).fp++;
      }
    }
    for (const key of gold)
      if (!predicted.has(key)) for (const h of ['all', half]) count(h, key.split(':')[2]).fn++;
  }
  const fmt = (c: Counts) => {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    const f = (2 * p * r) / Math.max(1e-9, p + r);
    return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}`;
  };
  console.log(`${name} (${sentences} sentences, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const shown = !halves ? ['all'] : onlyHalf ? [onlyHalf] : ['all', 'dev', 'test'];
  for (const h of shown) {
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    const rows: string[] = [];
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
      const c = count(h, type);
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
      rows.push(`    ${type.padEnd(5)} ${fmt(c)}`);
    }
    if (halves) console.log(`  [${h}${h === 'dev' ? ': first half' : h === 'test' ? ': second half' : ''}]`);
    console.log(`  all   ${fmt(total)}`);
    for (const row of rows) console.log(row);
  }
}

if (corpora.has('fr'))
  evaluate('WikiNEuRal French test', join(nerDir, 'wikineural_fr_test.conllu'), 'fr', false);
if (corpora.has('en'))
  evaluate('WikiNEuRal English test', join(nerDir, 'wikineural_en_test.conllu'), 'en', false);
/**
 * The shipped English model is trained on WikiGold, so WikiGold is scored by 5-fold
 * cross-validation over its documents: each fold is tagged by a model trained on the other four.
 */
function wikiGoldCrossValidation(): Spanner {
  let predictions: Map<number, string[]> | undefined;
  // Computed on first use, so the evaluation's timing includes the training.
  return (_doc, index) => {
    predictions ??= crossValidatedPredictions();
    return predictions.get(index) ?? [];
  };
}

function crossValidatedPredictions(): Map<number, string[]> {
  const docs = readWikiGoldDocuments();
  const examples = prepare(docs, 'en');
  const folds = 5;
  const predictions = new Map<number, string[]>();
  for (let fold = 0; fold < folds; fold++) {
    // Same recipe as the shipped model (synthetic sentences, ensemble), without the scored fold.
    const model = trainModel(
      'en',
      docs.filter((_, i) => i % folds !== fold),
    );
    for (const [i, example] of examples.entries()) {
      if (i % folds === fold) {
        const words = example.doc.tokens.map((t) => t.text);
        const spans = spansOfTags(predictTags(model, example), words);
        predictions.set(
          i,
          spans.map((s) => `${s.first}:${s.last}:${s.type}`),
        );
      }
    }
  }
  return predictions;
}

if (corpora.has('wikigold'))
  evaluate(
    'WikiGold English (5-fold cross-validation by document)',
    join(nerDir, 'wikigold_en.conllu'),
    'en',
    true,
    wikiGoldCrossValidation(),
    false,
  );
