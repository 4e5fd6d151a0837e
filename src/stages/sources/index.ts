import type { Doc } from '../../document/doc.ts';
import type { Stage } from '../../pipeline/stage.ts';

// Placeholder: filled by its own issue.
export const sources: Stage = {
  name: 'sources',
  requires: ['quotes'],
  run(_doc: Doc) {},
};
