/**
 * Trains the NER sequence model (structured averaged perceptron over rule, lexicon, part-of-speech,
 * gazetteer and word features) and writes models/ner/<lang>.json. Only CC0 / CC BY data and our own
 * synthetic sentences (see models/ner/README.md):
 *   French: Europeana historical newspapers (CC0) + WikiGold.  English: WikiGold (CC BY 4.0).
 *   node --import tsx src/stages/entities/train.ts [fr|en] [--out=DIR]   (DIR defaults to models/ner)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import type { Doc } from '../../document/doc.ts';
import type { Language } from '../../document/types.ts';
import { isGivenName } from '../../knowledge/actors/index.ts';
import { list, table } from '../../lang/index.ts';
import { buildClusters, type ClusterOptions } from './clusters.ts';
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
/** Europeana is split in this many parts; ensemble member k trains on part k. */
const EUROPEANA_PARTS = 3;
/** Models averaged into the shipped one (measured on the WikiNEuRal French DEV half: 1 → 75.7, 3 → 76.9). */
export const ENSEMBLE = 3;
export const EPOCHS: Record<Language, number> = { fr: 5, en: 8 };
/** Features whose largest averaged weight is below this are not shipped (1.0 halves the file for -0.1 F1 on DEV). */
const MIN_WEIGHT = 1.0;
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
  const random = randomSource(seed);
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

/**
 * Deterministic pseudo-random numbers in [0, 1) (mulberry32: 32-bit integer arithmetic throughout; a
 * textbook LCG computed in doubles loses its low bits and falls into cycles of a few hundred values).
 */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
 * {PER} {LOC} {ORG} {MISC} slots filled from shipped knowledge (actor names, GeoNames cities,
 * country names, demonyms) and the language's name patterns (ner-fillers.tsv, whose {@list} slots
 * draw from ner-words.tsv). Our own text, so licence-clean.
 */
export function syntheticDocuments(lang: Language, count: number, seed = 7): TrainingSentence[][] {
  const templates = list(lang, 'ner-templates');
  if (templates.length === 0) return [];
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const knowledge = join(MODEL_DIR, '../../src/knowledge');
  const persons = tsvColumn(join(knowledge, 'actors/data/phoenix-actors.tsv'), 0, (c) => c[1] === 'PER');
  // Some Phoenix "organisations" are people (officials filed under their office): not names to learn ORG from.
  const organisations = tsvColumn(
    join(knowledge, 'actors/data/phoenix-actors.tsv'),
    0,
    (c) => c[1] === 'ORG' && !isGivenName(c[0].split(' ')[0]),
  );
  const cities = tsvColumn(join(knowledge, 'geo/data/cities.tsv'), 1, (c) => Number(c[5]) >= 50_000);
  const countries = countryNames(lang);
  const demonyms = table(lang, 'entities-demonyms').map(([word]) => capitalise(word));
  const peoples = demonyms.map(pluralOf);
  const fillers = new Map<string, string[]>();
  for (const [kind, pattern] of table(lang, 'ner-fillers')) {
    // "MISC.work" rows serve {MISC.work} slots and, with all other MISC rows, {MISC} slots.
    for (const key of new Set([kind, kind.split('.')[0]]))
      fillers.set(key, [...(fillers.get(key) ?? []), pattern]);
  }
  const words = new Map<string, string[]>();
  for (const [name, word] of table(lang, 'ner-words')) words.set(name, [...(words.get(name) ?? []), word]);
  const surname = () => pick(persons).split(' ').pop() as string;
  const builtIn: Record<string, () => string> = {
    CITY: () => pick(cities),
    COUNTRY: () => pick(countries),
    SURNAME: surname,
    YEAR: () => String(1900 + Math.floor(random() * 125)),
    N: () => String(2 + Math.floor(random() * 9)),
    PEOPLE: () => pick(peoples),
    DEMONYM: () => pick(demonyms),
  };
  const expand = (pattern: string) =>
    pattern.replace(/\{(@?)([\w-]+)\}/g, (slot, list: string, name: string) =>
      list ? pick(words.get(name) ?? [slot]) : (builtIn[name]?.() ?? slot),
    );
  const fill = (kind: string): string => {
    if (kind === 'PER') return pick(persons);
    if (kind === 'ORG' && random() < PHOENIX_ORGANISATIONS) return pick(organisations);
    return expand(pick(fillers.get(kind) ?? fillers.get(kind.split('.')[0]) ?? [kind]));
  };
  const sentences: TrainingSentence[] = [];
  for (let n = 0; n < count; n++) {
    const words: string[] = [];
    const tags: string[] = [];
    for (const token of pick(templates).split(' ')) {
      const slot = /^\{(PER|LOC|ORG|MISC)(\.\w+)?\}$/.exec(token);
      if (!slot) {
        words.push(token);
        tags.push('O');
        continue;
      }
      const name = fill(slot[1] + (slot[2] ?? ''))
        .split(' ')
        .filter(Boolean);
      name.forEach((w, k) => {
        words.push(w);
        tags.push(`${k === 0 ? 'B' : 'I'}-${slot[1]}`);
      });
    }
    sentences.push({ words, tags });
  }
  return chunk(sentences, DOC_SIZE);
}

