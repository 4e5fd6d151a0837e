/**
 * `npm run eval:ud`: UPOS, lemma, UAS and LAS of the committed models on the UD test sets, on gold
 * tokenisation (gold words given) and from raw text (each sentence's `# text` tokenised by our
 * tokenizer and multi-word splitter, words aligned to gold by character offsets).
 * LAS compares universal relations (subtypes ignored, as the CoNLL 2018 scorer does); LAS+sub
 * requires the full relation. Raw-text figures are F1 over aligned words.
 * Options: --lang fr|en, --limit N (sentences per test set), --tune (the tuning sets instead),
 * --model PATH (a model file other than the committed one, with --lang).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Language } from '../src/document/types.ts';
import type { UdSentence } from '../src/models/conllu.ts';
import { coreFor, LanguageCore, type WordAnalysis } from '../src/models/core.ts';
import { loadUd, UD_SPLITS } from '../src/models/datasets.ts';
import { tokenize } from '../src/stages/segment/tokenizer.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface UdScores {
  words: number;
  upos: number;
  lemma: number;
  uas: number;
  las: number;
  lasFull: number;
  /** Raw text only: word-segmentation F1. */
  words_f1?: number;
  wordsPerSecond: number;
}

interface Counts {
  gold: number;
  predicted: number;
  aligned: number;
  upos: number;
  lemma: number;
  uas: number;
  las: number;
  lasFull: number;
}

const universal = (rel: string) => rel.split(':')[0];

function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, aligned: 0, upos: 0, lemma: 0, uas: 0, las: 0, lasFull: 0 };
}

/** Scores aligned predicted words: `align[p]` is the gold word of predicted word p, or -1. */
function score(counts: Counts, gold: UdSentence, predicted: WordAnalysis[], align: Int32Array): void {
  counts.gold += gold.words.length;
  counts.predicted += predicted.length;
  for (let p = 0; p < predicted.length; p++) {
    const g = align[p];
    if (g < 0) continue;
    counts.aligned++;
    const gw = gold.words[g];
    const pw = predicted[p];
    if (pw.upos === gw.upos) counts.upos++;
    if (pw.lemma === gw.lemma) counts.lemma++;
    const predictedHead = pw.head < 0 ? -1 : align[pw.head];
    const headOk = pw.head < 0 ? gw.head < 0 : predictedHead >= 0 && predictedHead === gw.head;
    if (headOk) {
      counts.uas++;
      if (universal(pw.deprel) === universal(gw.deprel)) counts.las++;
      if (pw.deprel === gw.deprel) counts.lasFull++;
    }
  }
}

function f1(correct: number, counts: Counts): number {
  if (correct === 0) return 0;
  const p = correct / counts.predicted;
  const r = correct / counts.gold;
  return (200 * p * r) / (p + r);
}

function toScores(c: Counts, seconds: number, raw: boolean): UdScores {
  return {
    words: c.gold,
    upos: f1(c.upos, c),
    lemma: f1(c.lemma, c),
    uas: f1(c.uas, c),
    las: f1(c.las, c),
    lasFull: f1(c.lasFull, c),
    words_f1: raw ? f1(c.aligned, c) : undefined,
    wordsPerSecond: c.predicted / seconds,
  };
}

export function evaluateGold(core: LanguageCore, sentences: readonly UdSentence[]): UdScores {
  const counts = emptyCounts();
  const started = performance.now();
  const predictions = sentences.map((s) => core.analyseWords(s.words.map((w) => w.form)));
  const seconds = (performance.now() - started) / 1000;
  sentences.forEach((s, i) => {
    score(
      counts,
      s,
      predictions[i],
      Int32Array.from(s.words, (_, j) => j),
    );
  });
  return toScores(counts, seconds, false);
}

