import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorCodeAt, actorKB } from '../../src/knowledge/actors/index.ts';
import { gazetteer } from '../../src/knowledge/geo/index.ts';

test('a leader is coded by the role held at the date', () => {
  const putin = actorKB().best('Poutine');
  assert.equal(putin?.name, 'Vladimir Putin');
  assert.equal(actorCodeAt(putin!, '2023-03-31'), 'RUSGOV');
  assert.equal(actorCodeAt(putin!, '1995-06-01'), 'RUSELI');
  const trump = actorKB().best('Trump');
  assert.equal(actorCodeAt(trump!, '2010-01-01'), 'USAELI');
  assert.equal(actorCodeAt(trump!, '2018-05-24'), 'USAGOV');
});

test('name variants and transliterations lead to one canonical actor', () => {
  const kb = actorKB();
  for (const variant of ['Zelensky', 'Zelenskyy', 'Zelenski', 'Volodymyr Zelenskiy']) {
    assert.equal(kb.best(variant)?.name, 'Volodymyr Zelensky', variant);
  }
  assert.equal(kb.best('Loukachenko')?.name, 'Alexander Lukashenko');
  assert.equal(kb.best('Cour pénale internationale')?.name, 'International Criminal Court');
  assert.equal(kb.best('OTAN')?.name, 'NATO');
});

test('Phoenix records are available for actors the hand-written table lacks', () => {
  const luns = actorKB().best('Joseph Luns');
  assert.equal(luns?.source, 'phoenix');
  assert.equal(actorCodeAt(luns!, '1975-01-01'), 'IGOWSTNAT');
});

test('gazetteer knows exonyms', () => {
  assert.equal(gazetteer().resolve('Moscou')?.name, 'Moscow');
  assert.equal(gazetteer().resolve('Londres')?.country, 'GBR');
  assert.equal(gazetteer().resolve('Pékin')?.name, 'Beijing');
  assert.equal(gazetteer().resolve('Kiev')?.country, 'UKR');
});

test('gazetteer disambiguates by the document countries, else by population', () => {
  assert.equal(gazetteer().resolve('Valencia')?.country, 'VEN');
  assert.equal(gazetteer().resolve('Valencia', new Set(['ESP']))?.country, 'ESP');
});
