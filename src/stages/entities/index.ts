import type { Doc } from '../../document/doc.ts';
import type { Stage } from '../../pipeline/stage.ts';

// Placeholder: filled by its own issue.
export const entities: Stage = {
  name: 'entities',
  requires: ['syntax'],
  run(_doc: Doc) {},
};
