import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  distanceKm,
  type GoldFile,
  prf,
  scoreEvents,
  scorePlaces,
  scoreQuotes,
} from '../../eval/gold-score.ts';
import { type Analysis, emptyAnalysis } from '../../src/document/analysis.ts';

const gold: GoldFile = {
  document: 'x.txt',
  language: 'fr',
  published: '2023-03-31',
  quotes: [
    { text: 'a'.repeat(100), span: [100, 200], speaker: 'Alexander Lukashenko', kind: 'direct' },
    { text: 'trêve', span: [10, 15], speaker: 'Dmitry Peskov', kind: 'partial' },
  ],
  entities: [
    {
      canonical: 'Alexander Lukashenko',
      type: 'PER',
      actor: 'BLRGOV',
      mentions: [],
      aliases: ['Alyaksandr Lukashenka'],
    },
  ],
  dates: [],
  sources: [],
  events: [
    { id: 'E1', required: true, source: 'RUSGOV', target: 'BLRGOV', cameo: '125', root: '12' },
    { id: 'E5', required: true, negated: true, source: 'CHN|BLR', target: 'RUS', cameo: '111', root: '11' },
    { id: 'E9', required: false, source: 'UKRLEG', target: 'CHNGOV', cameo: '12', root: '12' },
  ],
  places: [{ text: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.57 }],
};

const base = (over: Partial<Analysis>): Analysis => ({ ...emptyAnalysis('fr', ''), ...over });

test('a gold quote counts as found only when covered at least 80%; aliases name the same speaker', () => {
  const c = scoreQuotes(
    gold,
    base({
      quotes: [
        { start: 110, end: 200, text: '', kind: 'direct', speaker: { name: 'Alyaksandr Lukashenka' } },
        { start: 10, end: 13, text: '', kind: 'partial', speaker: { name: 'Dmitry Peskov' } },
      ],
    }),
  );
  assert.equal(c.tp, 1);
  assert.equal(c.extra, 1);
});

test('events: a negated gold event is found only by a negated prediction; asserted ones are false positives', () => {
  const event = (root: string, source: string, target: string, negated: boolean) => ({
    cameo: root,
    root,
    source: { name: source, actor: source },
    target: { name: target, actor: target },
    negated,
    modality: 'asserted' as const,
    start: 0,
    end: 1,
  });
  const right = scoreEvents(
    gold,
    base({ events: [event('12', 'RUSGOV', 'BLRGOV', false), event('11', 'BLR', 'RUS', true)] }),
  );
  assert.equal(right.tp, 2);
  assert.equal(prf(right).p, 1);
  const wrong = scoreEvents(
    gold,
    base({ events: [event('11', 'CHN', 'RUSGOV', false), event('12', 'UKRLEG', 'CHNGOV', false)] }),
  );
  assert.equal(wrong.tp, 0);
  assert.equal(
    wrong.correct,
    1,
    'the non-required gold event is acceptable, the asserted negated one is not',
  );
  assert.equal(wrong.predicted, 2);
});

test('places are geocoded right within 25 km and the right country', () => {
  assert.ok(distanceKm({ lat: 53.9, lon: 27.57 }, { lat: 53.9, lon: 27.9 }) < 25);
  const near = scorePlaces(
    gold,
    base({
      places: [{ start: 0, end: 5, text: 'Minsk', name: 'Minsk', country: 'BLR', lat: 53.95, lon: 27.6 }],
    }),
  );
  assert.equal(near.extra, 1);
  const far = scorePlaces(
    gold,
    base({
      places: [{ start: 0, end: 5, text: 'Minsk', name: 'Minsk', country: 'BLR', lat: 52.0, lon: 27.6 }],
    }),
  );
  assert.equal(far.extra, 0);
});
