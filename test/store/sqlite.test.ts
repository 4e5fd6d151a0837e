import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Analysis } from '../../src/document/analysis.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { tempDir } from '../helpers.ts';

function analysis(text: string, overrides: Partial<Analysis> = {}): Analysis {
  return {
    document: { language: 'fr', published: '2023-03-31', text },
    entities: [
      {
        id: 'e1',
        name: 'Dmitry Peskov',
        type: 'PER',
        actor: 'RUSGOV',
        country: 'RUS',
        mentions: [{ start: 0, end: 6, text: 'Peskov', entity: 'e1', kind: 'name' }],
      },
    ],
    quotes: [
      {
        start: 20,
        end: 30,
        text: text.slice(20, 30),
        kind: 'direct',
        speaker: { name: 'Dmitry Peskov', entity: 'e1', actor: 'RUSGOV' },
      },
    ],
    events: [
      {
        cameo: '125',
        root: '12',
        quadClass: 3,
        goldstein: -5,
        plover: 'REJECT',
        source: { name: 'Dmitry Peskov', entity: 'e1', actor: 'RUSGOV' },
        target: { name: 'Belarus', actor: 'BLR' },
        negated: false,
        modality: 'asserted',
        start: 0,
        end: 19,
        date: '2023-03-31',
      },
      {
        cameo: '111',
        root: '11',
        source: { name: 'China', actor: 'CHN' },
        target: { name: 'Russia', actor: 'RUS' },
        negated: true,
        modality: 'asserted',
        start: 0,
        end: 10,
        date: '2023-02-01',
      },
    ],
    dates: [{ start: 7, end: 15, text: text.slice(7, 15), value: '2023-03-31', type: 'DATE' }],
    places: [{ start: 0, end: 5, text: 'Minsk', name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.57 }],
    sources: [
      { start: 31, end: 40, text: text.slice(31, 40), source: { name: 'The Moscow Times', actor: 'MED' } },
    ],
    sentences: [],
    pipeline: [],
    ...overrides,
  };
}

const TEXT = 'Peskov a rejeté vendredi « rien ne change » selon le Moscow Times.';

test('save stores every layer with foreign keys, once per content hash', async () => {
  const path = join(tempDir(), 's.db');
  const store = new SqliteStore(path);
  const first = await store.save(analysis(TEXT), 'a.txt');
  const again = await store.save(analysis(TEXT), 'copy-of-a.txt');
  assert.equal(first.inserted, true);
  assert.deepEqual(again, { id: first.id, inserted: false });
  assert.deepEqual(await store.stats(), {
    documents: 1,
    entities: 1,
    quotes: 1,
    events: 2,
    dates: 1,
    places: 1,
    sources: 1,
  });
  await store.close();
  const db = new Database(path, { readonly: true });
  const q = db
    .prepare('SELECT q.speaker_name, e.name FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id')
    .get();
  assert.deepEqual(q, { speaker_name: 'Dmitry Peskov', name: 'Dmitry Peskov' });
  assert.equal((db.prepare('PRAGMA foreign_key_check').all() as unknown[]).length, 0);
  db.close();
});

test('quotes and events filter by speaker, actor, code and date range', async () => {
  const store = new SqliteStore(join(tempDir(), 'f.db'));
  await store.save(analysis(TEXT), 'a.txt');
  assert.equal((await store.quotes({ speaker: 'Peskov' })).length, 1);
  assert.equal((await store.quotes({ speaker: 'Zelensky' })).length, 0);
  assert.equal((await store.events({ actor: 'RUS' })).length, 2);
  assert.equal((await store.events({ actor: 'BLR' })).length, 1);
  assert.equal((await store.events({ code: '12' })).length, 1);
  assert.equal((await store.events({ code: 'REJECT' })).length, 1);
  assert.equal((await store.events({ since: '2023-03' })).length, 1);
  assert.equal((await store.events({ until: '2023-02' })).length, 1);
  const negated = (await store.events({ code: '111' }))[0];
  assert.equal(negated.negated, true);
  await store.close();
});

test('a failing save leaves nothing half-written', async () => {
  const path = join(tempDir(), 't.db');
  const store = new SqliteStore(path);
  await store.save(analysis(TEXT), 'a.txt');
  const broken = analysis(`${TEXT} Autre texte.`, {
    // an entity type outside the schema's CHECK constraint makes the insert fail mid-document
    entities: [{ id: 'e1', name: 'X', type: 'BAD' as never, mentions: [] }],
  });
  await assert.rejects(store.save(broken, 'b.txt'));
  assert.deepEqual(await store.stats(), {
    documents: 1,
    entities: 1,
    quotes: 1,
    events: 2,
    dates: 1,
    places: 1,
    sources: 1,
  });
  await store.close();
});
