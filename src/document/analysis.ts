import type { Doc } from './doc.ts';
import type { CodedEvent, DateMention, Entity, Place, Quote, SourceAttribution } from './types.ts';

/** The JSON contract of `relata analyze --format json` (contract/analysis.schema.json). */
export interface Analysis {
  document: {
    id?: string;
    language: string;
    published?: string;
    title?: string;
    url?: string;
    outlet?: string;
    text: string;
  };
  entities: Entity[];
  quotes: Quote[];
  events: CodedEvent[];
  dates: DateMention[];
  places: Place[];
  sources: SourceAttribution[];
  /** Sentence spans and stage list: handy for readers, not required by the contract. */
  sentences: { start: number; end: number }[];
  pipeline: string[];
}

/** An analysis with no annotation layers, e.g. for a document that could not be analysed. */
export function emptyAnalysis(language: string, text: string): Analysis {
  return {
    document: { language, text },
    entities: [],
    quotes: [],
    events: [],
    dates: [],
    places: [],
    sources: [],
    sentences: [],
    pipeline: [],
  };
}

export function toAnalysis(doc: Doc): Analysis {
  const { id, title, url, outlet } = doc.meta;
  return {
    document: dropUndefined({
      id,
      language: doc.language ?? 'und',
      published: doc.published,
      title,
      url,
      outlet,
      text: doc.text,
    }),
    entities: doc.entities,
    quotes: doc.quotes,
    events: doc.events,
    dates: doc.dates,
    places: doc.places,
    sources: doc.sources,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    pipeline: [...doc.layers],
  };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
