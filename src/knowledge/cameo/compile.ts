/**
 * Developer tool: compiles the CAMEO code list and the CAMEO→PLOVER mapping from ../shared/data
 * into src/knowledge/cameo/cameo.tsv (committed). Runtime reads only cameo.tsv.
 *   node --import tsx src/knowledge/cameo/compile.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../../../shared/data');

interface PloverCell {
  plover: string;
  mode: string;
  context: string;
}

function readPloverMapping(): Map<string, PloverCell> {
  const out = new Map<string, PloverCell>();
  for (const raw of readFileSync(join(shared, 'plover/CAMEO2PLOVER-2021.txt'), 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^(\d+):\s*(.*)$/.exec(line);
    if (!m || out.has(m[1])) continue;
    const [plover = '', mode = '', context = ''] = m[2].split(',').map((c) => c.trim());
    out.set(m[1], { plover, mode, context: context.replace(/\s*;\s*/g, ';') });
  }
  for (const raw of readFileSync(join(here, 'plover-supplement.tsv'), 'utf8').split('\n')) {
    if (raw.startsWith('#') || !raw.trim()) continue;
    const [code, plover = '', mode = '', context = ''] = raw.split('\t').map((c) => c.trim());
    if (!out.has(code)) out.set(code, { plover, mode, context });
  }
  return out;
}

const plover = readPloverMapping();
const rows = ['# code\troot\tquad\tgoldstein\tplover\tmode\tcontext\tdescription'];
const codes = readFileSync(join(shared, 'cameo/cameo_event_codes.tsv'), 'utf8').split('\n').slice(1);
for (const line of codes) {
  if (!line.trim()) continue;
  const [code, root, quad, goldstein, description] = line.split('\t');
  const p = plover.get(code) ?? { plover: '', mode: '', context: '' };
  rows.push([code, root, quad, goldstein, p.plover, p.mode, p.context, description.trim()].join('\t'));
}
writeFileSync(join(here, 'cameo.tsv'), `${rows.join('\n')}\n`);
console.log(`wrote ${rows.length - 1} CAMEO codes`);
