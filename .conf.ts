import { LanguageCore, coreFor } from './src/models/core.ts';
import { loadUd } from './src/models/datasets.ts';
const [file, model] = [process.argv[2], process.argv[3]];
const core = model ? LanguageCore.load(model) : coreFor('en')!;
const sents = loadUd('.', [file]);
const conf = new Map<string, number>(); let attached = 0, wrongLab = 0, total = 0; const headErr = new Map<string, number>();
for (const s of sents) {
  const p = core.analyseWords(s.words.map((w) => w.form));
  s.words.forEach((g, i) => { total++;
    const gl = g.deprel.split(':')[0], pl = p[i].deprel.split(':')[0];
    if (p[i].head === g.head) { attached++; if (gl !== pl) { wrongLab++; const k = `${gl}->${pl}`; conf.set(k, (conf.get(k) ?? 0) + 1); } }
    else headErr.set(gl, (headErr.get(gl) ?? 0) + 1);
  });
}
console.log('total', total, 'attached', attached, 'wrong label', wrongLab);
console.log([...conf].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k} ${v}`).join('\n'));
console.log('head errors by gold label:', [...headErr].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k} ${v}`).join(', '));
