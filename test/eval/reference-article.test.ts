import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  type GoldFile,
  scoreDates,
  scoreEntities,
  scoreEvents,
  scorePlaces,
  scoreQuotes,
  scoreSources,
} from '../../eval/gold-score.ts';
import { analyze } from '../../src/index.ts';
import { GOLD, NEEDS_SHARED, ROOT } from '../helpers.ts';

describe('reference article and gold thresholds', { skip: NEEDS_SHARED }, () => {
  const gold = JSON.parse(readFileSync(join(GOLD, 'fr-kremlin-belarus-talks.gold.json'), 'utf8')) as GoldFile;
  const analysis = analyze(readFileSync(join(GOLD, gold.document), 'utf8'), { published: gold.published });

  test('reference article: every quote found, each with its canonical speaker', () => {
    const c = scoreQuotes(gold, analysis);
    assert.equal(c.tp, gold.quotes.length);
    assert.equal(c.extra, gold.quotes.length);
    assert.ok(analysis.quotes.every((q) => q.speaker !== null));
  });

  test('reference article: sources, dates and places all right', () => {
    const sources = scoreSources(gold, analysis);
    assert.equal(sources.tp, gold.sources.length);
    const dates = scoreDates(gold, analysis);
    assert.deepEqual([dates.tp, dates.extra], [gold.dates.length, gold.dates.length]);
    const places = scorePlaces(gold, analysis);
    assert.deepEqual([places.tp, places.extra], [gold.places.length, gold.places.length]);
  });

  test('reference article: E1–E9 found, the negated E5 never asserted', () => {
    const events = scoreEvents(gold, analysis);
    assert.equal(events.tp, gold.events.filter((e) => e.required).length);
    assert.equal(events.correct, events.predicted, 'no asserted event outside the gold');
    const condemn = analysis.events.filter(
      (e) => e.root === '11' && ['CHN', 'BLR'].includes((e.source?.actor ?? '').slice(0, 3)),
    );
    assert.ok(condemn.length > 0 && condemn.every((e) => e.negated));
  });

  test('reference article: gold entities carry canonical names and actor codes', () => {
    const c = scoreEntities(gold, analysis);
    assert.ok(c.tp / c.gold >= 0.9, `${c.tp}/${c.gold}`);
    assert.ok(c.extra / c.extraOf >= 0.95, `${c.extra}/${c.extraOf}`);
  });

  test('npm run eval meets the thresholds on the gold articles', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'eval/gold.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(
      r.status,
      0,
      r.stdout
        .split('\n')
        .filter((l) => l.includes('below threshold') || l.includes('CRASH'))
        .join('\n'),
    );
  });
});
