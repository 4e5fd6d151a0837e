import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LanguageCore } from '../../src/models/core.ts';
import { loadUd, udDir } from '../../src/models/datasets.ts';
import { buildAmbiguityClasses, fineTagging, uposOf } from '../../src/models/tagger.ts';
import { trainCore } from '../../src/models/train.ts';
import { ROOT } from '../helpers.ts';

const haveTreebanks = existsSync(join(udDir(ROOT), 'en_ewt-ud-dev.conllu'));

test('fine tags pair UPOS with frequent XPOS and fall back to UPOS', () => {
  const words = [
    ...Array.from({ length: 5 }, () => ({ upos: 'VERB', xpos: 'VBD' })),
    { upos: 'VERB', xpos: 'VBN' },
    { upos: 'NOUN', xpos: '_' },
  ];
  const fine = fineTagging(words, 3);
  assert.equal(fine({ upos: 'VERB', xpos: 'VBD' }), 'VERB|VBD');
  assert.equal(fine({ upos: 'VERB', xpos: 'VBN' }), 'VERB', 'a rare pair keeps its UPOS only');
  assert.equal(fine({ upos: 'NOUN', xpos: '_' }), 'NOUN');
  assert.equal(fineTagging(words, 0)({ upos: 'VERB', xpos: 'VBD' }), 'VERB');
  assert.equal(uposOf('VERB|VBD'), 'VERB');
  assert.equal(uposOf('PUNCT'), 'PUNCT');
});

test('ambiguity classes list every tag of frequent words only', () => {
  const sentences = [
    ...Array.from({ length: 4 }, () => ({ forms: ['they', 'run'], tags: ['PRON', 'VERB|VBP'] })),
    { forms: ['a', 'run'], tags: ['DET', 'NOUN|NN'] },
  ];
  const table = buildAmbiguityClasses(sentences, 4);
  assert.equal(table.run, 'NOUN|NN VERB|VBP');
  assert.equal(table.they, 'PRON');
  assert.equal(table.a, undefined, 'seen once');
});

test('an English core with fine tags reports UPOS and keeps its candidate tables through save and load', {
  skip: !haveTreebanks && 'no ../shared treebanks',
}, () => {
  const slice = loadUd(ROOT, ['en_ewt-ud-dev.conllu']).slice(0, 120);
  const core = trainCore(slice, {
    lang: 'en',
    seed: 1,
    taggerEpochs: 2,
    parserEpochs: 2,
    folds: 1,
    trainedOn: ['test'],
    fineTagMinCount: 5,
    tagCandidateMinCount: 3,
    bits: { tagger: 14, actions: 14, labels: 12 },
  });
  assert.ok(core.tagger.tags.includes('VERB|VBD'), 'past-tense verbs have a tag of their own');
  assert.ok(core.tagger.candidates.size > 20);
  const path = join(mkdtempSync(join(tmpdir(), 'relata-')), 'en.bin.gz');
  core.save(path);
  const reloaded = LanguageCore.load(path);
  assert.deepEqual(reloaded.tagger.candidateTable(), core.tagger.candidateTable());
  assert.deepEqual(reloaded.parser.labelCandidateTable(), core.parser.labelCandidateTable());
  const words = ['The', 'company', 'said', 'it', 'would', 'close', 'the', 'plant', '.'];
  const analysis = reloaded.analyseWords(words);
  assert.deepEqual(
    analysis.map((w) => w.deprel),
    core.analyseWords(words).map((w) => w.deprel),
  );
  for (const w of analysis) assert.ok(!w.upos.includes('|'), `${w.form}: ${w.upos} is a UPOS`);
  assert.equal(analysis[2].upos, 'VERB');
});

test('relations are chosen among those seen with the tags of the arc', {
  skip: !haveTreebanks && 'no ../shared treebanks',
}, () => {
  const slice = loadUd(ROOT, ['en_ewt-ud-dev.conllu']).slice(0, 200);
  const core = trainCore(slice, {
    lang: 'en',
    seed: 2,
    taggerEpochs: 2,
    parserEpochs: 3,
    folds: 1,
    trainedOn: ['test'],
    bits: { tagger: 14, actions: 14, labels: 12 },
  });
  // Entries are [arcs seen, ...relation ids].
  const seen = core.parser.labelCandidateTable().filter((entry) => entry.length > 0);
  assert.ok(seen.length > 0);
  const det = core.parser.labels.indexOf('det');
  const detKeys = seen.filter((entry) => entry.slice(1).includes(det)).length;
  assert.ok(detKeys > 0 && detKeys < seen.length, 'det is allowed for some tag pairs only');
  const words = ['The', 'minister', 'left', 'the', 'room', '.'];
  const analysis = core.analyseWords(words);
  assert.equal(analysis[0].deprel, 'det');
});

test('cores of different seeds share tag lists, so their weights can be averaged id by id', {
  skip: !haveTreebanks && 'no ../shared treebanks',
}, () => {
  const slice = loadUd(ROOT, ['en_ewt-ud-dev.conllu']).slice(0, 80);
  const options = {
    lang: 'en',
    seed: 1,
    taggerEpochs: 1,
    parserEpochs: 1,
    folds: 2,
    trainedOn: ['test'],
    fineTagMinCount: 2,
    bits: { tagger: 12, actions: 12, labels: 10 },
  };
  const a = trainCore(slice, options);
  const b = trainCore(slice, { ...options, seed: 5 });
  assert.deepEqual(a.parser.tags, a.tagger.tags, 'the parser reads every tag the tagger can predict');
  assert.deepEqual(b.parser.tags, a.parser.tags);
});
