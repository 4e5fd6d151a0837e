import { LanguageCore } from './src/models/core.ts';
import { loadUd, UD_SPLITS } from './src/models/datasets.ts';
import { evaluateGold } from './eval/ud.ts';
const [lang, model] = [process.argv[2], process.argv[3]];
const core = LanguageCore.load(model);
const table = core.parser.labelCandidateTable();
const tune = loadUd('.', UD_SPLITS[lang].tune);
const test = loadUd('.', Object.values(UD_SPLITS[lang].test));
const tagged = test.map((s) => s.words.map((w) => w.form)).map((w) => ({ w, t: core.tag(w) }));
const words = tagged.reduce((n, s) => n + s.w.length, 0);
const best: Record<string, number> = {};
const settings: [string, () => void][] = [['all', () => core.parser.setLabelCandidates(table, 1e9)], ...[1, 5, 20, 100].map((m) => [`min${m}`, () => core.parser.setLabelCandidates(table, m)] as [string, () => void])];
for (let r = 0; r < 4; r++) for (const [name, set] of settings) { set(); const t0 = performance.now(); for (const s of tagged) core.parse(s.w, s.t); best[name] = Math.max(best[name] ?? 0, words / (performance.now() - t0) * 1000); }
for (const [name, set] of settings) { set(); const d = evaluateGold(core, tune); const t = evaluateGold(core, test); console.log(name.padEnd(7), `dev LAS ${d.las.toFixed(2)} UAS ${d.uas.toFixed(2)} | test LAS ${t.las.toFixed(2)} UAS ${t.uas.toFixed(2)} UPOS ${t.upos.toFixed(2)} | parse ${best[name].toFixed(0)} w/s`); }
