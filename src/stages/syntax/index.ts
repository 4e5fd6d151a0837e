import type { Doc } from '../../document/doc.ts';
import type { Stage } from '../../pipeline/stage.ts';

// Placeholder: filled by its own issue.
export const syntax: Stage = {
  name: 'syntax',
  requires: ['segment'],
  run(_doc: Doc) {},
};
