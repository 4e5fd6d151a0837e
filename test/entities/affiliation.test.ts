import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLexicon } from '../../src/stages/entities/lexicon.ts';
import { docFromTokens, namedEntitySpans } from '../../src/stages/entities/ner.ts';
import { recogniseNames } from '../../src/stages/entities/recognise.ts';
import { analyse, entityMentioned } from './helpers.ts';

test('fr: staff of a named organisation take its code', () => {
  const doc = analyse(
    "Human Rights Watch publie un rapport sur les prisons syriennes. Nadim Houry, responsable de l'organisation, " +
      'a présenté le rapport. Un des chercheurs de HRW, Ole Solvang, précise les méthodes. ' +
      "Le directeur européen d'Amnesty International, Gauri van Gulik, a déclaré son inquiétude.",
    'fr',
    '2015-12-16',
  );
  assert.equal(entityMentioned(doc, 'Nadim Houry')?.actor, 'NGO');
  assert.equal(entityMentioned(doc, 'Ole Solvang')?.actor, 'NGO');
  assert.equal(entityMentioned(doc, 'Gauri van Gulik')?.actor, 'NGO');
});

test('en: "a spokesman for the PMF", "director of Amnesty International X", "Turkish citizen X"', () => {
  const doc = analyse(
    'In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed Israel. ' +
      'Hong Kong director of Amnesty International Man-kei Tam said in a statement that trust was damaged. ' +
      'He wanted to marry Turkish citizen Hatice Cengiz in Istanbul.',
    'en',
    '2020-01-03',
  );
  assert.equal(entityMentioned(doc, 'Ahmed al-Assadi')?.actor, 'IRQMIL');
  assert.equal(entityMentioned(doc, 'Man-kei Tam')?.actor, 'NGO');
  assert.equal(entityMentioned(doc, 'Hatice Cengiz')?.actor, 'TURCVL');
});

test('titles and portfolios stay out of the person names they introduce', () => {
  const fr = analyse(
    "Le ministre de l'Intérieur Gérald Darmanin a annoncé des renforts de police à Marseille.",
    'fr',
    '2022-05-01',
  );
  assert.equal(entityMentioned(fr, 'Gérald Darmanin')?.type, 'PER');
  assert.equal(entityMentioned(fr, 'Intérieur Gérald Darmanin'), undefined);
  const en = analyse(
    'Greek Foreign Minister George Katrougalos met US Secretary of State Mike Pompeo in Athens.',
    'en',
    '2019-03-20',
  );
  assert.equal(entityMentioned(en, 'Mike Pompeo')?.type, 'PER');
  assert.equal(entityMentioned(en, 'US Secretary of State'), undefined);
});

test('two people joined by "and" are two names, a country joined by "and" is one', () => {
  const words = 'the film starring Meryl Streep and Renée Zellweger was shot in Bosnia and Herzegovina .';
  const doc = docFromTokens([words.split(' ')], 'en');
  const spans = recogniseNames(doc, entityLexicon('en')).map((s) => `${s.text}/${s.type}`);
  assert.ok(spans.includes('Meryl Streep/PER'), spans.join(', '));
  assert.ok(spans.includes('Renée Zellweger/PER'), spans.join(', '));
  assert.ok(
    spans.some((s) => s.startsWith('Bosnia and Herzegovina/')),
    spans.join(', '),
  );
});

test('fr NER: an organisation name with lower-case words is one span', () => {
  const words = 'Il évolue dans la Ligue nationale de hockey depuis 2010 .';
  const doc = docFromTokens([words.split(' ')], 'fr');
  const spans = namedEntitySpans(doc).map(
    (s) =>
      `${doc.tokens
        .slice(s.first, s.last)
        .map((t) => t.text)
        .join(' ')}/${s.type}`,
  );
  assert.ok(spans.includes('Ligue nationale de hockey/ORG'), spans.join(', '));
});

test('an apposed role of an organisation and a spokesman behind titles take a code', () => {
  const en = analyse(
    '“The people of Sudan cannot wait any longer,” said Martin Griffiths, the UN humanitarian chief, in Geneva. ' +
      'John Smith, who praised the UN for its work, left.',
    'en',
    '2024-02-16',
  );
  assert.equal(entityMentioned(en, 'Martin Griffiths')?.actor, 'IGO');
  assert.equal(entityMentioned(en, 'John Smith')?.actor, undefined);
  const fr = analyse(
    'Le général Abdourahamane Tiani n’a pas libéré le président. ' +
      'La veille, son porte-parole, le colonel-major Amadou Abdramane, avait accusé la Cédéao.',
    'fr',
    '2023-08-20',
  );
  assert.equal(
    entityMentioned(fr, 'Amadou Abdramane')?.actor,
    entityMentioned(fr, 'Abdourahamane Tiani')?.actor,
  );
  assert.ok(entityMentioned(fr, 'Amadou Abdramane')?.actor?.startsWith('NER'));
});

test('a different given name before a known surname is another person', () => {
  const doc = analyse(
    'Margaret Harris, a spokeswoman for the World Health Organization, said the outbreak was contained. ' +
      'Vice President Kamala Harris did not comment.',
    'en',
    '2023-05-01',
  );
  assert.equal(entityMentioned(doc, 'Margaret Harris')?.name, 'Margaret Harris');
  assert.equal(entityMentioned(doc, 'Kamala Harris')?.name, 'Kamala Harris');
  const fr = analyse(
    'Le président Vladimir Poutine a reçu Olga Poutine, une enseignante de Tver.',
    'fr',
    '2023-05-01',
  );
  assert.equal(entityMentioned(fr, 'Vladimir Poutine')?.name, 'Vladimir Putin');
  assert.notEqual(entityMentioned(fr, 'Olga Poutine')?.name, 'Vladimir Putin');
});
