import type { Doc } from '../../document/doc.ts';
import type { Stage } from '../../pipeline/stage.ts';

// Placeholder: filled by its own issue.
export const dates: Stage = {
  name: 'dates',
  requires: ['segment'],
  run(_doc: Doc) {},
};
