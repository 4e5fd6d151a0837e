import { existsSync } from 'node:fs';
import { InputError } from '../../pipeline/stage.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { parse, parseDatePrefix, parseLimit } from '../options.ts';

export async function eventsCommand(args: string[]): Promise<number> {
  const { values } = parse(
    args,
    {
      db: { type: 'string', default: DEFAULT_DB },
      actor: { type: 'string' },
      code: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    false,
  );
  if (!existsSync(values.db)) throw new InputError(`no database at ${values.db} (run relata ingest first)`);
  const store = openStore(values.db);
  try {
    const rows = await store.events({
      actor: values.actor,
      code: values.code,
      since: parseDatePrefix('since', values.since),
      until: parseDatePrefix('until', values.until),
      limit: parseLimit(values.limit),
    });
    if (values.json) console.log(JSON.stringify(rows, null, 2));
    else {
      for (const e of rows) {
        const who = (name: string | null, code: string | null) => `${name ?? '—'}${code ? ` [${code}]` : ''}`;
        console.log(
          `${e.date ?? e.published ?? '????-??-??'}  ${e.negated ? 'NOT ' : ''}${e.cameo}${e.plover ? `/${e.plover}` : ''}  ${who(e.source, e.sourceActor)} → ${who(e.target, e.targetActor)}${e.modality && e.modality !== 'asserted' ? ` (${e.modality})` : ''}`,
        );
      }
      console.log(`${rows.length} event${rows.length === 1 ? '' : 's'}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
