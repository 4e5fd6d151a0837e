import type { Language } from '../../document/types.ts';
import { table } from '../../lang/index.ts';
import { regularPlurals } from './verbs.ts';

/**
 * Word forms of a dictionary verb, from the language's ending table (src/lang/<lang>/events-verb-endings.tsv):
 * every row whose ending matches the lemma contributes its replacements; "*" rows apply to all lemmas.
 * Over-generation is harmless: a form only matters if it occurs next to the dictionary's patterns.
 */
export function verbForms(lemma: string, language: Language): string[] {
  const out = new Set<string>([lemma]);
  for (const [ending, replacements] of table(language, 'events-verb-endings')) {
    if (!replacements) continue;
    const all = ending === '*';
    if (!all && !lemma.endsWith(ending)) continue;
    const stem = all ? lemma : lemma.slice(0, lemma.length - ending.length);
    for (const r of replacements.split(/\s+/)) out.add(stem + r);
  }
  return [...out];
}

/** Singular and plural of a nominal trigger or pattern noun. */
export function nounForms(noun: string): string[] {
  return [noun, ...regularPlurals(noun), `${noun}X`];
}
