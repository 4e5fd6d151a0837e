import type { Doc } from '../../document/doc.ts';
import type { Stage } from '../../pipeline/stage.ts';

// Placeholder: filled by its own issue.
export const places: Stage = {
  name: 'places',
  requires: ['entities'],
  run(_doc: Doc) {},
};
