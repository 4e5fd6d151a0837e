import { existsSync } from 'node:fs';
import { InputError } from '../../pipeline/stage.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { parse, parseDatePrefix, parseLimit } from '../options.ts';

export async function quotesCommand(args: string[]): Promise<number> {
  const { values } = parse(
    args,
    {
      db: { type: 'string', default: DEFAULT_DB },
      speaker: { type: 'string' },
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
    const rows = await store.quotes({
      speaker: values.speaker,
      since: parseDatePrefix('since', values.since),
      until: parseDatePrefix('until', values.until),
      limit: parseLimit(values.limit),
    });
    if (values.json) console.log(JSON.stringify(rows, null, 2));
    else {
      for (const q of rows) {
        console.log(
          `${q.published ?? '????-??-??'}  ${q.speaker ?? '(unattributed)'}${q.speakerActor ? ` [${q.speakerActor}]` : ''} — ${q.kind}: « ${q.text} »`,
        );
      }
      console.log(`${rows.length} quote${rows.length === 1 ? '' : 's'}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
