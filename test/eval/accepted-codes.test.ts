import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptedRoots, scoring } from '../../eval/gold-score.ts';

const gold = (root: string, note?: string) => ({
  id: 'E1',
  required: true,
  source: null,
  target: null,
  cameo: `${root}0`,
  root,
  note,
});

describe('eval: acceptable codes named in a gold note', () => {
  it('accepts the roots a note calls acceptable, correct or defensible', () => {
    assert.deepEqual([...acceptedRoots(gold('19', 'airstrike (186 assassinate also acceptable)'))].sort(), [
      '18',
      '19',
    ]);
    assert.deepEqual(
      [...acceptedRoots(gold('19', 'coup; CAMEO has no coup code (18x/19x acceptable)'))].sort(),
      ['18', '19'],
    );
    assert.deepEqual([...acceptedRoots(gold('02', 'urges the CIA (0213/0214 acceptable)'))], ['02']);
  });

  it('ignores numbers in other parts of the note (years, dates)', () => {
    assert.deepEqual([...acceptedRoots(gold('16', 'background sanctions (also 2011)'))], ['16']);
    assert.deepEqual(
      [
        ...acceptedRoots(
          gold('12', 'cancels the 12 June summit (164 halt also acceptable). Letter date 2018'),
        ),
      ].sort(),
      ['12', '16'],
    );
  });

  it('accepts only the gold root with strict codes', () => {
    scoring.strictCodes = true;
    try {
      assert.deepEqual([...acceptedRoots(gold('19', '186 assassinate also acceptable'))], ['19']);
    } finally {
      scoring.strictCodes = false;
    }
  });
});
