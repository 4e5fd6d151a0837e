import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, entityMentioned } from './helpers.ts';

test('en: an unknown "X of <country>" institution is coded by its head noun', () => {
  const doc = analyse(
    'The Constitutional Tribunal of Peru rejected the appeal on Monday. ' +
      'The Gendarmerie of Niger said it had arrested two men. ' +
      'The Democratic Party of Kenya said it would boycott the vote.',
    'en',
    '2023-03-31',
  );
  assert.equal(entityMentioned(doc, 'Constitutional Tribunal of Peru')?.actor, 'PERJUD');
  assert.equal(entityMentioned(doc, 'Gendarmerie of Niger')?.actor, 'NERCOP');
  assert.equal(entityMentioned(doc, 'Democratic Party of Kenya')?.actor, 'KENPTY');
});

test('fr: "X du <pays>" and "X <gentilé>" take the role of their head noun', () => {
  const doc = analyse(
    'Le Parti démocratique du Kenya boycottera le scrutin. ' +
      'La Gendarmerie nigérienne a arrêté deux hommes à Niamey.',
    'fr',
    '2023-03-31',
  );
  assert.equal(entityMentioned(doc, 'Parti démocratique du Kenya')?.actor, 'KENPTY');
  assert.equal(entityMentioned(doc, 'Gendarmerie nigérienne')?.actor, 'NERCOP');
});

test('en: a state-institution word without a role noun stays GOV', () => {
  const doc = analyse('The Federal Aviation Office of Germany banned the airline.', 'en', '2019-01-21');
  assert.equal(entityMentioned(doc, 'Federal Aviation Office of Germany')?.actor, 'DEUGOV');
});

test('a nationality adjective picks among actors sharing a name ("Belarusian KGB")', () => {
  const en = analyse(
    'Russia and Belarus: the Belarusian KGB said it had arrested two Russian journalists in Moscow.',
    'en',
    '2023-03-31',
  );
  assert.equal(entityMentioned(en, 'KGB')?.actor, 'BLRGOV');
  const fr = analyse(
    'La Russie et la Biélorussie : le KGB biélorusse a arrêté deux journalistes russes à Moscou.',
    'fr',
    '2023-03-31',
  );
  assert.equal(entityMentioned(fr, 'KGB')?.actor, 'BLRGOV');
});

test('a capitalised function word opening a clause is not part of a name', () => {
  const fr = analyse('Reportage : Au Kenya, la police a arrêté dix personnes.', 'fr', '2023-03-31');
  assert.equal(entityMentioned(fr, 'Kenya')?.actor, 'KEN');
  assert.equal(entityMentioned(fr, 'Au Kenya'), undefined);
  const en = analyse('NAIROBI (AFP) In Kenya, police arrested ten people.', 'en', '2023-03-31');
  assert.equal(entityMentioned(en, 'Kenya')?.actor, 'KEN');
  const known = analyse('Revue de presse : Le Monde a publié une enquête.', 'fr', '2023-03-31');
  assert.ok(entityMentioned(known, 'Le Monde'));
});

test('fr: "Tanzanie" is a country', () => {
  const doc = analyse('Le Kenya et la Tanzanie ont signé un accord.', 'fr', '2023-03-31');
  assert.equal(entityMentioned(doc, 'Tanzanie')?.actor, 'TZA');
});

test('a bare institution word followed by its country is a name; adjectives stay in it', () => {
  const en = analyse('The Senate of Kenya voted the bill on Tuesday.', 'en', '2023-03-31');
  assert.equal(entityMentioned(en, 'Senate of Kenya')?.actor, 'KENLEG');
  const fr = analyse('Le Tribunal constitutionnel du Pérou a rejeté le recours.', 'fr', '2023-03-31');
  const court = entityMentioned(fr, 'Tribunal constitutionnel du Pérou');
  assert.equal(court?.actor, 'PERJUD');
  assert.equal(court?.name, 'Tribunal constitutionnel (Peru)');
  // A verb after the head noun is no adjective of the name.
  const verb = analyse('Le Sénat a voté des sanctions contre la Russie.', 'fr', '2023-03-31');
  assert.equal(
    verb.entities.some((e) => e.mentions.some((m) => m.text.startsWith('Sénat a'))),
    false,
  );
});

test('en: a word of the name inside an institution is no separate role entity', () => {
  const doc = analyse('The Electoral Court of Zimbabwe rejected the appeal on Monday.', 'en', '2023-03-31');
  assert.equal(entityMentioned(doc, 'Electoral Court of Zimbabwe')?.actor, 'ZWEJUD');
  assert.equal(entityMentioned(doc, 'Court of Zimbabwe'), undefined);
});

test('en: a capitalised demonym before an unknown observatory is part of its name (NGO)', () => {
  const doc = analyse(
    'At least ten people were arrested, the Nicaraguan Observatory of Press Freedom said on Sunday.',
    'en',
    '2023-03-31',
  );
  assert.equal(entityMentioned(doc, 'Nicaraguan Observatory of Press Freedom')?.actor, 'NICNGO');
});

test('a one-word institution next to a demonym: "Kenyan Senate", "Sénat kényan"', () => {
  const en = analyse('The Kenyan Senate voted the bill on Tuesday.', 'en', '2023-03-31');
  assert.equal(entityMentioned(en, 'Kenyan Senate')?.actor, 'KENLEG');
  const fr = analyse('Le Sénat kényan a voté la loi mardi.', 'fr', '2023-03-31');
  assert.equal(entityMentioned(fr, 'Sénat kényan')?.actor, 'KENLEG');
});
