import { buildLexicalTable, LexicalModel, type LexicalTable } from './lexical.ts';

/** Morphological features (UD FEATS) from a (form, upos) lexicon, with suffix guesses for unknown words. */
export class MorphGuesser {
  private readonly table: LexicalModel;

  constructor(table: LexicalTable) {
    this.table = new LexicalModel(table);
  }

  feats(form: string, upos: string, lower = form.toLowerCase()): string {
    return this.table.known(form, lower, upos) ?? this.table.guess(form, lower, upos) ?? '_';
  }
}

export function trainMorph(words: Iterable<{ form: string; upos: string; feats: string }>): LexicalTable {
  const observations = function* () {
    for (const w of words) yield { form: w.form, upos: w.upos, value: w.feats };
  };
  return buildLexicalTable(observations(), { maxSuffix: 5, minSuffixCount: 2 });
}
