import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { relata, tempDir } from '../helpers.ts';

const codes = (stdout: string) => (JSON.parse(stdout).events as { cameo: string }[]).map((e) => e.cameo);

test('--dictionaries DIR codes events with a user-supplied PETRARCH verb dictionary', () => {
  const dir = tempDir();
  const dictionaries = join(dir, 'dicts');
  mkdirSync(dictionaries);
  // A one-verb dictionary: "snub" as a rejection (125), which relata's own dictionaries code otherwise.
  writeFileSync(join(dictionaries, 'en.mini.verbs.txt'), '---  SNUB   [125]  ---\nSNUB\n');
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'Germany snubbed France on Monday, officials said.\n');
  const args = ['analyze', article, '--language', 'en', '--published', '2024-01-10'];
  const custom = relata([...args, '--dictionaries', dictionaries]);
  assert.equal(custom.status, 0, custom.stderr);
  assert.deepEqual(codes(custom.stdout), ['125']);
  const standard = relata(args);
  assert.equal(standard.status, 0, standard.stderr);
  assert.ok(!codes(standard.stdout).includes('125'));
});

test('--dictionaries with a missing or empty folder is one clear error', () => {
  const dir = tempDir();
  const missing = relata(['analyze', 'samples/en/port-strike.txt', '--dictionaries', join(dir, 'nope')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /dictionary folder not found/);
  const empty = relata([
    'ingest',
    'samples/en/port-strike.txt',
    '--db',
    join(dir, 'x.db'),
    '--dictionaries',
    dir,
  ]);
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /no verb dictionary/);
  assert.equal(empty.stderr.trim().split('\n').length, 1);
});
