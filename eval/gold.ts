/**
 * Scores the pipeline against the hand-made gold articles (../shared/gold/*.gold.json, or --gold DIR):
 * per layer and per language precision / recall / F1, and exits non-zero below eval/thresholds.json.
 * New gold files dropped in the folder are picked up without code changes.
 *   npm run eval [-- --gold DIR] [--article SLUG] [--verbose] [--strict-codes]
 * Events match on CAMEO root, or on a root the gold note calls acceptable (not with --strict-codes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { emptyAnalysis } from '../src/document/analysis.ts';
import type { Language } from '../src/document/types.ts';
import { analyze } from '../src/index.ts';
import {
  acceptedRoots,
  addCounts,
  type Counts,
  emptyCounts,
  eventMatches,
  type GoldFile,
  LAYERS,
  type LayerName,
  prf,
  sameName,
  scoring,
  sourceNameRight,
} from './gold-score.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: resolve(here, '../../shared/gold') },
    article: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'strict-codes': { type: 'boolean', default: false },
  },
});

const goldDir = values.gold!;
scoring.strictCodes = values['strict-codes']!;
if (!existsSync(goldDir)) {
  console.error(`relata eval: gold folder not found: ${goldDir}`);
  process.exit(2);
}
const files = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .filter((f) => !values.article || f.startsWith(values.article))
  .sort();

type Totals = Record<LayerName, Counts>;
const newTotals = () => Object.fromEntries(Object.keys(LAYERS).map((k) => [k, emptyCounts()])) as Totals;
const byLanguage = new Map<string, Totals>([['all', newTotals()]]);
let crashed = false;

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const ratio = (a: number, b: number) => `${a}/${b}`.padStart(7);

console.log(`relata eval — ${files.length} gold articles from ${goldDir}\n`);
console.log(
  'article                                   quotes spkr   sources  dates  value   places geo    entities actor  events(req) ',
);
for (const file of files) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFile;
  const text = readFileSync(join(goldDir, gold.document), 'utf8');
  let analysis: ReturnType<typeof analyze>;
  try {
    analysis = analyze(text, { language: gold.language as Language, published: gold.published });
  } catch (error) {
    // A crash scores as nothing found for this article, and fails the run.
    console.log(
      `${basename(file, '.gold.json').padEnd(40)} CRASH: ${(error as Error).stack?.split('\n').slice(0, 2).join(' ')}`,
    );
    crashed = true;
    analysis = emptyAnalysis(gold.language, text);
  }
  const lang = gold.language;
  if (!byLanguage.has(lang)) byLanguage.set(lang, newTotals());
  const row: string[] = [];
  for (const [name, layer] of Object.entries(LAYERS) as [LayerName, (typeof LAYERS)[LayerName]][]) {
    const counts = layer.score(gold, analysis);
    for (const key of [lang, 'all'])
      byLanguage.get(key)![name] = addCounts(byLanguage.get(key)![name], counts);
    row.push(
      name === 'events'
        ? `${counts.tp}/${counts.gold} +${counts.predicted - counts.correct}fp`
        : `${ratio(counts.tp, counts.gold)}${ratio(counts.extra, counts.extraOf)}`,
    );
  }
  console.log(`${basename(file, '.gold.json').padEnd(40)} ${row.join(' ')}`);
  if (values.verbose) printMisses(gold, analysis);
}

// Floors per gold folder (keyed by its name: "gold", "dev-gold"), per language, per layer.
const allThresholds = JSON.parse(readFileSync(join(here, 'thresholds.json'), 'utf8')) as Record<
  string,
  Record<
    string,
    Partial<Record<LayerName, { f1?: number; extra?: number; recall?: number; precision?: number }>>
  >
>;
const thresholds = allThresholds[basename(resolve(goldDir))] ?? {};
let failed = crashed;
for (const [lang, totals] of byLanguage) {
  console.log(`\n== ${lang} ==`);
  console.log('layer       gold  found      P      R     F1   extra');
  for (const [name, layer] of Object.entries(LAYERS) as [LayerName, (typeof LAYERS)[LayerName]][]) {
    const c = totals[name];
    const { p, r, f1 } = prf(c);
    const extra = c.extraOf
      ? `${layer.extra} ${pct(c.extra / c.extraOf)}% (${c.extra}/${c.extraOf})`
      : `${layer.extra}    -`;
    console.log(
      `${name.padEnd(10)} ${String(c.gold).padStart(5)} ${String(c.tp).padStart(6)} ${pct(p)}  ${pct(r)}  ${pct(f1)}   ${extra}`,
    );
    const floor = thresholds[lang]?.[name];
    if (!floor) continue;
    const checks: [string, number, number | undefined][] = [
      ['F1', f1, floor.f1],
      ['recall', r, floor.recall],
      ['precision', p, floor.precision],
      [layer.extra, c.extraOf ? c.extra / c.extraOf : 1, floor.extra],
    ];
    for (const [what, value, min] of checks) {
      if (min !== undefined && value + 1e-9 < min) {
        console.log(`   below threshold: ${lang} ${name} ${what} ${pct(value)}% < ${pct(min)}%`);
        failed = true;
      }
    }
  }
}
if (values.article) process.exit(0);
process.exit(failed ? 1 : 0);

function printMisses(gold: GoldFile, analysis: ReturnType<typeof analyze>): void {
  const covered = (span: [number, number]) =>
    analysis.quotes.find(
      (q) => Math.min(q.end, span[1]) - Math.max(q.start, span[0]) >= 0.8 * (span[1] - span[0]),
    );
  for (const q of gold.quotes) {
    const hit = covered(q.span);
    if (!hit) console.log(`   quote missed: ${q.text.slice(0, 70)}`);
    else if (!sameName(gold, q.speaker, hit.speaker?.name))
      console.log(`   speaker: gold ${q.speaker}, got ${hit.speaker?.name}`);
  }
  for (const s of gold.sources) {
    const hit = analysis.sources.find((p) => p.start < s.span[1] && p.end > s.span[0]);
    if (!hit) console.log(`   source missed: ${s.source} (${s.cue})`);
    else if (!sourceNameRight(gold, s.source, analysis, analysis.sources.indexOf(hit)))
      console.log(`   source: gold ${s.source}, got ${hit.source?.name}`);
  }
  for (const d of gold.dates) {
    const hit = analysis.dates.find((p) => p.start < d.span[1] && p.end > d.span[0]);
    if (!hit || hit.value !== d.value)
      console.log(`   date: ${d.text} gold ${d.value}, got ${hit ? `${hit.text}=${hit.value}` : 'nothing'}`);
  }
  const code = (ref: { actor?: string | null; country?: string | null } | null) =>
    ref ? (ref.actor ?? ref.country ?? '?') : '-';
  for (const e of gold.events.filter((x) => x.required)) {
    const pool = analysis.events.filter((p) => p.negated === Boolean(e.negated));
    if (pool.some((p) => eventMatches(e, p))) continue;
    const near = pool
      .filter((p) => acceptedRoots(e).has(p.root))
      .map((p) => `${code(p.source)}→${code(p.target)}`);
    console.log(
      `   event missed: ${e.id} ${e.cameo} ${e.source}→${e.target}${near.length ? ` (same root: ${near.join(', ')})` : ''} «${(e.cue ?? '').slice(0, 70)}»`,
    );
  }
  const positives = gold.events.filter((g) => !g.negated);
  for (const p of analysis.events.filter((x) => !x.negated)) {
    if (positives.some((g) => eventMatches(g, p))) continue;
    const text = analysis.document.text;
    const trigger = p.trigger ? text.slice(p.trigger.start, p.trigger.end) : '';
    const clause = text.slice(p.start, p.end).replace(/\s+/g, ' ');
    console.log(
      `   event extra: ${p.cameo} ${code(p.source)}→${code(p.target)} [${trigger}] «${clause.slice(0, 90)}»`,
    );
  }
}
