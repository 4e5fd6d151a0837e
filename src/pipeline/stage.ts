import type { Doc } from '../document/doc.ts';

/**
 * A pipeline component: reads the layers named in `requires`, adds the layer named `name`.
 * Stages are synchronous and pure with respect to earlier layers.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly string[];
  run(doc: Doc): void;
}

/** Raised for input the pipeline cannot analyse (empty, binary, unknown language...). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
