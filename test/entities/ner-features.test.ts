import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildClusters, wordClasses } from '../../src/stages/entities/clusters.ts';
import { ruleTags, tokenFeatures } from '../../src/stages/entities/features.ts';
import { entityLexicon } from '../../src/stages/entities/lexicon.ts';
import { docFromTokens, namedEntitySpans } from '../../src/stages/entities/ner.ts';

test('words seen between the same neighbours share a class', () => {
  const sentences: string[][] = [];
  for (const city of ['paris', 'lyon', 'nantes'])
    for (const verb of ['vit', 'travaille', 'reste'])
      sentences.push(['elle', verb, 'à', city, 'depuis', 'hier']);
  for (const fruit of ['pomme', 'poire', 'prune'])
    for (const verb of ['mange', 'coupe', 'lave']) sentences.push(['il', verb, 'une', fruit, 'verte', '.']);
  const classes = buildClusters(sentences, { minCount: 1, contexts: 20, fine: 4, coarse: 2 });
  assert.equal(classes.get('paris'), classes.get('lyon'));
  assert.equal(classes.get('pomme'), classes.get('prune'));
  assert.notEqual(classes.get('paris'), classes.get('pomme'));
});

test('the shipped French classes group cities in one coarse class', () => {
  const classes = wordClasses('fr');
  const coarse = (word: string) => classes.get(word)?.split('/')[0];
  assert.ok(coarse('lyon'));
  for (const city of ['marseille', 'bordeaux', 'toulouse']) assert.equal(coarse(city), coarse('lyon'));
  assert.notEqual(coarse('ministère'), coarse('lyon'));
});

test('an acronym in brackets after a name marks both when the initials match', () => {
  const words = "Il dirige l' Organisation des Nations Unies ( ONU ) depuis 2017 .".split(' ');
  const doc = docFromTokens([words], 'fr');
  const lex = entityLexicon('fr');
  const rules = ruleTags(doc, []);
  const at = (word: string) => tokenFeatures(doc, lex, rules, words.indexOf(word));
  assert.ok(at('ONU').includes('acr=m'));
  assert.ok(at('Organisation').includes('racr=m'));
  assert.ok(at('Organisation').includes('roh=B'));
  assert.ok(!at('depuis').some((f) => f.startsWith('acr=')));
});

test('two organisations joined by "de la" + an organisation head are two names', () => {
  const words = 'Il signe avec les Rangers de New York de la Ligue nationale de hockey .'.split(' ');
  const doc = docFromTokens([words], 'fr');
  const spans = namedEntitySpans(doc, () => [{ first: 4, last: 14, type: 'ORG' }]);
  const text = spans.map((s) => `${words.slice(s.first, s.last).join(' ')}/${s.type}`);
  assert.deepEqual(text, ['Rangers de New York/ORG', 'Ligue nationale de hockey/ORG']);
});
