import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Analysis } from '../document/analysis.ts';
import type { ActorRef } from '../document/types.ts';
import { InputError } from '../pipeline/stage.ts';
import type { QueryFilter, SaveResult, Store, StoredEvent, StoredQuote, StoreStats } from './store.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const SQLITE_MAGIC = 'SQLite format 3\0';

export function contentHash(language: string, text: string): string {
  return createHash('sha256').update(language).update('\0').update(text).digest('hex');
}

/** Refuses a path that exists but is not an SQLite database, before SQLite touches it. */
function assertSqliteFile(path: string): void {
  if (path === ':memory:' || !existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) throw new InputError(`database path ${path} is a directory`);
  if (stat.size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_MAGIC) throw new InputError(`${path} is not an SQLite database`);
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(path: string) {
    assertSqliteFile(path);
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      this.migrate();
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot open database ${path}: ${(error as Error).message}`);
    }
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((f) => /^\d+-.*\.sql$/.test(f))
      .sort();
    for (const file of files) {
      const version = Number.parseInt(file, 10);
      if (version <= current) continue;
      const sql = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${version}`);
      })();
    }
  }

  async save(analysis: Analysis, origin: string): Promise<SaveResult> {
    return this.saveSync(analysis, origin);
  }

  private saveSync(a: Analysis, origin: string): SaveResult {
    const hash = contentHash(a.document.language, a.document.text);
    const existing = this.db.prepare('SELECT id FROM documents WHERE hash = ?').get(hash) as
      | { id: number }
      | undefined;
    if (existing) return { id: existing.id, inserted: false };
    const insert = this.db.transaction((): number => {
      const d = a.document;
      const documentId = Number(
        this.db
          .prepare(
            `INSERT INTO documents (hash, origin, title, url, outlet, language, published, text, analysis)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            hash,
            origin,
            d.title ?? null,
            d.url ?? null,
            d.outlet ?? null,
            d.language,
            d.published ?? null,
            d.text,
            JSON.stringify(a),
          ).lastInsertRowid,
      );
      const entityIds = new Map<string, number>();
      const insertEntity = this.db.prepare(
        'INSERT INTO entities (document_id, local_id, name, type, actor, country, wikidata) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const insertMention = this.db.prepare(
        'INSERT INTO mentions (entity_id, document_id, start, end, text, kind) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const e of a.entities) {
        const id = Number(
          insertEntity.run(
            documentId,
            e.id,
            e.name,
            e.type,
            e.actor ?? null,
            e.country ?? null,
            e.wikidata ?? null,
          ).lastInsertRowid,
        );
        entityIds.set(e.id, id);
        for (const m of e.mentions) insertMention.run(id, documentId, m.start, m.end, m.text, m.kind ?? null);
      }
      const entityOf = (ref: ActorRef | null | undefined) =>
        ref?.entity ? (entityIds.get(ref.entity) ?? null) : null;
      const insertQuote = this.db.prepare(
        `INSERT INTO quotes (document_id, start, end, text, kind, speaker_name, speaker_entity_id, speaker_actor, cue_start, cue_end, cue_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const q of a.quotes) {
        insertQuote.run(
          documentId,
          q.start,
          q.end,
          q.text,
          q.kind,
          q.speaker?.name ?? null,
          entityOf(q.speaker),
          q.speaker?.actor ?? null,
          q.cue?.start ?? null,
          q.cue?.end ?? null,
          q.cue?.text ?? null,
        );
      }
      const insertEvent = this.db.prepare(
        `INSERT INTO events (document_id, cameo, root, quad_class, goldstein, plover, mode,
           source_name, source_actor, source_country, source_entity_id, target_name, target_actor, target_country, target_entity_id,
           negated, modality, date, place_name, place_country, lat, lon, start, end, trigger_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const e of a.events) {
        const place = e.place as
          | { name?: string; country?: string; lat?: number; lon?: number }
          | null
          | undefined;
        insertEvent.run(
          documentId,
          e.cameo,
          e.root,
          e.quadClass ?? null,
          e.goldstein ?? null,
          e.plover ?? null,
          e.mode ?? null,
          e.source?.name ?? null,
          e.source?.actor ?? null,
          e.source?.country ?? null,
          entityOf(e.source),
          e.target?.name ?? null,
          e.target?.actor ?? null,
          e.target?.country ?? null,
          entityOf(e.target),
          e.negated ? 1 : 0,
          e.modality ?? null,
          e.date ?? null,
          place?.name ?? null,
          place?.country ?? null,
          place?.lat ?? null,
          place?.lon ?? null,
          e.start,
          e.end,
          e.trigger?.text ?? null,
        );
      }
      const insertDate = this.db.prepare(
        'INSERT INTO dates (document_id, start, end, text, value, type) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const d of a.dates) insertDate.run(documentId, d.start, d.end, d.text, d.value, d.type ?? null);
      const insertPlace = this.db.prepare(
        'INSERT INTO places (document_id, start, end, text, name, country, lat, lon, geonameid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const p of a.places) {
        insertPlace.run(
          documentId,
          p.start,
          p.end,
          p.text,
          p.name,
          p.country,
          p.lat ?? null,
          p.lon ?? null,
          p.geonameid ?? null,
        );
      }
      const insertSource = this.db.prepare(
        `INSERT INTO sources (document_id, start, end, text, source_name, source_actor, covers_start, covers_end)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const s of a.sources) {
        insertSource.run(
          documentId,
          s.start,
          s.end,
          s.text,
          s.source?.name ?? null,
          s.source?.actor ?? null,
          s.covers?.start ?? null,
          s.covers?.end ?? null,
        );
      }
      return documentId;
    });
    return { id: insert.immediate(), inserted: true };
  }

  async quotes(filter: QueryFilter): Promise<StoredQuote[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.speaker) {
      where.push('(q.speaker_name LIKE ? OR q.speaker_actor = ?)');
      params.push(`%${filter.speaker}%`, filter.speaker.toUpperCase());
    }
    addDateRange(where, params, filter, 'd.published');
    const rows = this.db
      .prepare(
        `SELECT COALESCE(d.title, d.origin) AS document, d.published, q.kind, q.speaker_name AS speaker,
                q.speaker_actor AS speakerActor, q.text, q.start, q.end
         FROM quotes q JOIN documents d ON d.id = q.document_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY d.published DESC, d.id, q.start LIMIT ?`,
      )
      .all(...params, filter.limit ?? 1000);
    return rows as StoredQuote[];
  }

  async events(filter: QueryFilter): Promise<StoredEvent[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.actor) {
      const actor = filter.actor;
      where.push(
        `(e.source_actor LIKE ? OR e.target_actor LIKE ? OR e.source_name LIKE ? OR e.target_name LIKE ?)`,
      );
      params.push(`${actor.toUpperCase()}%`, `${actor.toUpperCase()}%`, `%${actor}%`, `%${actor}%`);
    }
    if (filter.code) {
      where.push('(e.cameo LIKE ? OR e.plover = ?)');
      params.push(`${filter.code}%`, filter.code.toUpperCase());
    }
    addDateRange(where, params, filter, 'COALESCE(e.date, d.published)');
    const rows = this.db
      .prepare(
        `SELECT COALESCE(d.title, d.origin) AS document, d.published, e.date, e.cameo, e.root, e.plover,
                e.quad_class AS quadClass, e.goldstein, e.source_name AS source, e.source_actor AS sourceActor,
                e.target_name AS target, e.target_actor AS targetActor, e.negated, e.modality,
                substr(d.text, e.start + 1, e.end - e.start) AS clause
         FROM events e JOIN documents d ON d.id = e.document_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY COALESCE(e.date, d.published) DESC, d.id, e.start LIMIT ?`,
      )
      .all(...params, filter.limit ?? 1000) as (Omit<StoredEvent, 'negated'> & { negated: number })[];
    return rows.map((r) => ({ ...r, negated: Boolean(r.negated) }));
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) =>
      (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      documents: count('documents'),
      entities: count('entities'),
      quotes: count('quotes'),
      events: count('events'),
      dates: count('dates'),
      places: count('places'),
      sources: count('sources'),
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** since/until accept YYYY, YYYY-MM or YYYY-MM-DD; until is inclusive of the whole period. */
function addDateRange(where: string[], params: unknown[], filter: QueryFilter, column: string): void {
  if (filter.since) {
    where.push(`${column} >= ?`);
    params.push(filter.since);
  }
  if (filter.until) {
    where.push(`${column} < ?`);
    params.push(`${filter.until}\uffff`);
  }
}
