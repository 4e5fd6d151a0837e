import type { Analysis } from '../document/analysis.ts';

/** What `relata quotes` and `relata events` filter on. Dates are ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD). */
export interface QueryFilter {
  speaker?: string;
  actor?: string;
  code?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export interface StoredQuote {
  document: string;
  published: string | null;
  kind: string;
  speaker: string | null;
  speakerActor: string | null;
  text: string;
  start: number;
  end: number;
}

export interface StoredEvent {
  document: string;
  published: string | null;
  date: string | null;
  cameo: string;
  root: string;
  plover: string | null;
  quadClass: number | null;
  goldstein: number | null;
  source: string | null;
  sourceActor: string | null;
  target: string | null;
  targetActor: string | null;
  negated: boolean;
  modality: string | null;
  clause: string;
}

export interface SaveResult {
  id: number;
  /** False when the same content was already stored (idempotent ingest). */
  inserted: boolean;
}

export interface StoreStats {
  documents: number;
  entities: number;
  quotes: number;
  events: number;
  dates: number;
  places: number;
  sources: number;
}

/**
 * The storage interface: SQLite is the embedded default; a PostgreSQL adapter implements the same
 * methods (asynchronous, so a networked database fits). Each save is one transaction: a document is stored whole or not at all.
 */
export interface Store {
  save(analysis: Analysis, origin: string): Promise<SaveResult>;
  quotes(filter: QueryFilter): Promise<StoredQuote[]>;
  events(filter: QueryFilter): Promise<StoredEvent[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
