import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { globSync } from 'tinyglobby';
import { pipelineWith } from '../../pipeline/default.ts';
import { InputError } from '../../pipeline/stage.ts';
import { DEFAULT_DB, openStore, type Store } from '../../store/index.ts';
import { analyzeInput, type InputOptions } from '../analyze-input.ts';
import { parse, parseLanguage, parsePublished, UsageError } from '../options.ts';

const ARTICLE_FILES = '**/*.{txt,html,htm}';

/** Expands files, folders (their .txt/.html articles) and glob patterns, in a stable order. */
export function expandPaths(paths: string[]): string[] {
  const out = new Set<string>();
  for (const path of paths) {
    if (/^https?:\/\//i.test(path) || path === '-') out.add(path);
    else if (existsSync(path) && statSync(path).isDirectory()) {
      for (const f of globSync(ARTICLE_FILES, { cwd: path }).sort()) out.add(join(path, f));
    } else if (existsSync(path)) out.add(path);
    else if (/[*?[{]/.test(path)) {
      const matches = globSync(path).sort();
      if (matches.length === 0) throw new InputError(`no file matches ${path}`);
      for (const f of matches) out.add(f);
    } else throw new InputError(`cannot read ${path}: ENOENT`);
  }
  return [...out];
}

export interface IngestSummary {
  stored: number;
  skipped: number;
  failed: number;
}

/** Analyses and stores each input, one transaction per document; a failing input does not stop the batch. */
export async function ingestAll(
  store: Store,
  inputs: string[],
  options: InputOptions,
  showProgress: boolean,
): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, skipped: 0, failed: 0 };
  const bar = showProgress
    ? new SingleBar({
        format: 'ingest [{bar}] {value}/{total} {file}',
        hideCursor: true,
        stream: process.stderr,
      })
    : undefined;
  bar?.start(inputs.length, 0, { file: '' });
  for (const input of inputs) {
    try {
      const analysis = await analyzeInput(input, options);
      const result = await store.save(analysis, input);
      if (result.inserted) summary.stored++;
      else summary.skipped++;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      summary.failed++;
      bar?.stop();
      console.error(`relata: ${error.message.startsWith(input) ? '' : `${input}: `}${error.message}`);
      bar?.start(inputs.length, summary.stored + summary.skipped + summary.failed, { file: '' });
    }
    bar?.increment({ file: input.length > 40 ? `…${input.slice(-39)}` : input });
  }
  bar?.stop();
  return summary;
}

export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: 'string', default: DEFAULT_DB },
    language: { type: 'string', default: 'auto' },
    published: { type: 'string' },
    dictionaries: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH (file, folder or glob)');
  const options = {
    language: parseLanguage(values.language),
    published: parsePublished(values.published),
    pipeline: pipelineWith({ dictionaries: values.dictionaries }),
  };
  const inputs = expandPaths(positionals);
  const store = openStore(values.db);
  try {
    const summary = await ingestAll(
      store,
      inputs,
      options,
      process.stderr.isTTY === true && inputs.length > 1,
    );
    const stats = await store.stats();
    console.log(
      `ingested ${summary.stored} new, ${summary.skipped} already stored, ${summary.failed} failed — ${values.db} now holds ${stats.documents} documents, ${stats.quotes} quotes, ${stats.events} events`,
    );
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
