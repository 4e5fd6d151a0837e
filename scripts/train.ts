/**
 * `npm run train -- --lang fr|en [--seeds 1,2,3 | --seed N] [--out path]`: trains the linguistic
 * core of one language from the UD treebanks in ../shared/data/ud and writes models/<lang>.bin.gz.
 * With several seeds, one model is trained per seed and their weights are averaged.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { modelPath } from '../src/models/core.ts';
import { loadUd, UD_SPLITS } from '../src/models/datasets.ts';
import { externalLexicon } from '../src/models/sources/index.ts';
import { averageCores, trainCore } from '../src/models/train.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    seed: { type: 'string' },
    seeds: { type: 'string' },
    out: { type: 'string' },
    'tagger-epochs': { type: 'string', default: '10' },
    'parser-epochs': { type: 'string', default: '16' },
    folds: { type: 'string', default: '4' },
    // Parser hash tables (log2 rows); the defaults are the language's UD_SPLITS.parserBits.
    'action-bits': { type: 'string' },
    'label-bits': { type: 'string' },
    'tagger-bits': { type: 'string', default: '20' },
    // Minimum count of a (UPOS, XPOS) pair to be a tag of its own; default UD_SPLITS.fineTagMinCount.
    'fine-min': { type: 'string' },
    // Ambiguity classes for words seen this often; default UD_SPLITS.tagCandidateMinCount.
    'tag-candidates-min': { type: 'string' },
    // Parser feature set (Parser.featureVersion); default UD_SPLITS.parserFeatures.
    'parser-features': { type: 'string' },
  },
});
const lang = values.lang ?? '';
const splits = UD_SPLITS[lang];
if (!splits) {
  console.error(`usage: npm run train -- --lang ${Object.keys(UD_SPLITS).join('|')}`);
  process.exit(2);
}
const started = Date.now();
const train = loadUd(projectRoot, splits.train);
console.log(
  `${lang}: ${train.length} sentences, ${train.reduce((n, s) => n + s.words.length, 0)} words from ${splits.train.join(' + ')}`,
);
const lexicon = externalLexicon(lang);
if (lexicon) console.log(`${lang}: external lexicon of ${lexicon.size} forms`);
// Several seeds give several models whose weights are averaged (see averageCores).
const seeds = (values.seeds ?? (values.seed ? values.seed : splits.seeds.join(','))).split(',').map(Number);
const cores = seeds.map((seed) => {
  console.log(`${lang}: seed ${seed}`);
  return trainCore(train, {
    lexicon,
    lang,
    seed,
    taggerEpochs: Number(values['tagger-epochs']),
    parserEpochs: Number(values['parser-epochs']),
    folds: Number(values.folds),
    trainedOn: splits.train,
    fineTagMinCount: Number(values['fine-min'] ?? splits.fineTagMinCount),
    parserFeatures: Number(values['parser-features'] ?? splits.parserFeatures),
    tagCandidateMinCount: Number(values['tag-candidates-min'] ?? splits.tagCandidateMinCount),
    bits: {
      tagger: Number(values['tagger-bits']),
      actions: Number(values['action-bits'] ?? splits.parserBits.actions),
      labels: Number(values['label-bits'] ?? splits.parserBits.labels),
    },
    log: (line) => console.log(`  ${line}`),
  });
});
const core = averageCores(cores);
const out = values.out ?? modelPath(lang);
const bytes = core.save(out);
console.log(
  `wrote ${out} (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
