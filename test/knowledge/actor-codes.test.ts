import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorCodeAt, actorKB } from '../../src/knowledge/actors/index.ts';

test('a person keeps the role of their last office after it ended, not before it began', () => {
  const minister = actorKB().best('Sanae Takaichi');
  assert.ok(minister);
  assert.equal(actorCodeAt(minister, '2007-01-01'), 'JPNGOV');
  assert.equal(actorCodeAt(minister, '2010-05-01'), 'JPNGOV');
  assert.equal(actorCodeAt(minister, '2001-05-01'), undefined);
});

test('two actors may share a name; the table keeps both for the entities stage to choose', () => {
  const rsf = actorKB()
    .lookup('RSF')
    .filter((a) => a.source === 'extra')
    .map((a) => a.name);
  assert.deepEqual(rsf, ['Reporters Without Borders', 'Rapid Support Forces']);
});
