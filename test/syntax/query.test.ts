import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/document/doc.ts';
import type { Language } from '../../src/document/types.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { syntax, wordsOf } from '../../src/stages/syntax/index.ts';
import {
  childrenOf,
  clauseOf,
  governingVerb,
  isNegated,
  objectsOf,
  subjectOf,
  subtreeSpan,
} from '../../src/stages/syntax/query.ts';

function parse(text: string, language: Language): Doc {
  const doc = new Doc(text, { language });
  segment.run(doc);
  syntax.run(doc);
  return doc;
}

const at = (doc: Doc, text: string, from = 0) => doc.tokens.findIndex((t, i) => i >= from && t.text === text);
const textOf = (doc: Doc, i: number) => (i >= 0 ? doc.tokens[i].text : null);

test('every token gets a tag, lemma and a head inside its sentence', () => {
  const doc = parse(
    'Le Kremlin a rejeté vendredi une proposition de pourparlers. Les négociations reprendront lundi.',
    'fr',
  );
  for (const t of doc.tokens) {
    assert.ok(t.upos && t.lemma && t.deprel, `token ${t.text} annotated`);
    assert.ok(t.head !== undefined);
    if (t.head >= 0) assert.equal(doc.tokens[t.head].sentence, t.sentence);
  }
  assert.equal(doc.tokens.filter((t) => t.head === -1).length, 2, 'one root per sentence');
  assert.equal(doc.tokens[at(doc, 'rejeté')].lemma, 'rejeter');
  assert.equal(doc.tokens[at(doc, 'rejeté')].upos, 'VERB');
});

test('subject and object of "a rejeté"', () => {
  const doc = parse('Le Kremlin a rejeté vendredi une proposition de la Biélorussie.', 'fr');
  const verb = at(doc, 'rejeté');
  assert.equal(textOf(doc, subjectOf(doc, verb)), 'Kremlin');
  assert.equal(textOf(doc, subjectOf(doc, at(doc, 'a'))), 'Kremlin', 'through the auxiliary');
  assert.deepEqual(
    objectsOf(doc, verb).map((i) => textOf(doc, i)),
    ['proposition'],
  );
  assert.equal(doc.slice(subtreeSpan(doc, subjectOf(doc, verb))), 'Le Kremlin');
  assert.equal(isNegated(doc, verb), false);
});

test('negation ne…pas is found on the verb of "n\'ont pas condamné"', () => {
  const doc = parse("Les pays voisins n'ont pas condamné l'attaque.", 'fr');
  const verb = at(doc, 'condamné');
  assert.equal(isNegated(doc, verb), true);
  assert.equal(textOf(doc, subjectOf(doc, verb)), 'pays');
});

test('English subject, object and negation', () => {
  const doc = parse('The minister did not sign the agreement on Friday.', 'en');
  const verb = at(doc, 'sign');
  assert.equal(textOf(doc, subjectOf(doc, verb)), 'minister');
  assert.deepEqual(
    objectsOf(doc, verb).map((i) => textOf(doc, i)),
    ['agreement'],
  );
  assert.equal(isNegated(doc, verb), true);
  const positive = parse('The minister signed the agreement on Friday.', 'en');
  assert.equal(isNegated(positive, at(positive, 'signed')), false);
});

test('clause of a token leaves out the embedded clause', () => {
  const doc = parse('Moscou a annoncé que les troupes quitteraient la ville.', 'fr');
  const main = at(doc, 'annoncé');
  const embedded = at(doc, 'quitteraient');
  assert.equal(doc.slice(clauseOf(doc, embedded)), 'que les troupes quitteraient la ville');
  assert.equal(doc.slice(clauseOf(doc, main)).startsWith('Moscou a annoncé'), true);
  assert.equal(doc.slice(clauseOf(doc, main)).includes('troupes'), false);
  assert.equal(governingVerb(doc, at(doc, 'ville')), embedded);
  assert.ok(childrenOf(doc, main).includes(embedded));
});

test('a contracted token carries the analysis of its outward word; wordsOf keeps both words', () => {
  const doc = parse('Il parle du pays.', 'fr');
  const du = at(doc, 'du');
  assert.equal(doc.tokens[du].upos, 'ADP');
  assert.equal(doc.tokens[du].lemma, 'de');
  assert.equal(textOf(doc, doc.tokens[du].head ?? -1), 'pays');
  const words = wordsOf(doc).filter((w) => w.tokenIndex === du);
  assert.deepEqual(
    words.map((w) => [w.form, w.upos]),
    [
      ['de', 'ADP'],
      ['le', 'DET'],
    ],
  );
});

test('odd and very long input still gets one tree per sentence', () => {
  const long = Array.from({ length: 400 }, (_, i) => (i % 7 === 6 ? 'et' : `mot${i}`)).join(' ');
  const doc = parse(`${long} 😀 — « » ... !!! http://example.org/a?b=1 #tag @user 12,5 % du PIB`, 'fr');
  for (const s of doc.sentences) {
    const roots = doc.tokens.slice(s.firstToken, s.lastToken).filter((t) => t.head === -1);
    assert.equal(roots.length, 1, `sentence ${s.index} has one root`);
  }
  for (const t of doc.tokens) {
    assert.ok(t.head !== undefined && t.head !== t.index, `token ${t.text} has a head other than itself`);
  }
});
