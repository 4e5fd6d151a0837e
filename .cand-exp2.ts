import { coreFor } from './src/models/core.ts';
import { loadUd, UD_SPLITS } from './src/models/datasets.ts';
import { evaluateGold } from './eval/ud.ts';
const lang = process.argv[2] ?? 'en';
const core = coreFor(lang)!;
const p = core.parser;
const train = loadUd('.', UD_SPLITS[lang].train);
const tagIndex = new Map(p.tags.map((t, i) => [t, i]));
const labIndex = new Map(p.labels.map((t, i) => [t, i]));
const tune = loadUd('.', UD_SPLITS[lang].tune);
const data = train.map((s) => ({ tags: Int32Array.from(s.words, (w) => tagIndex.get(w.upos) ?? 0), heads: Int32Array.from(s.words, (w) => w.head), labels: Int32Array.from(s.words, (w) => labIndex.get(w.deprel) ?? 0) }));
// predicted tags on train (like jackknifed but not held out)
const pdata = train.map((s, i) => ({ ...data[i], tags: core.tag(s.words.map((w) => w.form)) }));
console.log('none', evaluateGold(core, tune).las.toFixed(2));
for (const min of [1, 5, 20, 100]) {
  p.learnLabelCandidates(data, min); const a = evaluateGold(core, tune).las.toFixed(2);
  p.learnLabelCandidates([...data, ...pdata], min); const b = evaluateGold(core, tune).las.toFixed(2);
  console.log('min', min, 'gold-tag table', a, 'gold+pred-tag table', b);
}
