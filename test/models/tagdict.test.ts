import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { coreFor, LanguageCore } from '../../src/models/core.ts';
import { loadUd, udDir } from '../../src/models/datasets.ts';
import { buildTagDictionary } from '../../src/models/tagger.ts';
import { trainCore } from '../../src/models/train.ts';
import { ROOT } from '../helpers.ts';

const haveTreebanks = existsSync(join(udDir(ROOT), 'fr_sequoia-ud-dev.conllu'));

const repeat = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

test('the tag dictionary keeps frequent words with one tag and leaves ambiguous or rare ones to the model', () => {
  const sentences = [
    ...repeat(30, { forms: ['the', 'cat', 'runs', '.'], tags: ['DET', 'NOUN', 'VERB', 'PUNCT'] }),
    ...repeat(15, { forms: ['the', 'runs', 'stop', '.'], tags: ['DET', 'NOUN', 'VERB', 'PUNCT'] }),
    ...repeat(3, { forms: ['rare', 'word'], tags: ['ADJ', 'NOUN'] }),
  ];
  const table = buildTagDictionary(sentences);
  assert.equal(table.the, 'DET');
  assert.equal(table['.'], 'PUNCT');
  assert.equal(table.runs, undefined, 'runs is VERB 30 times and NOUN 15 times');
  assert.equal(table.rare, undefined, 'seen 3 times only');
});

test('a model keeps its tag dictionary through save and load', {
  skip: !haveTreebanks && 'no ../shared treebanks',
}, () => {
  const slice = loadUd(ROOT, ['fr_sequoia-ud-dev.conllu']).slice(0, 60);
  const core = trainCore(slice, {
    lang: 'fr',
    seed: 1,
    taggerEpochs: 1,
    parserEpochs: 1,
    folds: 1,
    trainedOn: ['test'],
    bits: { tagger: 12, actions: 12, labels: 10 },
  });
  assert.equal(core.tagger.tags[core.tagger.dictionary.get('la') ?? -1], 'DET');
  const path = join(mkdtempSync(join(tmpdir(), 'relata-')), 'fr.bin.gz');
  core.save(path);
  const reloaded = LanguageCore.load(path);
  assert.deepEqual(reloaded.tagger.dictionaryTable(), core.tagger.dictionaryTable());
  const words = slice[0].words.map((w) => w.form);
  assert.deepEqual(reloaded.tag(words), core.tag(words));
});

test('the committed English model tags a sentence with and around its dictionary words', () => {
  const core = coreFor('en');
  assert.ok(core);
  assert.ok(core.tagger.dictionary.size > 500, 'the committed model has a tag dictionary');
  const words = ['The', 'minister', 'said', 'that', 'the', 'talks', 'had', 'failed', '.'];
  const tags = Array.from(core.tag(words), (id) => core.tagger.upos[id]);
  assert.deepEqual(tags, ['DET', 'NOUN', 'VERB', 'SCONJ', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
});
