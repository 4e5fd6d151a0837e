import { SqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export type { QueryFilter, Store, StoredEvent, StoredQuote, StoreStats } from './store.ts';

export const DEFAULT_DB = './relata.db';

/** Opens the store named by a path or URL. SQLite is the embedded default. */
export function openStore(location: string = DEFAULT_DB): Store {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error('PostgreSQL storage is not available yet in this version; use an SQLite file path');
  }
  return new SqliteStore(location);
}
