import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../store/index.ts';
import { parse } from '../options.ts';
import { expandPaths, ingestAll } from './ingest.ts';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '../../../samples');

/** `npm start`: ingest the bundled sample articles into a fresh database and show what came out. */
export async function demoCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { db: { type: 'string', default: './relata-demo.db' } }, false);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${values.db}${suffix}`, { force: true });
  const inputs = expandPaths([SAMPLES]).filter((f) => !f.endsWith('README.md'));
  const store = openStore(values.db);
  try {
    const summary = await ingestAll(store, inputs, {}, process.stderr.isTTY === true);
    const stats = await store.stats();
    console.log(
      `relata demo — ${summary.stored} sample articles from ${relative(process.cwd(), SAMPLES) || SAMPLES} analysed into ${values.db}`,
    );
    console.log(
      `  ${stats.documents} documents · ${stats.entities} entities · ${stats.quotes} quotes · ${stats.sources} source attributions · ${stats.events} events · ${stats.dates} dates · ${stats.places} places`,
    );
    const quotes = await store.quotes({ limit: 5 });
    if (quotes.length) console.log('\nSome quotes:');
    for (const q of quotes)
      console.log(
        `  ${q.speaker ?? '(unattributed)'}: « ${q.text.length > 90 ? `${q.text.slice(0, 89)}…` : q.text} »`,
      );
    const events = await store.events({ limit: 5 });
    if (events.length) console.log('\nSome events:');
    for (const e of events)
      console.log(
        `  ${e.negated ? 'NOT ' : ''}${e.cameo} ${e.plover ?? ''} ${e.sourceActor ?? e.source ?? '—'} → ${e.targetActor ?? e.target ?? '—'}`,
      );
    console.log(`
Next, try:
  bin/relata quotes --db ${values.db} --speaker Peskov
  bin/relata events --db ${values.db} --code 11 --since 2024
  bin/relata analyze samples/fr/onu-gaza-aide.html --format text
  bin/relata analyze samples/en/trade-talks.html --format json
  bin/relata ingest my-articles/ --db relata.db`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
