import type { Language } from '../../document/types.ts';
import { nounForms, verbForms } from '../../knowledge/petrarch/inflect.ts';
import {
  normaliseWord,
  regularPlurals,
  type VerbBlock,
  type VerbDictionary,
  type VerbEntry,
} from '../../knowledge/petrarch/verbs.ts';

/** A dictionary verb (or nominal trigger) reachable from a word form. */
export interface TriggerEntry {
  entry: VerbEntry;
  block: VerbBlock;
}

/**
 * The verb dictionaries of one language compiled for lookup: word form → triggers, synsets expanded.
 */
export class Lexicon {
  readonly language: Language;
  private readonly byForm = new Map<string, TriggerEntry[]>();
  private readonly synsets = new Map<string, string[][]>();

  constructor(dictionaries: readonly VerbDictionary[], language: Language) {
    this.language = language;
    for (const dict of dictionaries) {
      for (const [name, members] of dict.synsets) this.synsets.set(name, members);
    }
    for (const dict of dictionaries) {
      for (const block of dict.blocks) {
        for (const entry of block.verbs) this.addEntry(entry, block);
      }
    }
  }

  private addEntry(entry: VerbEntry, block: VerbBlock): void {
    const head = entry.forms[0];
    const forms = new Set<string>(entry.forms);
    for (const f of entry.nominal ? nounForms(head) : verbForms(head, this.language)) forms.add(f);
    for (const form of forms) {
      const list = this.byForm.get(form) ?? [];
      if (!list.some((t) => t.entry === entry)) list.push({ entry, block });
      this.byForm.set(form, list);
    }
  }

  /** Triggers whose inflected word is one of the token's forms (surface or lemma, upper-cased). */
  triggersFor(forms: readonly string[]): TriggerEntry[] {
    const out: TriggerEntry[] = [];
    for (const form of forms) {
      for (const t of this.byForm.get(form) ?? []) if (!out.includes(t)) out.push(t);
    }
    return out;
  }

  private readonly expanded = new Map<string, string[][]>();

  /** Member phrases of a synset, nested synsets expanded, each with its plural variant (cached). */
  synsetPhrases(name: string): string[][] {
    let phrases = this.expanded.get(name);
    if (!phrases) {
      phrases = this.expand(name, new Set());
      this.expanded.set(name, phrases);
    }
    return phrases;
  }

  private expand(name: string, seen: Set<string>): string[][] {
    if (seen.has(name)) return [];
    seen.add(name);
    const out: string[][] = [];
    for (const member of this.synsets.get(name) ?? []) {
      if (member.length === 1 && member[0].startsWith('&')) {
        out.push(...this.expand(member[0].slice(1), seen));
        continue;
      }
      out.push(member);
      const last = member[member.length - 1];
      for (const plural of regularPlurals(last)) out.push([...member.slice(0, -1), plural]);
    }
    return out;
  }
}

/** True when a pattern word matches a token: same form, or the regular plural of the pattern word. */
export function wordMatches(word: string, forms: readonly string[]): boolean {
  for (const f of forms) {
    if (f === word) return true;
    if (
      f.length > word.length &&
      f.startsWith(word) &&
      (f === `${word}S` || f === `${word}ES` || f === `${word}X`)
    )
      return true;
    if (word.endsWith('Y') && f === `${word.slice(0, -1)}IES`) return true;
  }
  return false;
}

/** The forms a token is matched on: its surface text and its lemma, upper-cased, apostrophes unified. */
export function tokenForms(text: string, lemma?: string): string[] {
  const forms = [normaliseWord(text)];
  if (lemma) {
    const l = normaliseWord(lemma);
    if (l !== forms[0]) forms.push(l);
  }
  return forms;
}
