import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateForSpan } from '../../src/stages/time/anchor.ts';
import { analyse } from './helpers.ts';

function spanOf(text: string, word: string) {
  const start = text.indexOf(word);
  assert.ok(start >= 0, `"${word}" not in text`);
  return { start, end: start + word.length };
}

describe('dateForSpan', () => {
  it('takes the date expression of the event’s own clause', () => {
    const text = 'Le Kremlin a rejeté vendredi une proposition de pourparlers.';
    const doc = analyse(text, 'fr', '2023-03-31');
    assert.deepEqual(
      { ...dateForSpan(doc, spanOf(text, 'rejeté')), mention: undefined },
      { value: '2023-03-31', dateSource: 'clause', mention: undefined },
    );
  });
  it('prefers the clause date over another date of the sentence', () => {
    const text = 'Il avait rencontré Poutine le 16 février 2023, mais il a rompu avec lui hier.';
    const doc = analyse(text, 'fr', '2023-03-31');
    assert.equal(dateForSpan(doc, spanOf(text, 'rencontré')).value, '2023-02-16');
    const broke = dateForSpan(doc, spanOf(text, 'rompu'));
    assert.equal(broke.value, '2023-03-30');
    assert.equal(broke.dateSource, 'clause');
  });
  it('falls back to the nearest date of the sentence', () => {
    const text = 'On Thursday, protesters gathered in Minsk; police arrested dozens.';
    const doc = analyse(text, 'en', '2020-08-03');
    const arrest = dateForSpan(doc, spanOf(text, 'arrested'));
    assert.equal(arrest.dateSource, 'sentence');
    assert.equal(arrest.value, '2020-07-30');
  });
  it('falls back to the publication date, ignoring durations', () => {
    const text = 'Newsweek a contacté le ministère. La guerre dure depuis 13 mois.';
    const doc = analyse(text, 'fr', '2023-03-31');
    assert.deepEqual(dateForSpan(doc, spanOf(text, 'contacté')), {
      value: '2023-03-31',
      dateSource: 'publication',
    });
    assert.equal(dateForSpan(doc, spanOf(text, 'dure')).dateSource, 'publication');
  });
});
