import { InputError } from '../pipeline/stage.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { demoCommand } from './commands/demo.ts';
import { eventsCommand } from './commands/events.ts';
import { ingestCommand } from './commands/ingest.ts';
import { quotesCommand } from './commands/quotes.ts';
import { UsageError } from './options.ts';

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; summary: string }> = {
  analyze: {
    run: analyzeCommand,
    summary:
      'analyze FILE|URL|- [--language auto|fr|en] [--published YYYY-MM-DD] [--format json|text] [--dictionaries DIR]',
  },
  ingest: {
    run: ingestCommand,
    summary:
      'ingest PATH... [--db FILE] [--language ...] [--published ...] [--dictionaries DIR]  (files, folders, globs)',
  },
  quotes: {
    run: quotesCommand,
    summary: 'quotes [--db FILE] [--speaker NAME] [--since DATE] [--until DATE] [--limit N] [--json]',
  },
  events: {
    run: eventsCommand,
    summary:
      'events [--db FILE] [--actor CODE|NAME] [--code CAMEO|PLOVER] [--since DATE] [--until DATE] [--limit N] [--json]',
  },
  demo: {
    run: demoCommand,
    summary: 'demo [--db FILE]  (ingest the bundled sample articles into a fresh database)',
  },
};

function usage(): string {
  return [
    'usage: relata <command> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => `  relata ${c.summary}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    console.log('relata 0.1.0');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}" (relata help lists the commands)`);
  return command.run(args);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`relata: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof InputError) {
    console.error(`relata: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(`relata: internal error: ${(error as Error).message}`);
    if (process.env.RELATA_DEBUG) console.error((error as Error).stack);
    process.exitCode = 70;
  }
}
