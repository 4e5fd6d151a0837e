import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, only } from './helpers.ts';

// 2019-03-31 is a Sunday.
const PUBLISHED = '2019-03-31';
const en = (text: string) => only(text, 'en', PUBLISHED);

describe('English dates', () => {
  it('reads a dateline and month-day dates', () => {
    assert.equal(en('Sunday, March 31, 2019').value, '2019-03-31');
    assert.equal(en('The ceasefire was agreed on December 27th.').value, '2018-12-27');
    assert.equal(en('Talks are due to resume on April 12.').value, '2019-04-12');
    assert.equal(en('He was born in 1955 in Ankara.').value, '1955');
  });
  it('anchors weekdays by tense', () => {
    assert.equal(en('Erdogan said on Wednesday that the museum would become a mosque.').value, '2019-03-27');
    assert.equal(en('The minister will travel to Ankara on Friday.').value, '2019-04-05');
    const last = en('The protest began last Tuesday.');
    assert.equal(last.text, 'last Tuesday');
    assert.equal(last.value, '2019-03-26');
  });
  it('resolves relative months, weeks and years', () => {
    assert.equal(en('Prices rose last month.').value, '2019-02');
    assert.equal(en('The deal was signed earlier this year.').value, '2019');
    assert.equal(en('Earlier this week, the court ruled.').value, '2019-W13');
    assert.equal(en('Elections will be held next month.').value, '2019-04');
    assert.equal(en('The talks collapsed two weeks ago.').value, '2019-03-17');
    assert.equal(en('She visited last October.').value, '2018-10');
  });
  it('reads durations, times, sets and present references', () => {
    assert.equal(en('The strike lasted three days.').value, 'P3D');
    assert.equal(en('The negotiations over the last several months failed.').value, 'PXM');
    assert.equal(en('The country has been at war for a decade.').value, 'P1DE');
    const time = en('The rally started at 2 p.m. in the square.');
    assert.equal(time.type, 'TIME');
    assert.equal(time.value, '2019-03-31T14:00');
    assert.equal(en('Inspectors visit the site every week.').value, 'P1W');
    assert.equal(en('The museum is now a mosque.').value, 'PRESENT_REF');
  });
  it('does not read the modal "may" or ages as dates', () => {
    assert.deepEqual(analyse('Officials may decide to close the border.', 'en', PUBLISHED).dates, []);
    assert.deepEqual(analyse('The 45-year-old man was arrested.', 'en', PUBLISHED).dates, []);
  });
});
