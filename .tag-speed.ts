import { LanguageCore } from './src/models/core.ts';
import { loadUd } from './src/models/datasets.ts';
const sents = loadUd('.', ['en_ewt-ud-dev.conllu']).map((s) => s.words.map((w) => w.form));
const words = sents.reduce((n, s) => n + s.length, 0);
const cores = process.argv.slice(2).map((p) => [p, LanguageCore.load(p)] as const);
for (let r = 0; r < 3; r++) for (const [p, c] of cores) { let best = 0; for (let k = 0; k < 3; k++) { const t0 = performance.now(); for (const s of sents) c.tag(s); best = Math.max(best, words / (performance.now() - t0) * 1000); } console.log(p, c.tagger.tags.length, 'tags', best.toFixed(0), 'w/s'); }
