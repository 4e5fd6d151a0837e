/**
 * An external full-form lexicon (for French: derived from the Lefff) giving, for a word form, the
 * open classes it can belong to and the lemma in each. The tagger uses the class set as a feature
 * (decisive for words the treebank never saw); the lemmatizer uses the lemmas for unknown words.
 *
 * Serialised as sorted lines "form<TAB>C<scripts>": C is one character, 48 + the class bit set, then
 * one lemma edit script per set bit (lowest bit first, comma-separated). Entries stay in that packed
 * form in memory and are unpacked on lookup, so loading 400k forms is one pass of indexOf.
 */
import { applyScript, editScript } from './lemmatizer.ts';

export const LEXICON_CLASSES = ['NOUN', 'ADJ', 'VERB_FIN', 'VERB_INF', 'VERB_PART', 'VERB_GER'] as const;
export type LexiconClass = (typeof LEXICON_CLASSES)[number];

/** Which lexicon class gives the lemma of a word tagged with a UD part of speech. */
const CLASS_FOR_UPOS: Record<string, LexiconClass[]> = {
  NOUN: ['NOUN'],
  ADJ: ['ADJ'],
  VERB: ['VERB_FIN', 'VERB_INF', 'VERB_PART', 'VERB_GER'],
  AUX: ['VERB_FIN', 'VERB_INF', 'VERB_PART', 'VERB_GER'],
};

interface Entry {
  bits: number;
  scripts: string[];
}

export class FormLexicon {
  private readonly entries = new Map<string, Entry>();
  private readonly packed = new Map<string, string>();

  static parse(text: string): FormLexicon {
    const lexicon = new FormLexicon();
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', at);
      if (tab > at && tab < end) lexicon.packed.set(text.slice(at, tab), text.slice(tab + 1, end));
      at = end + 1;
    }
    return lexicon;
  }

  private entry(lower: string): Entry | undefined {
    const found = this.entries.get(lower);
    if (found) return found;
    const packed = this.packed.get(lower);
    if (packed === undefined) return undefined;
    return { bits: packed.charCodeAt(0) - 48, scripts: packed.slice(1).split(',') };
  }

  add(form: string, cls: LexiconClass, lemma: string): void {
    const lower = form.toLowerCase();
    const bit = 1 << LEXICON_CLASSES.indexOf(cls);
    const entry = this.entry(lower) ?? { bits: 0, scripts: [] };
    if (entry.bits & bit) return;
    // Keep scripts ordered by bit.
    const lemmas = this.lemmasOf(lower, entry);
    lemmas.set(bit, lemma);
    entry.bits |= bit;
    entry.scripts = [...lemmas.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, l]) => editScript(lower, l).replace(/\|[01]$/, ''));
    this.entries.set(lower, entry);
  }

  private lemmasOf(lower: string, entry: Entry): Map<number, string> {
    const out = new Map<number, string>();
    let k = 0;
    for (let b = 0; b < LEXICON_CLASSES.length; b++) {
      if (entry.bits & (1 << b)) out.set(1 << b, applyScript(lower, lower, `${entry.scripts[k++]}|1`));
    }
    return out;
  }

  get size(): number {
    return this.entries.size + this.packed.size;
  }

  /** Bit set of the classes of a lower-cased form (0 when unknown). */
  classes(lower: string): number {
    const packed = this.packed.get(lower);
    if (packed !== undefined) return packed.charCodeAt(0) - 48;
    return this.entries.get(lower)?.bits ?? 0;
  }

  /** Lemma of a lower-cased form for a UD part of speech, when the lexicon knows it. */
  lemma(lower: string, upos: string): string | undefined {
    const entry = this.entry(lower);
    const wanted = CLASS_FOR_UPOS[upos];
    if (!entry || !wanted) return undefined;
    for (const cls of wanted) {
      const bit = 1 << LEXICON_CLASSES.indexOf(cls);
      if (!(entry.bits & bit)) continue;
      let k = 0;
      for (let b = 1; b < bit; b <<= 1) if (entry.bits & b) k++;
      return applyScript(lower, lower, `${entry.scripts[k]}|1`);
    }
    return undefined;
  }

  serialise(): string {
    const forms = [...new Set([...this.entries.keys(), ...this.packed.keys()])].sort();
    return forms
      .map((form) => {
        const e = this.entry(form) as Entry;
        return `${form}\t${String.fromCharCode(48 + e.bits)}${e.scripts.join(',')}`;
      })
      .join('\n');
  }
}
