import type { Doc } from '../../document/doc.ts';
import type { Stage } from '../../pipeline/stage.ts';

// Placeholder: filled by its own issue.
export const quotes: Stage = {
  name: 'quotes',
  requires: ['entities'],
  run(_doc: Doc) {},
};
