import type { Discard } from '../../knowledge/petrarch/discards.ts';

/** True when a discard phrase of the dictionary set occurs in the text (given as token match forms). */
export function isDiscarded(forms: readonly string[][], discards: readonly Discard[]): boolean {
  for (let i = 0; i < forms.length; i++) {
    for (const d of discards) {
      if (d.words.every((w, k) => forms[i + k]?.includes(w))) return true;
    }
  }
  return false;
}
