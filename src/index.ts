/** Library entry point: analyse a text and get the JSON contract. */

export { type Analysis, toAnalysis } from './document/analysis.ts';
export { Doc } from './document/doc.ts';
export type * from './document/types.ts';
export { defaultPipeline } from './pipeline/default.ts';
export { Pipeline } from './pipeline/pipeline.ts';
export { InputError, type Stage } from './pipeline/stage.ts';

import { type Analysis, toAnalysis } from './document/analysis.ts';
import type { DocumentMeta, Language } from './document/types.ts';
import { defaultPipeline } from './pipeline/default.ts';

export interface AnalyzeOptions {
  language?: Language;
  published?: string;
  meta?: DocumentMeta;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return toAnalysis(defaultPipeline().analyse(text, options));
}
