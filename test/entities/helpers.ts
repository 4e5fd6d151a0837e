import { Doc } from '../../src/document/doc.ts';
import type { Entity, Language } from '../../src/document/types.ts';
import { Pipeline } from '../../src/pipeline/pipeline.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { entities } from '../../src/stages/entities/index.ts';
import { detectLanguage } from '../../src/stages/language/index.ts';
import { normalise } from '../../src/stages/normalise/index.ts';
import { places } from '../../src/stages/places/index.ts';
import { segment } from '../../src/stages/segment/index.ts';

/** Stands in for the syntax stage: entities and places must work without a parse. */
const noSyntax: Stage = { name: 'syntax', requires: ['segment'], run() {} };

const pipeline = new Pipeline([normalise, detectLanguage, segment, noSyntax, entities, places]);

export function analyse(text: string, language: Language, published: string): Doc {
  return pipeline.run(new Doc(text, { language, published }));
}

export function entityMentioned(doc: Doc, surface: string): Entity | undefined {
  return doc.entities.find((e) => e.mentions.some((m) => m.text === surface));
}
