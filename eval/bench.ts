/**
 * Throughput of the pipeline: documents/s, tokens/s per stage, store writes/s and peak memory.
 * Corpus: the gold articles (../shared/gold) when present, plus the bundled samples, repeated
 * until the run lasts a few seconds.   npm run bench [-- --seconds N]
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toAnalysis } from '../src/document/analysis.ts';
import { Doc } from '../src/document/doc.ts';
import type { Language } from '../src/document/types.ts';
import { readInput } from '../src/input/read.ts';
import { coreFor } from '../src/models/core.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import type { StageTiming } from '../src/pipeline/pipeline.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { measureSpeed } from './ud.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '6' } } });
const budgetMs = Number(values.seconds) * 1000;

const corpus: { text: string; published?: string }[] = [];
const goldDir = resolve(root, '../shared/gold');
if (existsSync(goldDir)) {
  for (const f of readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    corpus.push({ text: readFileSync(join(goldDir, gold.document), 'utf8'), published: gold.published });
  }
}
for (const lang of ['fr', 'en']) {
  for (const f of readdirSync(join(root, 'samples', lang)).sort()) {
    const raw = await readInput(join(root, 'samples', lang, f));
    corpus.push({ text: raw.text, published: raw.published });
  }
}

const pipeline = defaultPipeline();
// Warm-up: loads models and dictionaries once, like a long-running ingest would.
const warmStart = performance.now();
for (const item of corpus) pipeline.analyse(item.text, { published: item.published });
const warmMs = performance.now() - warmStart;

const perStage = new Map<string, number>();
let documents = 0;
let tokens = 0;
let characters = 0;
const start = performance.now();
while (performance.now() - start < budgetMs) {
  for (const item of corpus) {
    const timings: StageTiming[] = [];
    const doc = pipeline.run(new Doc(item.text, { published: item.published }), timings);
    for (const t of timings) perStage.set(t.stage, (perStage.get(t.stage) ?? 0) + t.ms);
    documents++;
    tokens += doc.tokens.length;
    characters += doc.text.length;
  }
}
const elapsed = performance.now() - start;

const dbPath = join(tmpdir(), `relata-bench-${process.pid}.db`);
const store = new SqliteStore(dbPath);
const analyses = corpus.map((item, i) =>
  toAnalysis(pipeline.analyse(`${item.text}\n#${i}`, { published: item.published })),
);
const storeStart = performance.now();
let stored = 0;
for (let round = 0; performance.now() - storeStart < Math.min(2000, budgetMs / 3); round++) {
  for (const a of analyses) {
    await store.save({ ...a, document: { ...a.document, text: `${a.document.text}${round}` } }, 'bench');
    stored++;
  }
}
const storeMs = performance.now() - storeStart;
await store.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });

// The linguistic core timed apart: tokenise + tag, then parse, over the corpus sentences.
const coreSpeed: string[] = [];
for (const lang of ['fr', 'en'] as Language[]) {
  const core = coreFor(lang);
  if (!core) continue;
  const sentences = corpus
    .map((item) => pipeline.analyse(item.text, { published: item.published }))
    .filter((doc) => doc.language === lang)
    .flatMap((doc) => doc.sentences.map((s) => ({ text: doc.slice(s) })));
  const repeated = Array.from({ length: 20 }, () => sentences).flat();
  const speed = measureSpeed(core, lang, repeated as never);
  coreSpeed.push(
    `${lang}: tokenise+tag ${Math.round(speed.tag).toLocaleString('en-US')} words/s, parse ${Math.round(speed.parse).toLocaleString('en-US')} words/s`,
  );
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);
console.log(
  `relata bench — ${corpus.length} distinct articles, ${documents} analyses in ${(elapsed / 1000).toFixed(1)} s (Node ${process.version}, one core)`,
);
console.log(`first pass incl. model loading: ${(warmMs / 1000).toFixed(2)} s\n`);
console.log('stage           total ms     tokens/s');
for (const [stage, ms] of perStage)
  console.log(`${stage.padEnd(12)} ${fmt(ms)} ${ms > 0 ? fmt((tokens / ms) * 1000) : '           ∞'}`);
console.log(`${'pipeline'.padEnd(12)} ${fmt(elapsed)} ${fmt((tokens / elapsed) * 1000)}`);
console.log(`\ndocuments/s        ${fmt((documents / elapsed) * 1000)}`);
console.log(`tokens/s           ${fmt((tokens / elapsed) * 1000)}`);
console.log(`characters/s       ${fmt((characters / elapsed) * 1000)}`);
console.log(`store writes/s     ${fmt((stored / storeMs) * 1000)}  (SQLite, one transaction per document)`);
console.log(`\nlinguistic core (warm, one core): ${coreSpeed.join('; ')}`);
console.log(`peak RSS           ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
