import { existsSync } from 'node:fs';
import { InputError } from '../pipeline/stage.ts';
import { DEFAULT_DB, openStore, type QueryFilter, type Store } from '../store/index.ts';
import { parse, parseDatePrefix, parseLimit } from './options.ts';

type FilterFlag = 'speaker' | 'actor' | 'code';

/**
 * Shared body of the query commands (`quotes`, `events`): common flags (--db, --since, --until,
 * --limit, --json), the command's own filter flags, then rows printed as JSON or as lines.
 */
export async function runQuery<Row>(
  args: string[],
  flags: readonly FilterFlag[],
  query: (store: Store, filter: QueryFilter) => Promise<Row[]>,
  line: (row: Row) => string,
  noun: string,
): Promise<number> {
  const { values } = parse(
    args,
    {
      db: { type: 'string', default: DEFAULT_DB },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      ...Object.fromEntries(flags.map((flag) => [flag, { type: 'string' as const }])),
    },
    false,
  );
  const filter: QueryFilter = {
    since: parseDatePrefix('since', values.since as string | undefined),
    until: parseDatePrefix('until', values.until as string | undefined),
    limit: parseLimit(values.limit as string | undefined),
  };
  for (const flag of flags) filter[flag] = (values as Record<string, unknown>)[flag] as string | undefined;
  const db = values.db as string;
  if (!existsSync(db)) throw new InputError(`no database at ${db} (run relata ingest first)`);
  const store = openStore(db);
  try {
    const rows = await query(store, filter);
    if (values.json) console.log(JSON.stringify(rows, null, 2));
    else {
      for (const row of rows) console.log(line(row));
      console.log(`${rows.length} ${noun}${rows.length === 1 ? '' : 's'}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
