import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { ROOT, relata, tempDir } from '../helpers.ts';

const count = (db: string, table: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    d.close();
  }
};

test('ingest stores a folder, is idempotent, and quotes/events query it', () => {
  const dir = tempDir();
  const db = join(dir, 'r.db');
  const first = relata(['ingest', 'samples', '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /ingested 6 new, 0 already stored/);
  const documents = count(db, 'documents');
  assert.equal(documents, 6);
  const second = relata(['ingest', 'samples/fr', 'samples/en/*.html', '--db', db]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /ingested 0 new, 5 already stored/);
  assert.equal(count(db, 'documents'), documents);

  const quotes = relata(['quotes', '--db', db, '--json']);
  assert.equal(quotes.status, 0, quotes.stderr);
  assert.equal(JSON.parse(quotes.stdout).length, count(db, 'quotes'));
  const events = relata(['events', '--db', db, '--json', '--since', '2024-04', '--until', '2024-06']);
  assert.equal(events.status, 0, events.stderr);
  for (const e of JSON.parse(events.stdout))
    assert.ok((e.date ?? e.published) >= '2024-04' && (e.date ?? e.published) < '2024-07');
  assert.notEqual(relata(['events', '--db', db, '--since', 'April']).status, 0);
});

test('a bad file in a batch is reported; the good ones are stored; nothing stored is lost', () => {
  const dir = tempDir();
  const db = join(dir, 'r.db');
  assert.equal(relata(['ingest', 'samples/en', '--db', db]).status, 0);
  const before = count(db, 'documents');
  writeFileSync(join(dir, 'empty.txt'), '');
  copyFileSync(join(ROOT, 'samples/fr/sahel-manifestation.html'), join(dir, 'sahel.html'));
  const r = relata(['ingest', join(dir, 'empty.txt'), join(dir, 'sahel.html'), '--db', db]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /empty\.txt.*is empty/);
  assert.equal(count(db, 'documents'), before + 1);
});

test('a database file that is not SQLite is refused and left untouched', () => {
  const dir = tempDir();
  const notDb = join(dir, 'notes.db');
  writeFileSync(notDb, 'these are my notes, not a database\n');
  const r = relata(['ingest', 'samples/en/port-strike.txt', '--db', notDb]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /not an SQLite database/);
  assert.equal(readFileSync(notDb, 'utf8'), 'these are my notes, not a database\n');
  assert.notEqual(relata(['quotes', '--db', join(dir, 'absent.db')]).status, 0);
});

test('npm start (relata demo) builds a fresh database and prints the next commands', () => {
  const dir = tempDir();
  const db = join(dir, 'demo.db');
  const r = relata(['demo', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /6 sample articles/);
  assert.match(r.stdout, /Next, try:/);
  assert.equal(count(db, 'documents'), 6);
  assert.equal(relata(['demo', '--db', db]).status, 0);
  assert.equal(count(db, 'documents'), 6);
});
