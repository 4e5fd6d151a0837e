// dev scores of a model with and without its candidate restrictions
import { LanguageCore } from './src/models/core.ts';
import { loadUd, UD_SPLITS } from './src/models/datasets.ts';
import { evaluateGold } from './eval/ud.ts';
const [lang, model, which] = [process.argv[2], process.argv[3], process.argv[4] ?? 'tune'];
const core = LanguageCore.load(model);
const files = which === 'tune' ? UD_SPLITS[lang].tune : Object.values(UD_SPLITS[lang].test);
const tagC = core.tagger.candidateTable(); const labC = core.parser.labelCandidateTable();
for (const f of files) {
  const sents = loadUd('.', [f]);
  const fmt = (x: ReturnType<typeof evaluateGold>) => `UPOS ${x.upos.toFixed(2)} lemma ${x.lemma.toFixed(2)} UAS ${x.uas.toFixed(2)} LAS ${x.las.toFixed(2)} ${x.wordsPerSecond.toFixed(0)}w/s`;
  console.log(f, 'both      ', fmt(evaluateGold(core, sents)));
  core.tagger.setCandidates({}); console.log(f, 'labels    ', fmt(evaluateGold(core, sents)));
  core.parser.setLabelCandidates([]); console.log(f, 'none      ', fmt(evaluateGold(core, sents)));
  core.tagger.setCandidates(tagC); console.log(f, 'tags      ', fmt(evaluateGold(core, sents)));
  core.parser.setLabelCandidates(labC);
}
