import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/document/doc.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { tokenize } from '../../src/stages/segment/tokenizer.ts';

const words = (text: string, lang: 'fr' | 'en') => tokenize(text, lang).map((t) => t.text);

function sentences(text: string, language: 'fr' | 'en'): string[] {
  const doc = new Doc(text, { language });
  segment.run(doc);
  return doc.sentences.map((s) => doc.slice(s));
}

test('French elision splits l’, qu’, d’ but keeps aujourd’hui whole', () => {
  assert.deepEqual(words("l’allié qu’une escalade d'arrêt aujourd’hui", 'fr'), [
    'l’',
    'allié',
    'qu’',
    'une',
    'escalade',
    "d'",
    'arrêt',
    'aujourd’hui',
  ]);
});

test('an elided word before a quotation mark keeps its apostrophe', () => {
  assert.deepEqual(words('mesures qualifiées d’« illégales » et de l’«opération»', 'fr'), [
    'mesures',
    'qualifiées',
    'd’',
    '«',
    'illégales',
    '»',
    'et',
    'de',
    'l’',
    '«',
    'opération',
    '»',
  ]);
  assert.deepEqual(words("the 'big' deal", 'en'), ['the', "'", 'big', "'", 'deal']);
});

test('French inverted subject clitics are their own tokens', () => {
  assert.deepEqual(words('a-t-il ajouté, estime-t-elle', 'fr'), [
    'a',
    '-t-il',
    'ajouté',
    ',',
    'estime',
    '-t-elle',
  ]);
  assert.deepEqual(words('le porte-parole', 'fr'), ['le', 'porte-parole']);
});

test('guillemets and punctuation are separate tokens with exact offsets', () => {
  const text = 'appelé à une « trêve » en Ukraine.';
  const tokens = tokenize(text, 'fr');
  assert.deepEqual(
    tokens.map((t) => t.text),
    ['appelé', 'à', 'une', '«', 'trêve', '»', 'en', 'Ukraine', '.'],
  );
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('English contractions split as in UD', () => {
  assert.deepEqual(words("Russia didn't attack; it's over", 'en'), [
    'Russia',
    'did',
    "n't",
    'attack',
    ';',
    'it',
    "'s",
    'over',
  ]);
});

test('abbreviations do not end sentences', () => {
  assert.deepEqual(sentences('M. Macron a parlé. Mme Borne a répondu.', 'fr'), [
    'M. Macron a parlé.',
    'Mme Borne a répondu.',
  ]);
  assert.deepEqual(sentences('The U.S. Army left. Mr. Smith stayed.', 'en'), [
    'The U.S. Army left.',
    'Mr. Smith stayed.',
  ]);
});

test('a closing guillemet stays with its sentence and paragraphs split sentences', () => {
  const text = '« Nous allons gagner. » a-t-il dit.\nLa Russie a nié les accusations';
  assert.deepEqual(sentences(text, 'fr'), [
    '« Nous allons gagner. » a-t-il dit.',
    'La Russie a nié les accusations',
  ]);
});

test('a sentence does not end before a lower-case word', () => {
  assert.deepEqual(sentences('Il a dit... peut-être. Puis il est parti.', 'fr'), [
    'Il a dit... peut-être.',
    'Puis il est parti.',
  ]);
});

test('numbers, dates and URLs stay whole', () => {
  assert.deepEqual(words('le 16/02/2023 à 10h30, 1,5 million, voir https://example.org/a-b.', 'fr'), [
    'le',
    '16/02/2023',
    'à',
    '10h30',
    ',',
    '1,5',
    'million',
    ',',
    'voir',
    'https://example.org/a-b',
    '.',
  ]);
});

test('a capital letter and a period is an initial before a name, a sentence end at the end of a paragraph', () => {
  assert.deepEqual(sentences('George W. Bush spoke. He posted it on X.\nThen he left.', 'en'), [
    'George W. Bush spoke.',
    'He posted it on X.',
    'Then he left.',
  ]);
  assert.deepEqual(words('on X.', 'en'), ['on', 'X', '.']);
});
