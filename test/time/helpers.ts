import { Doc } from '../../src/document/doc.ts';
import type { DateMention, Language } from '../../src/document/types.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { findDates } from '../../src/stages/time/index.ts';

/** A segmented document with its dates layer, as the pipeline would have it at the dates stage. */
export function analyse(text: string, language: Language, published: string): Doc {
  const doc = new Doc(text, { language, published });
  segment.run(doc);
  doc.dates = findDates(doc);
  return doc;
}

/** The single date expression found in `text`; fails the test when there is not exactly one. */
export function only(text: string, language: Language, published: string): DateMention {
  const found = analyse(text, language, published).dates;
  if (found.length !== 1) {
    throw new Error(
      `expected one date in "${text}", got ${JSON.stringify(found.map((d) => [d.text, d.value]))}`,
    );
  }
  return found[0];
}
