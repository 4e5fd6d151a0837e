/**
 * Quick check of entities and places against ../shared/gold (not a test: prints scores).
 *   node --import tsx test/entities/gold-check.ts [-v [--mentions]] [--gold DIR]
 * An entity counts as found when a predicted entity shares a mention span with it and has the
 * gold canonical name (or one of its aliases) and actor code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foldName } from '../../src/knowledge/actors/names.ts';
import { distanceKm } from '../../src/knowledge/geo/index.ts';
import { analyse } from './helpers.ts';

const goldArg = process.argv.indexOf('--gold');
const goldDir =
  goldArg > 0
    ? resolve(process.argv[goldArg + 1])
    : join(resolve(import.meta.dirname, '../..', '../shared'), 'gold');
const verbose = process.argv.includes('-v');
let found = 0,
  total = 0,
  mentionsFound = 0,
  mentionsTotal = 0,
  spanFound = 0,
  placesOk = 0,
  placesTotal = 0;
for (const file of readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
  const text = readFileSync(join(goldDir, file.replace('.gold.json', '.txt')), 'utf8');
  const doc = analyse(text, gold.language, gold.published);
  let fileFound = 0;
  for (const g of gold.entities) {
    total++;
    const spans = new Set(g.mentions.map((m: { span: number[] }) => m.span[0]));
    const candidates = doc.entities.filter((e) => e.mentions.some((m) => spans.has(m.start)));
    if (candidates.length > 0) spanFound++;
    const names = [g.canonical, ...(g.aliases ?? [])].map(foldName);
    const ok = candidates.find(
      (e) => names.includes(foldName(e.name)) && (e.actor ?? null) === (g.actor ?? null),
    );
    // Coreference: each gold mention must be a mention of the entity with the gold name.
    const named = doc.entities.filter((e) => names.includes(foldName(e.name)));
    for (const m of g.mentions as { span: number[]; text: string }[]) {
      mentionsTotal++;
      if (named.some((e) => e.mentions.some((x) => x.start === m.span[0]))) mentionsFound++;
      else if (verbose && process.argv.includes('--mentions'))
        console.log(`  mention miss ${file}: ${g.canonical} ← "${m.text}" @${m.span[0]}`);
    }
    if (ok) {
      found++;
      fileFound++;
    } else if (verbose)
      console.log(
        `  miss ${file}: ${g.canonical} ${g.actor} ← ${candidates.map((e) => `${e.name} ${e.actor}`).join('; ') || '(none)'}`,
      );
  }
  for (const p of gold.places) {
    placesTotal++;
    // Case-insensitive like eval/gold-score.ts: a dateline writes "ADEN".
    const wanted = foldName(p.text);
    const hit = doc.places.find((q) => foldName(q.text) === wanted || foldName(q.text).includes(wanted));
    const ok =
      hit &&
      hit.country === p.country &&
      hit.lat !== undefined &&
      distanceKm(hit as { lat: number; lon: number }, p) <= 25;
    if (ok) placesOk++;
    else if (verbose)
      console.log(
        `  place miss ${file}: ${p.text} ${p.country} ← ${hit ? `${hit.name} ${hit.country}` : '(none)'}`,
      );
  }
  console.log(`${file}: ${fileFound}/${gold.entities.length}`);
}
console.log(
  `entities: ${found}/${total} = ${((100 * found) / total).toFixed(1)}% (span found ${spanFound}); places: ${placesOk}/${placesTotal}; mentions: ${mentionsFound}/${mentionsTotal}`,
);
