import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from './src/document/doc.ts';
import { coreFor } from './src/models/core.ts';
import { defaultPipeline } from './src/pipeline/default.ts';
import { syntax } from './src/stages/syntax/index.ts';

const goldDir = '../shared/gold';
const pipeline = defaultPipeline();
const docs: Doc[] = [];
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  docs.push(pipeline.analyse(readFileSync(join(goldDir, gold.document), 'utf8'), { published: gold.published }));
}
const sents: { lang: string; tokens: string[] }[] = [];
let ntok = 0;
for (const d of docs) for (const s of d.sentences) { const t = d.tokens.slice(s.firstToken, s.lastToken).map((x) => x.text); sents.push({ lang: d.language!, tokens: t }); ntok += t.length; }
const time = (name: string, fn: () => void) => { let best = Infinity; for (let r = 0; r < 7; r++) { const t0 = performance.now(); fn(); best = Math.min(best, performance.now() - t0); } console.log(name.padEnd(14), (ntok / best * 1000).toFixed(0).padStart(9), 'tok/s', best.toFixed(1), 'ms'); };
const cores = { fr: coreFor('fr')!, en: coreFor('en')! } as Record<string, ReturnType<typeof coreFor> & {}>;
const expanded = sents.map((s) => ({ lang: s.lang, ...cores[s.lang].mwt.expand(s.tokens) }));
const tagged = expanded.map((s) => ({ ...s, tags: cores[s.lang].tag(s.words) }));
time('mwt', () => { for (const s of sents) cores[s.lang].mwt.expand(s.tokens); });
time('tag', () => { for (const s of expanded) cores[s.lang].tag(s.words); });
time('parse', () => { for (const s of tagged) cores[s.lang].parse(s.words, s.tags); });
time('lemma+feats', () => { for (const s of tagged) { const c = cores[s.lang]; for (let i = 0; i < s.words.length; i++) { const u = c.tagger.upos[s.tags[i]]; c.morph.feats(s.words[i], u); c.lemmatizer.lemma(s.words[i], u); } } });
time('analyseTokens', () => { for (const s of sents) cores[s.lang].analyseTokens(s.tokens); });
time('syntax stage', () => { for (const d of docs) syntax.run(d); });
console.log('tokens', ntok, 'sentences', sents.length);
