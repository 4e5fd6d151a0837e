import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/document/doc.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { Pipeline, type StageTiming } from '../../src/pipeline/pipeline.ts';
import { InputError, type Stage } from '../../src/pipeline/stage.ts';
import { identify } from '../../src/stages/language/index.ts';
import { normaliseText } from '../../src/stages/normalise/index.ts';

test('the default pipeline runs its stages in dependency order', () => {
  assert.deepEqual(defaultPipeline().names, [
    'normalise',
    'language',
    'segment',
    'syntax',
    'entities',
    'quotes',
    'sources',
    'dates',
    'places',
    'events',
  ]);
});

test('a stage whose requirement has not run is refused at assembly', () => {
  const late: Stage = { name: 'late', requires: ['early'], run() {} };
  assert.throws(() => new Pipeline([late]), /requires "early"/);
});

test('each stage is timed and recorded as a layer', () => {
  const timings: StageTiming[] = [];
  const doc = defaultPipeline().run(
    new Doc('Le Kremlin a rejeté vendredi la proposition de Minsk.', { published: '2023-03-31' }),
    timings,
  );
  assert.deepEqual(
    timings.map((t) => t.stage),
    defaultPipeline().names,
  );
  assert.deepEqual(doc.layers, defaultPipeline().names);
  assert.ok(timings.every((t) => t.ms >= 0));
});

test('language identification tells French from English and refuses others', () => {
  assert.equal(
    identify('Le président a rejeté vendredi une proposition de pourparlers de paix avec Kiev.'),
    'fr',
  );
  assert.equal(identify('The president rejected on Friday a proposal for peace talks with Kyiv.'), 'en');
  assert.throws(
    () => identify('El presidente rechazó el viernes una propuesta de conversaciones de paz con Kiev.'),
    InputError,
  );
  assert.throws(() => identify('ok'), /could not detect/);
});

test('normalisation unifies line breaks and strips control characters and BOM', () => {
  assert.equal(normaliseText('\uFEFFa\r\nb\rc\u0007d'), 'a\nb\ncd');
  assert.equal(normaliseText('e\u0301'), 'é');
});

test('an empty text is an input error', () => {
  assert.throws(() => defaultPipeline().analyse('  \n '), InputError);
});

test('Doc finds the sentence and tokens at an offset', () => {
  const doc = defaultPipeline().analyse('La Russie a nié. La Chine a appelé à des pourparlers.', {
    language: 'fr',
  });
  const second = doc.sentenceAt(20)!;
  assert.equal(doc.slice(second), 'La Chine a appelé à des pourparlers.');
  assert.deepEqual(
    doc.tokensIn({ start: 17, end: 25 }).map((t) => t.text),
    ['La', 'Chine'],
  );
});
