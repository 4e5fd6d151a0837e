import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAt, isoWeek, parseDay, shift, weekdayNear, yearFor } from '../../src/stages/time/calendar.ts';

const day = (iso: string) => {
  const d = parseDay(iso);
  assert.ok(d);
  return d;
};

describe('calendar', () => {
  it('numbers ISO weeks across year ends', () => {
    assert.deepEqual(isoWeek(day('2021-01-01')), { year: 2020, week: 53 });
    assert.deepEqual(isoWeek(day('2019-12-30')), { year: 2020, week: 1 });
    assert.equal(formatAt(day('2023-03-31'), 'W'), '2023-W13');
  });
  it('shifts months without overflowing short months', () => {
    assert.equal(formatAt(shift(day('2023-03-31'), 'M', -1), 'D'), '2023-02-28');
  });
  it('finds weekdays before and after an anchor', () => {
    assert.equal(formatAt(weekdayNear(day('2023-03-31'), 5, -1), 'D'), '2023-03-31');
    assert.equal(formatAt(weekdayNear(day('2023-03-31'), 2, 1), 'D'), '2023-04-04');
  });
  it('chooses the year of a year-less date by direction, softly', () => {
    assert.equal(yearFor(day('2002-01-03'), 12, 21, -1), 2001);
    assert.equal(yearFor(day('2018-05-24'), 6, 12, 0), 2018);
    // Past tense, but October 30 is a month away while last October is eleven months back.
    assert.equal(yearFor(day('2002-09-14'), 10, 30, -1), 2002);
  });
});
