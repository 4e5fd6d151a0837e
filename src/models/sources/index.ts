import type { FormLexicon } from '../lexicon.ts';
import { loadLefff } from './lefff.ts';

/** Training-time external lexicons per language (dev dependencies; compiled into the model file). */
const LOADERS: Record<string, () => FormLexicon | null> = {
  fr: loadLefff,
};

export function externalLexicon(lang: string): FormLexicon | null {
  return LOADERS[lang]?.() ?? null;
}
