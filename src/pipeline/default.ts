import { entities } from '../stages/entities/index.ts';
import { events } from '../stages/events/index.ts';
import { detectLanguage } from '../stages/language/index.ts';
import { normalise } from '../stages/normalise/index.ts';
import { places } from '../stages/places/index.ts';
import { quotes } from '../stages/quotes/index.ts';
import { segment } from '../stages/segment/index.ts';
import { sources } from '../stages/sources/index.ts';
import { syntax } from '../stages/syntax/index.ts';
import { dates } from '../stages/time/index.ts';
import { Pipeline } from './pipeline.ts';

let shared: Pipeline | undefined;

/** The standard pipeline: normalise → language → segment → syntax → entities → quotes → sources → dates → places → events. */
export function defaultPipeline(): Pipeline {
  shared ??= new Pipeline([
    normalise,
    detectLanguage,
    segment,
    syntax,
    entities,
    quotes,
    sources,
    dates,
    places,
    events,
  ]);
  return shared;
}
