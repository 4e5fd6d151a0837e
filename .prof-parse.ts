import { coreFor } from './src/models/core.ts';
import { loadUd } from './src/models/datasets.ts';
const lang = process.argv[2] ?? 'en';
const file = lang === 'en' ? 'en_ewt-ud-test.conllu' : 'fr_gsd-ud-test.conllu';
const core = coreFor(lang)!;
const sents = loadUd('.', [file]).map((s) => s.words.map((w) => w.form));
const tagged = sents.map((w) => ({ w, t: core.tag(w) }));
const words = sents.reduce((n, s) => n + s.length, 0);
for (let r = 0; r < 6; r++) { const t0 = performance.now(); for (const s of tagged) core.parse(s.w, s.t); const dt = performance.now() - t0; console.log(`parse ${(words / dt * 1000).toFixed(0)} w/s`); }