export function evaluateRaw(core: LanguageCore, lang: Language, sentences: readonly UdSentence[]): UdScores {
  const counts = emptyCounts();
  let seconds = 0;
  for (const s of sentences) {
    const started = performance.now();
    const spans = tokenize(s.text, lang);
    const predicted = core.analyseTokens(spans.map((t) => t.text));
    seconds += (performance.now() - started) / 1000;
    // Gold words keyed by character span and position inside their token. Words of a multi-word
    // token that spell it exactly (I'm = I + 'm) get their own spans, like our tokenizer's clitics.
    const goldKey = new Map<string, number>();
    for (const t of s.tokens) {
      if (t.start < 0) continue;
      const words = s.words.slice(t.firstWord, t.lastWord);
      if (words.length > 1 && words.map((w) => w.form).join('') === t.form) {
        let at = t.start;
        words.forEach((w, k) => {
          goldKey.set(`${at}:${at + w.form.length}:0:1`, t.firstWord + k);
          at += w.form.length;
        });
        continue;
      }
      for (let w = t.firstWord; w < t.lastWord; w++)
        goldKey.set(`${t.start}:${t.end}:${w - t.firstWord}:${t.lastWord - t.firstWord}`, w);
    }
    const align = new Int32Array(predicted.length).fill(-1);
    let p = 0;
    while (p < predicted.length) {
      const token = predicted[p].token;
      let q = p;
      while (q < predicted.length && predicted[q].token === token) q++;
      const span = spans[token];
      for (let k = p; k < q; k++) align[k] = goldKey.get(`${span.start}:${span.end}:${k - p}:${q - p}`) ?? -1;
      p = q;
    }
    score(counts, s, predicted, align);
  }
  return toScores(counts, seconds, true);
}

/**
 * Throughput on raw sentence texts, after one warm-up pass: tokenising + multi-word splitting +
 * tagging, then parsing alone (words per second, one core).
 */
export function measureSpeed(
  core: LanguageCore,
  lang: Language,
  sentences: readonly UdSentence[],
): { tag: number; parse: number } {
  const texts = sentences.map((s) => s.text);
  // Fastest of several rounds: the first ones warm the JIT up, and on a shared machine the fastest
  // round is the one least disturbed by other processes.
  let tagSeconds = Infinity;
  let parseSeconds = Infinity;
  let words = 0;
  for (let round = 0; round < 5; round++) {
    const tagged: { words: string[]; tags: Int32Array }[] = [];
    const t0 = performance.now();
    for (const text of texts) {
      const tokens = tokenize(text, lang).map((t) => t.text);
      const expanded = core.mwt.expand(tokens).words;
      tagged.push({ words: expanded, tags: core.tag(expanded) });
    }
    const t1 = performance.now();
    for (const s of tagged) core.parse(s.words, s.tags);
    const t2 = performance.now();
    tagSeconds = Math.min(tagSeconds, (t1 - t0) / 1000);
    parseSeconds = Math.min(parseSeconds, (t2 - t1) / 1000);
    words = tagged.reduce((n, s) => n + s.words.length, 0);
  }
  return { tag: words / tagSeconds, parse: words / parseSeconds };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string' },
      limit: { type: 'string' },
      tune: { type: 'boolean', default: false },
      model: { type: 'string' },
    },
  });
  const langs = values.lang ? [values.lang] : Object.keys(UD_SPLITS);
  const limit = values.limit ? Number(values.limit) : Infinity;
  const rows: string[][] = [
    ['test set', 'input', 'words', 'UPOS', 'lemma', 'UAS', 'LAS', 'LAS+sub', 'words F1', 'words/s'],
  ];
  const speeds: string[] = [];
  const fmt = (x: number | undefined) => (x === undefined ? '' : x.toFixed(2));
  for (const lang of langs) {
    const core = values.model ? LanguageCore.load(values.model) : coreFor(lang);
    if (!core) {
      console.error(`no model for ${lang}: run npm run train -- --lang ${lang}`);
      continue;
    }
    const sets = values.tune
      ? Object.fromEntries(UD_SPLITS[lang].tune.map((f) => [`${f} (tune)`, f]))
      : UD_SPLITS[lang].test;
    for (const [name, file] of Object.entries(sets)) {
      const sentences = loadUd(projectRoot, [file]).slice(0, limit);
      for (const [input, scores] of [
        ['gold tok', evaluateGold(core, sentences)],
        ['raw text', evaluateRaw(core, lang as Language, sentences)],
      ] as const) {
        rows.push([
          name,
          input,
          String(scores.words),
          fmt(scores.upos),
          fmt(scores.lemma),
          fmt(scores.uas),
          fmt(scores.las),
          fmt(scores.lasFull),
          fmt(scores.words_f1),
          String(Math.round(scores.wordsPerSecond)),
        ]);
      }
    }
  }
  for (const lang of langs) {
    const core = values.model ? LanguageCore.load(values.model) : coreFor(lang);
    if (!core) continue;
    const [file] = Object.values(UD_SPLITS[lang].test);
    const speed = measureSpeed(core, lang as Language, loadUd(projectRoot, [file]).slice(0, limit));
    speeds.push(
      `${lang}: tokenise+tag ${Math.round(speed.tag)} words/s, parse ${Math.round(speed.parse)} words/s`,
    );
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\nspeed (one core, warm): ${speeds.join('; ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
