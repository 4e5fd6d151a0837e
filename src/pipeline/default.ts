import { existsSync, statSync } from 'node:fs';
import { loadDictionaries } from '../knowledge/petrarch/index.ts';
import { entities } from '../stages/entities/index.ts';
import { createEventsStage, events } from '../stages/events/index.ts';
import { detectLanguage } from '../stages/language/index.ts';
import { normalise } from '../stages/normalise/index.ts';
import { places } from '../stages/places/index.ts';
import { quotes } from '../stages/quotes/index.ts';
import { segment } from '../stages/segment/index.ts';
import { sources } from '../stages/sources/index.ts';
import { syntax } from '../stages/syntax/index.ts';
import { dates } from '../stages/time/index.ts';
import { Pipeline } from './pipeline.ts';
import { InputError, type Stage } from './stage.ts';

const BEFORE_EVENTS: Stage[] = [
  normalise,
  detectLanguage,
  segment,
  syntax,
  entities,
  quotes,
  sources,
  dates,
  places,
];

let shared: Pipeline | undefined;

/** The standard pipeline: normalise → language → segment → syntax → entities → quotes → sources → dates → places → events. */
export function defaultPipeline(): Pipeline {
  shared ??= new Pipeline([...BEFORE_EVENTS, events]);
  return shared;
}

export interface PipelineOptions {
  /** A folder of PETRARCH-format dictionaries replacing relata's own (`--dictionaries DIR`). */
  dictionaries?: string;
}

/** The standard pipeline, or one configured by options (checked up front, so errors come before any work). */
export function pipelineWith(options: PipelineOptions = {}): Pipeline {
  if (!options.dictionaries) return defaultPipeline();
  const dir = options.dictionaries;
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InputError(`dictionary folder not found: ${dir}`);
  let verbs: number;
  try {
    verbs = loadDictionaries(dir).verbs.length;
  } catch (error) {
    throw new InputError(`cannot read dictionaries in ${dir}: ${(error as Error).message}`);
  }
  if (verbs === 0) throw new InputError(`no verb dictionary (*verbs*.txt or CAMEO*.txt) in ${dir}`);
  return new Pipeline([...BEFORE_EVENTS, createEventsStage({ dictionaries: dir })]);
}
