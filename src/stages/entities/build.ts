/**
 * Build step (not run at analysis time): derives src/lang/<lang>/entities-common-words.txt, the
 * frequent non-proper words of each language, from Universal Dependencies training treebanks
 * (../shared/data/ud/). A capitalised sentence-initial word on this list is not a name.
 *
 *   node --import tsx src/stages/entities/build.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '../../..');
const ud = join(resolve(projectRoot, '../shared'), 'data/ud');

const SOURCES: Record<string, { files: string[]; licence: string }> = {
  fr: {
    files: ['fr_sequoia-ud-train.conllu', 'fr_gsd-ud-dev.conllu'],
    licence: 'UD French-Sequoia (LGPL-LR) and UD French-GSD dev (CC BY-SA 4.0)',
  },
  en: { files: ['en_ewt-ud-train.conllu'], licence: 'UD English-EWT train (CC BY-SA 4.0)' },
};

for (const [lang, { files, licence }] of Object.entries(SOURCES)) {
  const common = new Map<string, number>();
  const proper = new Map<string, number>();
  for (const file of files) {
    for (const line of readFileSync(join(ud, file), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const cols = line.split('\t');
      if (cols.length < 4 || cols[0].includes('.')) continue;
      const form = cols[1].toLowerCase();
      if (!/^\p{L}[\p{L}'’-]*$/u.test(form)) continue;
      // Contractions ("au", "du") are multiword-token lines without a tag: function words.
      const target = cols[3] === 'PROPN' ? proper : common;
      target.set(form, (target.get(form) ?? 0) + 1);
    }
  }
  const words = [...common.entries()]
    .filter(([w, n]) => n >= 3 && (proper.get(w) ?? 0) * 4 < n)
    .map(([w]) => w)
    .sort();
  writeFileSync(
    join(projectRoot, 'src/lang', lang, 'entities-common-words.txt'),
    `# Frequent words that are not proper names, derived from ${licence} by src/stages/entities/build.ts.\n${words.join('\n')}\n`,
  );
  console.log(`${lang}: ${words.length} common words`);
}
