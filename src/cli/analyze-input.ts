import type { Analysis } from '../document/analysis.ts';
import type { Language } from '../document/types.ts';
import { analyze } from '../index.ts';
import { readInput } from '../input/read.ts';

export interface InputOptions {
  language?: Language;
  published?: string;
}

/** Reads one input (file, URL, "-") and runs the pipeline over it. */
export async function analyzeInput(source: string, options: InputOptions): Promise<Analysis> {
  const raw = await readInput(source);
  return analyze(raw.text, {
    language: options.language,
    published: options.published ?? raw.published,
    meta: { title: raw.title, url: raw.url, outlet: raw.outlet, origin: raw.origin },
  });
}