/** Share of synthetic organisation names taken from the Phoenix dictionaries (English, many NGOs), the rest from ner-fillers. */
const PHOENIX_ORGANISATIONS = 0.25;

/** Country names of the language (i18n-iso-countries), without the bracketed or comma forms. */
function countryNames(lang: Language): string[] {
  const require = createRequire(import.meta.url);
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  return Object.values(countries.getNames(lang, { select: 'alias' })).filter((n) => !/[,(]/.test(n));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Plural of a nationality noun: +s, unless it already ends in s, x or z (close enough for peoples in French and English). */
function pluralOf(word: string): string {
  return /[sxz]$/.test(word) ? word : `${word}s`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The shipped recipe: ENSEMBLE structured perceptrons, each on its own synthetic sentences and
 * shuffling (French: and its own third of Europeana), averaged into one model. French adds WikiGold
 * (English, CC BY), counted twice, for its language-independent cues (rule tags, shapes, lexicon
 * features) and MISC, which Europeana does not annotate; Europeana is 19th-century newspaper text with
 * few organisations, so each member sees a third of it. `wikiGold` lets the evaluation leave a fold out.
 */
export function trainModel(
  lang: Language,
  wikiGold: readonly TrainingSentence[][] = readWikiGoldDocuments(),
  members = ENSEMBLE,
): Perceptron {
  const gold = prepare(wikiGold, 'en');
  const europeana = lang === 'fr' ? chunk(readEuropeana(), DOC_SIZE) : [];
  const models = Array.from({ length: members }, (_, member) => {
    const synthetic = prepare(syntheticDocuments(lang, SYNTHETIC_SENTENCES[lang], 7 + member), lang);
    const examples =
      lang === 'fr'
        ? [
            ...prepare(
              europeana.filter((_, i) => i % EUROPEANA_PARTS === member % EUROPEANA_PARTS),
              'fr',
            ),
            ...gold,
            ...gold,
            ...synthetic,
          ]
        : [...gold, ...synthetic];
    return train(examples, EPOCHS[lang], 1 + member);
  });
  // Pruned as shipped, so that the cross-validation scores what ships.
  return Perceptron.fromJSON(Perceptron.mean(models).toJSON(MIN_WEIGHT));
}

/** Word-class settings per language (measured on DEV: French gains from 1,024 classes, English loses). */
const CLUSTER_OPTIONS: Record<Language, Partial<ClusterOptions>> = {
  fr: { contexts: 600, fine: 1024, coarse: 64 },
  en: { contexts: 400, fine: 512, coarse: 48 },
};

/** Unlabelled text for the word classes: UD treebank sentences (forms only) and, for French, Europeana; plus synthetic sentences. */
function unlabelledSentences(lang: Language): string[][] {
  const ud = join(resolve(MODEL_DIR, '../..', '../shared'), 'data/ud');
  const out: string[][] = [];
  for (const file of readdirSync(ud).filter((f) => f.startsWith(`${lang}_`) && f.endsWith('.conllu'))) {
    let words: string[] = [];
    for (const line of readFileSync(join(ud, file), 'utf8').split('\n')) {
      if (!line.trim()) {
        if (words.length) out.push(words);
        words = [];
        continue;
      }
      const cols = line.split('\t');
      if (cols.length > 2 && /^\d+$/.test(cols[0])) words.push(cols[1]);
    }
  }
  if (lang === 'fr') out.push(...readEuropeana().map((s) => s.words));
  out.push(
    ...syntheticDocuments(lang, 20_000, 101)
      .flat()
      .map((s) => s.words),
  );
  return out.map((s) => s.map((w) => w.toLowerCase()));
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}` && process.argv.includes('--clusters')) {
  for (const lang of ['fr', 'en'] as Language[]) {
    const t0 = performance.now();
    const classes = buildClusters(unlabelledSentences(lang), CLUSTER_OPTIONS[lang]);
    writeFileSync(
      join(MODEL_DIR, `${lang}.clusters.tsv`),
      [...classes].map(([w, c]) => `${w}\t${c}\n`).join(''),
    );
    console.log(`${lang}: ${classes.size} words, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
} else if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const langs = (process.argv.slice(2).filter((a) => a === 'fr' || a === 'en') as Language[]) ?? [];
  const out = resolve(process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? MODEL_DIR);
  mkdirSync(out, { recursive: true });
  for (const lang of langs.length ? langs : (['fr', 'en'] as Language[])) {
    const t0 = performance.now();
    const json = trainModel(lang).toJSON(MIN_WEIGHT);
    writeFileSync(join(out, `${lang}.json`), JSON.stringify(json));
    console.log(
      `${lang}: ${Object.keys(json.weights).length} features, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
}
