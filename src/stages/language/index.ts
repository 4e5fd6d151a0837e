import { francAll } from 'franc-min';
import type { Doc } from '../../document/doc.ts';
import type { Language } from '../../document/types.ts';
import { InputError, type Stage } from '../../pipeline/stage.ts';

const SUPPORTED: Record<string, Language> = { fra: 'fr', eng: 'en' };

/** Detects French or English with franc (trigram language identification), unless preset. */
export const detectLanguage: Stage = {
  name: 'language',
  requires: ['normalise'],
  run(doc: Doc) {
    if (doc.language) return;
    doc.language = identify(doc.text);
  },
};

export function identify(text: string): Language {
  const sample = text.slice(0, 3000);
  const ranked = francAll(sample, { minLength: 10 });
  const [best, score] = ranked[0] ?? ['und', 0];
  const language = SUPPORTED[best];
  if (language && score > 0.5) return language;
  // franc ranks ~80 languages; accept fr/en when it is close behind a related language.
  for (const [code, s] of ranked.slice(0, 3)) {
    if (SUPPORTED[code] && s > 0.85) return SUPPORTED[code];
  }
  throw new InputError(
    best === 'und'
      ? 'could not detect the language (too little text); pass --language fr|en'
      : `unsupported language "${best}" (relata reads fr and en); pass --language to override`,
  );
}
