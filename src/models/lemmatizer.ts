import { buildLexicalTable, LexicalModel, type LexicalTable } from './lexical.ts';
import type { FormLexicon } from './lexicon.ts';

/**
 * Lemmatizer: a lexicon of edit scripts for known (form, upos) pairs and suffix-keyed edit scripts
 * for unknown words. An edit script "k|s|c" removes k final characters, appends s, and lower-cases
 * the form first when c is 1, so it transfers between words sharing a suffix (chantaient → chanter
 * and dansaient → danser share "5|er|1").
 */
export class Lemmatizer {
  private readonly table: LexicalModel;
  private readonly lexicon: FormLexicon | null;

  constructor(table: LexicalTable, lexicon: FormLexicon | null = null) {
    this.table = new LexicalModel(table);
    this.lexicon = lexicon;
  }

  /** Treebank lexicon first, then the external full-form lexicon, then suffix rules. */
  lemma(form: string, upos: string, lower = form.toLowerCase()): string {
    let script = this.table.known(form, lower, upos);
    if (script === undefined && this.lexicon) {
      const lemma = this.lexicon.lemma(lower, upos);
      if (lemma !== undefined) return lemma;
    }
    script ??= this.table.guess(form, lower, upos);
    return script === undefined ? (upos === 'PROPN' ? form : lower) : applyScript(form, lower, script);
  }
}

export function editScript(form: string, lemma: string): string {
  const lower = form.toLowerCase();
  // Lower-case lemmas lower-case the form first; lemmas with capitals keep the form's case.
  const useLower = lemma === lemma.toLowerCase() ? 1 : 0;
  const base = useLower ? lower : form;
  let p = 0;
  while (p < base.length && p < lemma.length && base[p] === lemma[p]) p++;
  return `${base.length - p}|${lemma.slice(p)}|${useLower}`;
}

export function applyScript(form: string, lower: string, script: string): string {
  const bar1 = script.indexOf('|');
  const bar2 = script.lastIndexOf('|');
  const strip = Number(script.slice(0, bar1));
  const base = script.charCodeAt(bar2 + 1) === 49 ? lower : form;
  const lemma = base.slice(0, Math.max(0, base.length - strip)) + script.slice(bar1 + 1, bar2);
  return lemma.length > 0 ? lemma : form;
}

export function trainLemmatizer(
  words: Iterable<{ form: string; upos: string; lemma: string }>,
): LexicalTable {
  const observations = function* () {
    for (const w of words) {
      if (w.lemma === '_') continue;
      yield { form: w.form, upos: w.upos, value: editScript(w.form, w.lemma) };
    }
  };
  return buildLexicalTable(observations(), { maxSuffix: 7, minSuffixCount: 1 });
}
