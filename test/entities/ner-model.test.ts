import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Language } from '../../src/document/types.ts';
import { entityLexicon } from '../../src/stages/entities/lexicon.ts';
import { docFromTokens, namedEntitySpans } from '../../src/stages/entities/ner.ts';
import { recogniseNames } from '../../src/stages/entities/recognise.ts';
import { decode, documentFeatures, harmoniseTypes, nerModel } from '../../src/stages/entities/tagger.ts';
import { syntheticDocuments } from '../../src/stages/entities/train.ts';

/** Named entities of pre-tokenised sentences as "words/TYPE". */
function entities(sentences: string[], language: Language): string[] {
  const doc = docFromTokens(
    sentences.map((s) => s.split(' ')),
    language,
  );
  const words = doc.tokens.map((t) => t.text);
  return namedEntitySpans(doc).map((s) => `${words.slice(s.first, s.last).join(' ')}/${s.type}`);
}

test('French officials, places and a ministry with lower-case words', () => {
  assert.deepEqual(
    entities(['Le président Emmanuel Macron a rencontré le chancelier Olaf Scholz à Berlin .'], 'fr'),
    ['Emmanuel Macron/PER', 'Olaf Scholz/PER', 'Berlin/LOC'],
  );
  assert.deepEqual(
    entities(["Le ministère des Affaires étrangères a convoqué l' ambassadeur de Russie ."], 'fr'),
    ['ministère des Affaires étrangères/ORG', 'Russie/LOC'],
  );
});

test('a lone surname takes the type of the full name met earlier in the document', () => {
  assert.deepEqual(
    entities(
      [
        'Carter Beauford joined the Dave Matthews Band in 1991 .',
        'Beauford later recorded with Carlos Santana .',
      ],
      'en',
    ),
    ['Carter Beauford/PER', 'Dave Matthews Band/ORG', 'Beauford/PER', 'Carlos Santana/PER'],
  );
});

test('a quoted title introduced by a work noun is one MISC name, lower-case words included', () => {
  assert.deepEqual(entities(['Son dernier film " Les Enfants de la nuit " sort en mars .'], 'fr'), [
    'Les Enfants de la nuit/MISC',
  ]);
  assert.deepEqual(entities(['Her new album " Songs for the Road " was released by Sony Music .'], 'en'), [
    'Songs for the Road/MISC',
    'Sony Music/ORG',
  ]);
});

test('Viterbi decoding never opens a name with I-', () => {
  for (const language of ['fr', 'en'] as const) {
    const doc = docFromTokens(
      [
        'Der Spiegel , le journal de Hambourg , cite Angela Merkel et la Banque mondiale .'.split(' '),
        'and then New York Times reporters met Vladimir Putin in Moscow .'.split(' '),
      ],
      language,
    );
    const lex = entityLexicon(language);
    const names = recogniseNames(doc, lex).filter((n) => !n.tentative);
    const model = nerModel(language);
    assert.ok(model, `a shipped ${language} model`);
    const tags = decode(model, doc, documentFeatures(doc, lex, names));
    for (const s of doc.sentences) {
      for (let i = s.firstToken; i < s.lastToken; i++) {
        if (!tags[i].startsWith('I-')) continue;
        assert.ok(i > s.firstToken, `I- at sentence start: ${doc.tokens[i].text}`);
        assert.equal(tags[i - 1].slice(2), tags[i].slice(2), `${tags[i - 1]} then ${tags[i]}`);
      }
    }
  }
});

test('harmoniseTypes gives a repeated name its majority type', () => {
  const words = ['Jordan', 'won', '.', 'Jordan', 'lost', '.', 'Jordan', 'drew', '.', 'Michael', 'Jordan'];
  const spans = harmoniseTypes(
    [
      { first: 0, last: 1, type: 'LOC' },
      { first: 3, last: 4, type: 'ORG' },
      { first: 6, last: 7, type: 'ORG' },
    ],
    words,
  );
  assert.deepEqual(
    spans.map((s) => s.type),
    ['ORG', 'ORG', 'ORG'],
  );
  const withPerson = harmoniseTypes(
    [
      { first: 0, last: 1, type: 'LOC' },
      { first: 9, last: 11, type: 'PER' },
    ],
    words,
  );
  assert.deepEqual(
    withPerson.map((s) => s.type),
    ['PER', 'PER'],
  );
});

test('synthetic training sentences are deterministic and tagged word by word', () => {
  const a = syntheticDocuments('fr', 50);
  const b = syntheticDocuments('fr', 50);
  assert.deepEqual(a, b);
  const sentences = a.flat();
  assert.equal(sentences.length, 50);
  for (const s of sentences) {
    assert.equal(s.words.length, s.tags.length);
    assert.ok(!s.words.some((w) => /[{}]/.test(w)), `unfilled slot in: ${s.words.join(' ')}`);
  }
  const tags = new Set(sentences.flatMap((s) => s.tags));
  for (const tag of ['B-PER', 'B-ORG', 'B-LOC', 'B-MISC']) assert.ok(tags.has(tag), tag);
});
