/**
 * Training-time reader for the Lefff-derived npm packages (lefff-helper: nouns and adjectives;
 * french-verbs-lefff: conjugation tables). Both ship data under LGPL-LR. Never used at runtime:
 * the lexicon is compiled into models/fr.bin.gz.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FormLexicon, type LexiconClass } from '../lexicon.ts';

const require = createRequire(import.meta.url);

function packageDir(name: string): string | null {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/** Tense codes of french-verbs-lefff: infinitive W, present participle G, past participle K; the rest are finite. */
const VERB_CLASS: Record<string, LexiconClass> = { W: 'VERB_INF', G: 'VERB_GER', K: 'VERB_PART' };

export function loadLefff(): FormLexicon | null {
  const helper = packageDir('lefff-helper');
  const verbs = packageDir('french-verbs-lefff');
  if (!helper || !verbs) return null;
  const nounsPath = join(helper, 'resources_pub', 'nouns.json');
  const adjectivesPath = join(helper, 'resources_pub', 'adjectives.json');
  const conjugationsPath = join(verbs, 'dist', 'conjugations.json');
  if (![nounsPath, adjectivesPath, conjugationsPath].every(existsSync)) return null;
  const lexicon = new FormLexicon();
  const plain = (form: string) => /^[\p{L}][\p{L}'’-]*$/u.test(form);
  const nouns = JSON.parse(readFileSync(nounsPath, 'utf8')) as Record<string, string>;
  for (const [form, lemma] of Object.entries(nouns))
    if (plain(form)) lexicon.add(form, 'NOUN', lemma.toLowerCase());
  const conjugations = JSON.parse(readFileSync(conjugationsPath, 'utf8')) as Record<
    string,
    Record<string, string[]>
  >;
  const adjectives = JSON.parse(readFileSync(adjectivesPath, 'utf8')) as Record<string, [string, boolean]>;
  for (const [form, [lemma, participle]] of Object.entries(adjectives)) {
    if (!plain(form)) continue;
    // A participial adjective's UD lemma is its masculine singular (rejetée → rejeté), not the verb.
    const adjectiveLemma = participle ? conjugations[lemma]?.K?.[0] : lemma;
    if (adjectiveLemma) lexicon.add(form, 'ADJ', adjectiveLemma.toLowerCase());
  }
  for (const [infinitive, tenses] of Object.entries(conjugations)) {
    if (!plain(infinitive)) continue;
    for (const [tense, forms] of Object.entries(tenses)) {
      for (const form of forms ?? [])
        if (typeof form === 'string' && form !== 'NA' && plain(form))
          lexicon.add(form, VERB_CLASS[tense] ?? 'VERB_FIN', infinitive);
    }
  }
  return lexicon;
}
