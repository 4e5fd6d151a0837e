import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../src/document/doc.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { dateForSpan } from '../../src/stages/time/anchor.ts';
import { findDates } from '../../src/stages/time/index.ts';

/** A document with a hand-made dependency parse, as the syntax stage would leave it. */
function parsed(): Doc {
  const doc = new Doc('Il a rencontré Poutine vendredi et il partira lundi.', {
    language: 'fr',
    published: '2023-03-31',
  });
  segment.run(doc);
  const parse: Record<string, [string, number, string, string?]> = {
    Il: ['PRON', 2, 'nsubj'],
    a: ['AUX', 2, 'aux:tense', 'Tense=Pres|VerbForm=Fin'],
    rencontré: ['VERB', -1, 'root', 'Tense=Past|VerbForm=Part'],
    Poutine: ['PROPN', 2, 'obj'],
    vendredi: ['NOUN', 2, 'obl:mod'],
    et: ['CCONJ', 7, 'cc'],
    il: ['PRON', 7, 'nsubj'],
    partira: ['VERB', 2, 'conj', 'Tense=Fut|VerbForm=Fin'],
    lundi: ['NOUN', 7, 'obl:mod'],
    '.': ['PUNCT', 2, 'punct'],
  };
  assert.equal(doc.tokens.length, 10);
  for (const token of doc.tokens) {
    const [upos, head, deprel, feats] = parse[token.text];
    Object.assign(token, { upos, head, deprel, feats: feats ?? '_' });
  }
  doc.dates = findDates(doc);
  return doc;
}

const spanOf = (doc: Doc, word: string) => {
  const start = doc.text.indexOf(word);
  return { start, end: start + word.length };
};

describe('time with a syntax layer', () => {
  it('takes each weekday’s direction from the tense of its governing verb', () => {
    const doc = parsed();
    assert.deepEqual(
      doc.dates.map((d) => [d.text, d.value]),
      [
        ['vendredi', '2023-03-31'],
        ['lundi', '2023-04-03'],
      ],
    );
  });
  it('prefers the governing verb over a nearer tense cue of a relative clause', () => {
    // Without the parse, the nearest cue "avait nommé" would send Monday to the past (2023-03-27).
    const doc = new Doc("Lundi, le ministre qu'il avait nommé partira.", {
      language: 'fr',
      published: '2023-03-31',
    });
    segment.run(doc);
    const parse: [string, number, string, string?][] = [
      ['NOUN', 8, 'obl:mod'],
      ['PUNCT', 0, 'punct'],
      ['DET', 3, 'det'],
      ['NOUN', 8, 'nsubj'],
      ['PRON', 7, 'obj'],
      ['PRON', 7, 'nsubj'],
      ['AUX', 7, 'aux:tense', 'Tense=Imp|VerbForm=Fin'],
      ['VERB', 3, 'acl:relcl', 'Tense=Past|VerbForm=Part'],
      ['VERB', -1, 'root', 'Tense=Fut|VerbForm=Fin'],
      ['PUNCT', 8, 'punct'],
    ];
    assert.equal(doc.tokens.length, parse.length);
    doc.tokens.forEach((token, i) => {
      const [upos, head, deprel, feats] = parse[i];
      Object.assign(token, { upos, head, deprel, feats: feats ?? '_' });
    });
    assert.deepEqual(
      findDates(doc).map((d) => d.value),
      ['2023-04-03'],
    );
  });
  it('dates each event by the date attached to its own verb', () => {
    const doc = parsed();
    assert.equal(dateForSpan(doc, spanOf(doc, 'rencontré')).value, '2023-03-31');
    const leaving = dateForSpan(doc, spanOf(doc, 'partira'));
    assert.equal(leaving.value, '2023-04-03');
    assert.equal(leaving.dateSource, 'clause');
  });
});
