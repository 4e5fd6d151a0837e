import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildDoc, codeEvents, summary } from './helpers.ts';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const suite = join(resolve(projectRoot, '../shared'), 'data/petrarch');
const validate = ['verbs', 'actors', 'agents', 'discards'].map((k) => join(suite, `PETR.Validate.${k}.txt`));

describe('events with a PETRARCH dictionary set (--dictionaries)', { skip: !existsSync(suite) }, () => {
  it('finds actors and agents from the set and codes with its verb patterns', () => {
    const doc = buildDoc('Arnor is about to restore full diplomatic ties with Gondor.', 'en', {});
    assert.deepEqual(summary(codeEvents(doc, { dictionaries: validate })), ['ARN→GON 064']);
  });

  it('qualifies an actor by the agent noun after it', () => {
    const doc = buildDoc(
      "Arnor is about to restore full diplomatic ties with Gondor's government.",
      'en',
      {},
    );
    assert.deepEqual(summary(codeEvents(doc, { dictionaries: validate })), ['ARN→GONGOV 064']);
  });

  it('codes a compound pattern (%) in both directions', () => {
    const doc = buildDoc('Old foes Gondor and Osgiliath have renewed diplomatic ties.', 'en', {});
    assert.deepEqual(summary(codeEvents(doc, { dictionaries: validate })).sort(), [
      'GON→OSG 064',
      'OSG→GON 064',
    ]);
  });

  it('drops a sentence with a discard phrase', () => {
    const doc = buildDoc(
      'Arnor is about to restore full diplomatic ties with Gondor months later.',
      'en',
      {},
    );
    assert.deepEqual(codeEvents(doc, { dictionaries: validate }), []);
  });
});
