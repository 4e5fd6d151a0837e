import type { Language } from '../../document/types.ts';
import { verbForms } from '../../knowledge/petrarch/inflect.ts';
import { normaliseWord } from '../../knowledge/petrarch/verbs.ts';
import { table } from '../../lang/index.ts';

export type CueKind =
  | 'negation-before'
  | 'negation-after'
  | 'negation-word'
  | 'preposition'
  | 'boundary'
  | 'coordination'
  | 'passive-auxiliary'
  | 'agent-preposition'
  | 'future-auxiliary'
  | 'hypothetical-auxiliary'
  | 'hypothetical-conjunction'
  | 'future-suffix'
  | 'hypothetical-suffix'
  | 'complement-marker'
  | 'determiner'
  | 'aspectual'
  | 'negation-suffix'
  | 'locative-preposition'
  | 'auxiliary'
  | 'subject-pronoun'
  | 'latest-anaphor'
  | 'object-pronoun'
  | 'relative-pronoun'
  | 'affiliation-preposition'
  | 'conjunction-preposition'
  | 'light-verb'
  | 'pattern-only'
  | 'killing-verb'
  | 'evidential-participle'
  | 'country-noun'
  | 'person-pronoun'
  | 'reciprocal-preposition'
  | 'evaluation-verb'
  | 'nominal-agent-preposition';

const VERB_KINDS = ['aspectual', 'light-verb', 'pattern-only', 'killing-verb', 'evaluation-verb'];

/** The coder's closed-class cue words for one language (src/lang/<lang>/events-cues.tsv), upper-cased. */
export class Cues {
  private readonly sets = new Map<string, Set<string>>();

  constructor(language: Language) {
    for (const [kind, words = ''] of table(language, 'events-cues')) {
      const set = this.sets.get(kind) ?? new Set<string>();
      for (const w of words.split(/\s+/)) {
        if (!w) continue;
        // Aspectual and light verbs ("continuer de fournir", "mener une attaque") are listed as lemmas:
        // match every inflected form.
        const forms = VERB_KINDS.includes(kind) ? verbForms(normaliseWord(w), language) : [normaliseWord(w)];
        for (const f of forms) set.add(f);
      }
      this.sets.set(kind, set);
    }
  }

  is(kind: CueKind, form: string): boolean {
    return this.sets.get(kind)?.has(form) ?? false;
  }

  any(kind: CueKind, forms: readonly string[]): boolean {
    return forms.some((f) => this.is(kind, f));
  }

  endsWith(kind: CueKind, form: string): boolean {
    for (const suffix of this.sets.get(kind) ?? [])
      if (form.length > suffix.length + 1 && form.endsWith(suffix)) return true;
    return false;
  }
}

const cache = new Map<Language, Cues>();
export function cuesFor(language: Language): Cues {
  let cues = cache.get(language);
  if (!cues) {
    cues = new Cues(language);
    cache.set(language, cues);
  }
  return cues;
}
