import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluateGold } from '../../eval/ud.ts';
import { parseConllu } from '../../src/models/conllu.ts';
import { coreFor, modelPath } from '../../src/models/core.ts';
import { loadUd, UD_SPLITS, udDir } from '../../src/models/datasets.ts';
import { applyScript, editScript } from '../../src/models/lemmatizer.ts';
import { averageCores, trainCore } from '../../src/models/train.ts';
import { ROOT } from '../helpers.ts';

const haveTreebanks = existsSync(join(udDir(ROOT), 'fr_sequoia-ud-train.conllu'));

test('committed models exist for French and English and load once per process', () => {
  for (const lang of ['fr', 'en']) {
    assert.ok(existsSync(modelPath(lang)), `${modelPath(lang)} is committed`);
    const core = coreFor(lang);
    assert.ok(core, `${lang} core loads`);
    assert.equal(coreFor(lang), core, 'cached');
    assert.ok(core.tagger.upos.includes('VERB'));
    assert.ok(core.parser.labels.includes('nsubj'));
  }
  assert.equal(coreFor('xx'), null);
});

test('CoNLL-U reader keeps multi-word tokens as surface tokens over syntactic words', () => {
  const [s] = parseConllu(
    [
      '# text = Il parle du pays.',
      '1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_',
      '2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_',
      '3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_',
      '3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_',
      '4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_',
      '5\tpays\tpays\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No',
      '6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    s.tokens.map((t) => t.form),
    ['Il', 'parle', 'du', 'pays', '.'],
  );
  assert.deepEqual(
    s.words.map((w) => w.form),
    ['Il', 'parle', 'de', 'le', 'pays', '.'],
  );
  assert.equal(s.words[2].token, 2);
  assert.equal(s.words[3].token, 2);
  assert.equal(s.words[0].head, 1);
  assert.equal(s.words[1].head, -1);
  assert.deepEqual([s.tokens[2].start, s.tokens[2].end], [9, 11]);
});

test('lemma edit scripts transfer between words sharing a suffix', () => {
  const script = editScript('chantaient', 'chanter');
  assert.equal(applyScript('dansaient', 'dansaient', script), 'danser');
  assert.equal(applyScript('Paris', 'paris', editScript('Paris', 'Paris')), 'Paris');
  assert.equal(applyScript('Les', 'les', editScript('les', 'le')), 'le');
});

test('French contractions split into UD words, the indefinite "des" stays one word', () => {
  const core = coreFor('fr');
  assert.ok(core);
  const forms = (tokens: string[]) => core.mwt.expand(tokens).words;
  assert.deepEqual(forms(['Il', 'parle', 'du', 'pays', 'et', 'aux', 'voisins']), [
    'Il',
    'parle',
    'de',
    'le',
    'pays',
    'et',
    'à',
    'les',
    'voisins',
  ]);
  assert.deepEqual(forms(['Au', 'total']), ['À', 'le', 'total']);
  assert.deepEqual(forms(['Il', 'a', 'vu', 'des', 'soldats']), ['Il', 'a', 'vu', 'des', 'soldats']);
  assert.deepEqual(forms(['la', 'plupart', 'des', 'soldats']), ['la', 'plupart', 'de', 'les', 'soldats']);
});

test('training is deterministic given a seed', { skip: !haveTreebanks && 'no ../shared treebanks' }, () => {
  const slice = loadUd(ROOT, ['fr_sequoia-ud-dev.conllu']).slice(0, 40);
  const bits = { tagger: 14, actions: 14, labels: 12 };
  const options = {
    lang: 'fr',
    seed: 7,
    taggerEpochs: 2,
    parserEpochs: 2,
    folds: 2,
    trainedOn: ['test'],
    bits,
  };
  const a = trainCore(slice, options);
  const b = trainCore(slice, options);
  assert.deepEqual(a.tagger.model.weights, b.tagger.model.weights);
  assert.deepEqual(a.parser.actions.weights, b.parser.actions.weights);
  assert.deepEqual(a.parser.labeller.weights, b.parser.labeller.weights);
  const c = trainCore(slice, { ...options, seed: 8 });
  assert.notDeepEqual(a.parser.actions.weights, c.parser.actions.weights);
});

test('averaging cores trained with the same seed changes nothing; other seeds move the weights', {
  skip: !haveTreebanks && 'no ../shared treebanks',
}, () => {
  const slice = loadUd(ROOT, ['fr_sequoia-ud-dev.conllu']).slice(0, 30);
  const bits = { tagger: 12, actions: 12, labels: 10 };
  const options = {
    lang: 'fr',
    seed: 3,
    taggerEpochs: 1,
    parserEpochs: 1,
    folds: 1,
    trainedOn: ['test'],
    bits,
  };
  const single = trainCore(slice, options);
  const averaged = averageCores([trainCore(slice, options), trainCore(slice, options)]);
  assert.deepEqual(averaged.parser.actions.weights, single.parser.actions.weights);
  const mixed = averageCores([trainCore(slice, options), trainCore(slice, { ...options, seed: 4 })]);
  assert.notDeepEqual(mixed.parser.actions.weights, single.parser.actions.weights);
});

// Floors a few points under the measured figures (see docs/linguistic-core.md), on the first
// 150 sentences of each test set: a broken model or feature extractor falls far below them.
const floors: Record<string, { upos: number; lemma: number; las: number }> = {
  'French GSD': { upos: 93, lemma: 93, las: 75 },
  'French Sequoia': { upos: 95, lemma: 95, las: 80 },
  'English EWT': { upos: 92, lemma: 93, las: 75 },
};

for (const lang of ['fr', 'en']) {
  for (const [name, file] of Object.entries(UD_SPLITS[lang].test)) {
    test(`accuracy floors on a held-out slice of ${name}`, {
      skip: !haveTreebanks && 'no ../shared treebanks',
    }, () => {
      const core = coreFor(lang);
      assert.ok(core);
      const scores = evaluateGold(core, loadUd(ROOT, [file]).slice(0, 150));
      const floor = floors[name];
      assert.ok(scores.upos >= floor.upos, `UPOS ${scores.upos.toFixed(2)} >= ${floor.upos}`);
      assert.ok(scores.lemma >= floor.lemma, `lemma ${scores.lemma.toFixed(2)} >= ${floor.lemma}`);
      assert.ok(scores.las >= floor.las, `LAS ${scores.las.toFixed(2)} >= ${floor.las}`);
    });
  }
}
