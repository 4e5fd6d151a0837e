/**
 * Developer tool: writes en.CAMEO.2.0.verbs.txt, a compact copy of PETRARCH2's CAMEO.2.0.txt
 * (MIT, Open Event Data Alliance) without comments and blank lines, keeping its licence header.
 *   node --import tsx src/knowledge/dictionaries/compile.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = resolve(here, '../../../../shared/data/petrarch/CAMEO.2.0.txt');
const lines = readFileSync(source, 'utf8').split(/\r?\n/);
const licenceStart = lines.findIndex((l) => l.includes('The MIT License'));
const licenceEnd = lines.findIndex(
  (l, i) => i > licenceStart && l.includes('OTHER DEALINGS IN THE SOFTWARE'),
);
const header = [
  '# CAMEO verb-pattern dictionary of PETRARCH2 (openeventdata/petrarch2, CAMEO.2.0.txt, last update 30 April 2015),',
  '# compacted by relata (comments and blank lines removed; content unchanged). Original licence:',
  ...lines.slice(licenceStart, licenceEnd + 1),
  '@lang en',
];
const body: string[] = [];
for (const raw of lines) {
  const hash = raw.indexOf('#');
  const line = (hash >= 0 ? raw.slice(0, hash) : raw).replace(/\s+/g, ' ').trim();
  if (line) body.push(line);
}
writeFileSync(join(here, 'en.CAMEO.2.0.verbs.txt'), `${[...header, ...body].join('\n')}\n`);
console.log(`wrote ${body.length} lines`);
