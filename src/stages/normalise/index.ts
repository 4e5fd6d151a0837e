import type { Doc } from '../../document/doc.ts';
import { InputError, type Stage } from '../../pipeline/stage.ts';

/**
 * Canonical text form: NFC, Unix line breaks, no BOM, no control characters, non-breaking
 * spaces kept (they matter for French punctuation) but other exotic spaces made plain.
 * Runs before any offset is taken, so every later offset refers to the normalised text.
 */
export const normalise: Stage = {
  name: 'normalise',
  requires: [],
  run(doc: Doc) {
    doc.text = normaliseText(doc.text);
    if (doc.text.trim().length === 0) throw new InputError('the document has no text');
  },
};

export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2028\u2029]/g, (c) =>
      c === '\u2028' || c === '\u2029' ? '\n' : '',
    );
}
