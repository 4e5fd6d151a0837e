import type { Doc } from '../../document/doc.ts';
import type { Stage } from '../../pipeline/stage.ts';

// Placeholder: filled by its own issue.
export const events: Stage = {
  name: 'events',
  requires: ['entities', 'quotes', 'dates', 'places'],
  run(_doc: Doc) {},
};
