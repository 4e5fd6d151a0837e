import { Doc } from '../../src/document/doc.ts';
import type { Entity, Language } from '../../src/document/types.ts';
import { detectLanguage } from '../../src/stages/language/index.ts';
import { normalise } from '../../src/stages/normalise/index.ts';
import { quotes } from '../../src/stages/quotes/index.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { sources } from '../../src/stages/sources/index.ts';

/** A named entity to place in the document: every occurrence of each surface form becomes a mention. */
export interface EntitySpec {
  name: string;
  type: Entity['type'];
  forms: string[];
  actor?: string;
}

/**
 * Runs segmentation, then (optionally) a hand-made entity layer, then the quotes and sources stages,
 * so the tests exercise the attribution rules without depending on the NER model.
 */
export function analyse(text: string, language: Language, entities: EntitySpec[] = []): Doc {
  const doc = new Doc(text, { language });
  for (const stage of [normalise, detectLanguage, segment]) stage.run(doc);
  doc.entities = entities.map((spec, n) => ({
    id: `e${n}`,
    name: spec.name,
    type: spec.type,
    actor: spec.actor,
    mentions: spec.forms.flatMap((form) =>
      [...text.matchAll(new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
        start: m.index ?? 0,
        end: (m.index ?? 0) + form.length,
        text: form,
        entity: `e${n}`,
        kind: 'name' as const,
      })),
    ),
  }));
  quotes.run(doc);
  sources.run(doc);
  return doc;
}

export function quoted(doc: Doc) {
  return doc.quotes.filter((q) => q.kind !== 'indirect');
}
