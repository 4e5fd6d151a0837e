import { Doc } from '../../src/document/doc.ts';
import type { CodedEvent, Entity, EntityType, Language, Quote } from '../../src/document/types.ts';
import { createEventsStage, type EventStageOptions } from '../../src/stages/events/index.ts';
import { segment } from '../../src/stages/segment/index.ts';

export interface ActorSpec {
  actor: string;
  type?: EntityType;
}

/**
 * A document segmented by relata's tokenizer, with hand-made entities (every occurrence of each name
 * becomes a mention) so the coder is tested apart from the entity recogniser and the parser.
 */
export function buildDoc(
  text: string,
  language: Language,
  actors: Record<string, ActorSpec>,
  quotes: string[] = [],
): Doc {
  const doc = new Doc(text, { language, published: '2023-03-31' });
  segment.run(doc);
  let n = 0;
  for (const [name, spec] of Object.entries(actors)) {
    const id = `e${n++}`;
    const entity: Entity = {
      id,
      name,
      type: spec.type ?? 'ORG',
      actor: spec.actor,
      country: spec.actor.slice(0, 3),
      mentions: [],
    };
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      entity.mentions.push({ text: name, start: at, end: at + name.length, entity: id, kind: 'name' });
    }
    doc.entities.push(entity);
  }
  for (const q of quotes) {
    const start = text.indexOf(q);
    const quote: Quote = { text: q, start, end: start + q.length, kind: 'direct', speaker: null };
    doc.quotes.push(quote);
  }
  return doc;
}

export function codeEvents(doc: Doc, options: EventStageOptions = {}): CodedEvent[] {
  createEventsStage(options).run(doc);
  return doc.events;
}

/** "SRC→TGT code" summaries, for compact assertions. */
export function summary(events: readonly CodedEvent[]): string[] {
  return events.map(
    (e) => `${e.source?.actor ?? '-'}→${e.target?.actor ?? '-'} ${e.cameo}${e.negated ? ' neg' : ''}`,
  );
}
