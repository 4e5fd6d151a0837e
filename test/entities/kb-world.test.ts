import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, entityMentioned } from './helpers.ts';

test('en: demonyms of smaller states code the institutions they qualify', () => {
  const doc = analyse(
    'Sri Lankan police fired tear gas as Ugandan troops and Bangladeshi officials watched.',
    'en',
    '2022-07-13',
  );
  assert.equal(entityMentioned(doc, 'Sri Lankan police')?.actor, 'LKACOP');
  assert.equal(entityMentioned(doc, 'Ugandan troops')?.actor, 'UGAMIL');
  assert.equal(entityMentioned(doc, 'Bangladeshi officials')?.actor, 'BGDGOV');
});

test('fr: masculine and feminine demonyms of smaller states code institutions', () => {
  const doc = analyse(
    "Le gouvernement sri-lankais a décrété le couvre-feu et l'armée ougandaise s'est déployée.",
    'fr',
    '2022-07-13',
  );
  assert.equal(entityMentioned(doc, 'gouvernement sri-lankais')?.actor, 'LKAGOV');
  assert.equal(entityMentioned(doc, 'armée ougandaise')?.actor, 'UGAMIL');
});

test('leaders outside the articles already read are linked with their dated role', () => {
  const doc = analyse(
    "Le président philippin Rodrigo Duterte a reçu Jokowi à Manille, tandis qu'Omar el-Béchir restait à Khartoum.",
    'fr',
    '2018-09-01',
  );
  const duterte = entityMentioned(doc, 'Rodrigo Duterte');
  assert.equal(duterte?.name, 'Rodrigo Duterte');
  assert.equal(duterte?.actor, 'PHLGOV');
  assert.equal(entityMentioned(doc, 'Jokowi')?.name, 'Joko Widodo');
  assert.equal(entityMentioned(doc, 'Omar el-Béchir')?.actor, 'SDNGOV');
});

test('a junta leader named in the news is military before he is sworn in', () => {
  const doc = analyse('General Brice Oligui Nguema seized power in Libreville.', 'en', '2023-08-31');
  assert.equal(entityMentioned(doc, 'Brice Oligui Nguema')?.actor, 'GABMIL');
});
