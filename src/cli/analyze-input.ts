import type { Analysis } from '../document/analysis.ts';
import { toAnalysis } from '../document/analysis.ts';
import type { Language } from '../document/types.ts';
import { readInput } from '../input/read.ts';
import { defaultPipeline } from '../pipeline/default.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';

export interface InputOptions {
  language?: Language;
  published?: string;
  pipeline?: Pipeline;
}

/** Reads one input (file, URL, "-") and runs the pipeline over it. */
export async function analyzeInput(source: string, options: InputOptions): Promise<Analysis> {
  const raw = await readInput(source);
  const pipeline = options.pipeline ?? defaultPipeline();
  return toAnalysis(
    pipeline.analyse(raw.text, {
      language: options.language,
      published: options.published ?? raw.published,
      meta: { title: raw.title, url: raw.url, outlet: raw.outlet, origin: raw.origin },
    }),
  );
}
