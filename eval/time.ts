/**
 * `npm run eval:time`: temporal expressions against the French TimeBank (ISO-TimeML, gold TIMEX3 and
 * creation dates). Extent P/R/F1 strict (same span) and relaxed (overlap), value F1 (overlap and same
 * value, as TempEval-3 scores it), on a dev half (even files by name, used for tuning), the held-out
 * half (odd files) and all, beside HeidelTime's published figures and a chrono-node baseline.
 * Options: --errors (list misses and false alarms of the dev half), --chrono (measure chrono-node now).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { Doc } from '../src/document/doc.ts';
import { segment } from '../src/stages/segment/index.ts';
import { findDates } from '../src/stages/time/index.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(resolve(projectRoot, '../shared'), 'data/time/fr-timebank');

interface Timex {
  start: number;
  end: number;
  text: string;
  value: string;
  type?: string;
}

interface TimebankDoc {
  name: string;
  dct: string;
  text: string;
  gold: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Plain text of the <TEXT> element with the TIMEX3 spans in it (entities decoded, offsets in the plain text). */
export function parseTimeml(name: string, xml: string): TimebankDoc {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? '';
  const body = xml.slice(xml.indexOf('<TEXT>') + 6, xml.indexOf('</TEXT>'));
  let text = '';
  const gold: Timex[] = [];
  let open: { start: number; value: string; type: string } | undefined;
  for (const m of body.matchAll(/<[^>]+>|[^<]+/g)) {
    const piece = m[0];
    if (piece.startsWith('<TIMEX3')) {
      open = {
        start: text.length,
        value: /value="([^"]*)"/.exec(piece)?.[1] ?? '',
        type: /type="([^"]*)"/.exec(piece)?.[1] ?? '',
      };
    } else if (piece.startsWith('</TIMEX3') && open) {
      gold.push({
        start: open.start,
        end: text.length,
        text: text.slice(open.start, text.length),
        value: open.value,
        type: open.type,
      });
      open = undefined;
    } else if (!piece.startsWith('<')) {
      text += piece.replace(/&(\w+);/g, (all, e: string) => ENTITIES[e] ?? all);
    }
  }
  return { name, dct, text, gold };
}

function loadCorpus(): TimebankDoc[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeml(f, readFileSync(join(corpusDir, f), 'utf8')));
}

function relataTimexes(doc: TimebankDoc): Timex[] {
  const d = new Doc(doc.text, { language: 'fr', published: doc.dct });
  segment.run(d);
  return findDates(d);
}

/** chrono-node's French parser, values built from the components it knows. */
function chronoTimexes(doc: TimebankDoc): Timex[] {
  const ref = new Date(`${doc.dct}T12:00:00Z`);
  return chrono.fr.parse(doc.text, ref).map((r) => {
    const c = r.start;
    const pad = (n: number) => String(n).padStart(2, '0');
    let value = String(c.get('year'));
    if (c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday'))
      value += `-${pad(c.get('month') ?? 1)}`;
    if (c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('day') ?? 1)}`;
    if (c.isCertain('hour')) value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, value };
  });
}

interface Tally {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
}

function score(gold: Timex[], predicted: Timex[], tally: Tally, errors?: string[], name?: string): void {
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i];
      if (used.has(i) || p.end <= g.start || g.end <= p.start) continue;
      if (best < 0 || (p.start === g.start && p.end === g.end)) best = i;
    }
    if (best < 0) {
      errors?.push(`${name}  MISS  "${g.text}" ${g.value} ${g.type ?? ''}`);
      continue;
    }
    used.add(best);
    const p = predicted[best];
    tally.relaxed++;
    if (p.start === g.start && p.end === g.end) tally.strict++;
    else errors?.push(`${name}  SPAN  gold "${g.text}" got "${p.text}"`);
    if (p.value === g.value) tally.value++;
    else errors?.push(`${name}  VALUE "${g.text}" gold ${g.value} got ${p.value}`);
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) errors?.push(`${name}  FALSE "${p.text}" ${p.value}`);
  });
}

function f1(correct: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function evaluateSplit(docs: TimebankDoc[], system: (d: TimebankDoc) => Timex[], errors?: string[]): Tally {
  const tally: Tally = { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0 };
  for (const doc of docs) score(doc.gold, system(doc), tally, errors, doc.name.replace(/\.tml$/, ''));
  return tally;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(label: string, t: Tally): string {
  const s = f1(t.strict, t.predicted, t.gold);
  const r = f1(t.relaxed, t.predicted, t.gold);
  const v = f1(t.value, t.predicted, t.gold);
  return `${label.padEnd(28)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f)}   ${pct(r.p)} ${pct(r.r)} ${pct(r.f)}   ${pct(v.f)}   ${String(t.gold).padStart(4)} ${String(t.predicted).padStart(4)}`;
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const corpus = loadCorpus();
  const dev = corpus.filter((_, i) => i % 2 === 0);
  const test = corpus.filter((_, i) => i % 2 === 1);
  const errors: string[] = [];
  console.log(
    `French TimeBank: ${corpus.length} documents (dev = even files by name, ${dev.length}; test = odd, ${test.length})\n`,
  );
  console.log(`${''.padEnd(28)} strict extent       relaxed extent      value   gold pred`);
  console.log(`${'system'.padEnd(28)}     P     R    F1       P     R    F1      F1`);
  console.log(
    row('relata dev', evaluateSplit(dev, relataTimexes, args.has('--errors') ? errors : undefined)),
  );
  console.log(row('relata test (held out)', evaluateSplit(test, relataTimexes)));
  const all = evaluateSplit(corpus, relataTimexes);
  console.log(row('relata all', all));
  if (args.has('--chrono'))
    console.log(row('chrono-node fr (measured)', evaluateSplit(corpus, chronoTimexes)));
  console.log(`${'HeidelTime (published)'.padEnd(28)}     -     -  86.0       -     -  91.0    73.6`);
  console.log(`${'chrono-node fr (baseline)'.padEnd(28)}     -     -  35.0       -     -  68.0    49.0`);
  const s = f1(all.strict, all.predicted, all.gold).f;
  const r = f1(all.relaxed, all.predicted, all.gold).f;
  const v = f1(all.value, all.predicted, all.gold).f;
  console.log(
    `\ntargets (all): strict ≥ 88.0 ${s >= 0.88 ? 'met' : 'NOT met'}, relaxed ≥ 92.0 ${r >= 0.92 ? 'met' : 'NOT met'}, value ≥ 80.0 ${v >= 0.8 ? 'met' : 'NOT met'}`,
  );
  if (errors.length) console.log(`\n${errors.join('\n')}`);
}

main();
