import { Doc } from '../document/doc.ts';
import type { DocumentMeta, Language } from '../document/types.ts';
import type { Stage } from './stage.ts';

export interface StageTiming {
  stage: string;
  ms: number;
}

/** An ordered list of stages; checks that each stage's requirements run before it. */
export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: Stage[]) {
    const seen = new Set<string>();
    for (const stage of stages) {
      for (const required of stage.requires) {
        if (!seen.has(required))
          throw new Error(`stage "${stage.name}" requires "${required}" to run before it`);
      }
      seen.add(stage.name);
    }
    this.stages = stages;
  }

  get names(): string[] {
    return this.stages.map((s) => s.name);
  }

  /** Runs every stage over the document; `timings`, when given, receives per-stage wall time. */
  run(doc: Doc, timings?: StageTiming[]): Doc {
    for (const stage of this.stages) {
      const t0 = timings ? performance.now() : 0;
      stage.run(doc);
      doc.layers.push(stage.name);
      if (timings) timings.push({ stage: stage.name, ms: performance.now() - t0 });
    }
    return doc;
  }

  analyse(text: string, options: { language?: Language; published?: string; meta?: DocumentMeta } = {}): Doc {
    return this.run(new Doc(text, options));
  }
}
