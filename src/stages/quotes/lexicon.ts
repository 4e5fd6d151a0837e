import type { Language } from '../../document/types.ts';
import { list, set, table } from '../../lang/index.ts';
import { INFLECTORS } from './inflect.ts';

/** A speech verb or verbal phrase, keyed by the inflected form of its first word. */
export interface SpeechVerb {
  lemma: string;
  /** Words that must follow the inflected head, e.g. ["en", "garde"]. */
  rest: string[];
}

export interface PronounInfo {
  number: 'sg' | 'pl';
  /** What the pronoun can stand for: a person, an organisation, or either. */
  refers: 'PER' | 'ORG' | 'any';
  /** A stressed pronoun that names a speaker only right after "selon"/"according to" ("selon lui"). */
  afterAccordingOnly?: boolean;
}

export interface AccordingCue {
  words: string[];
  initialOnly: boolean;
  /** The source after the cue must be a name ("told the BBC", not "told reporters"). */
  needsName: boolean;
  /** The source is where the statement comes from ("selon X"), not only its channel ("as reported by X"). */
  origin: boolean;
  /** The cue opens with a speech verb whose subject is the speaker ("wrote on Twitter"). */
  opensWithVerb: boolean;
}

/** Everything the quote and source rules know about one language, read from src/lang/<lang>/. */
export interface QuoteLexicon {
  language: Language;
  speechVerbs: Map<string, SpeechVerb[]>;
  sourceVerbs: Map<string, SpeechVerb[]>;
  pronouns: Map<string, PronounInfo>;
  wordClass: Map<string, Set<string>>;
  /** Role nouns as word sequences ("premier ministre" → ["premier", "ministre"]). */
  roles: string[][];
  /** The same role sequences indexed by their first word. */
  rolesByFirstWord: Map<string, string[][]>;
  orgNouns: Set<string>;
  notNames: Set<string>;
  /** "selon", "according to", "d'après"...: the speaker or source follows. */
  accordingCues: AccordingCue[];
  /** Source cues (subset of accordingCues used by the sources stage). */
  sourceCues: AccordingCue[];
  /** Adjectives follow the noun ("le président biélorusse"). */
  postposedAdjectives: boolean;
}

const normalised = new Map<string, string>();

/** Lower-case with typographic apostrophes folded to ASCII, the key used for every lookup. */
export function normalise(word: string): string {
  let key = normalised.get(word);
  if (key === undefined) {
    key = word.toLowerCase().replace(/[’ʼ]/g, "'");
    // Words repeat across documents; the cache stays bounded by the vocabulary seen.
    if (normalised.size > 200_000) normalised.clear();
    normalised.set(word, key);
  }
  return key;
}

/** Splits a data entry into tokens the way the tokenizer does: "d'après" → ["d'", "après"]. */
export function splitWords(entry: string): string[] {
  return normalise(entry)
    .split(/\s+|(?<=^\p{L}{1,5}')/u)
    .filter((w) => w.length > 0);
}

function verbIndex(lang: Language, file: string): Map<string, SpeechVerb[]> {
  const irregular = new Map<string, string[]>();
  for (const [lemma, forms] of table(lang, 'speech-verbs-irregular')) {
    if (forms)
      irregular.set(
        lemma,
        forms.split(',').map((f) => f.trim()),
      );
  }
  const index = new Map<string, SpeechVerb[]>();
  for (const entry of list(lang, file)) {
    const words = normalise(entry).split(/\s+/);
    // Pronominal verbs: "se féliciter", "s'inquiéter" inflect the verb; the clitic is a separate token.
    while (words.length > 1 && (words[0] === 'se' || words[0] === "s'")) words.shift();
    if (words[0].startsWith("s'") && words[0].length > 2) words[0] = words[0].slice(2);
    const [head, ...rest] = words;
    const forms = irregular.get(head) ?? INFLECTORS[lang](head);
    for (const form of new Set(forms)) {
      const entries = index.get(form) ?? [];
      entries.push({ lemma: entry, rest });
      index.set(form, entries);
    }
  }
  return index;
}

function cues(rows: string[][], column: number): AccordingCue[] {
  return rows.map((row) => ({
    words: splitWords(row[0]),
    initialOnly: row[column] === 'initial',
    needsName: row[column + 1] === 'named-channel',
    origin: row[column + 1] === 'origin',
    opensWithVerb: row[column + 2] === 'verb',
  }));
}

const cache = new Map<Language, QuoteLexicon>();

export function quoteLexicon(lang: Language): QuoteLexicon {
  let lexicon = cache.get(lang);
  if (lexicon) return lexicon;
  const wordClass = new Map<string, Set<string>>();
  for (const [word, cls] of table(lang, 'quotes-function-words')) {
    const key = normalise(word);
    const classes = wordClass.get(key) ?? new Set<string>();
    classes.add(cls);
    wordClass.set(key, classes);
  }
  const pronouns = new Map<string, PronounInfo>();
  for (const [word, number, refers, use] of table(lang, 'quotes-pronouns')) {
    const info: PronounInfo = {
      number: number as PronounInfo['number'],
      refers: refers as PronounInfo['refers'],
    };
    if (use === 'stressed') info.afterAccordingOnly = true;
    pronouns.set(normalise(word), info);
  }
  const sourceCues = cues(table(lang, 'sources-cues'), 2);
  const roles = list(lang, 'quotes-roles').map((r) => normalise(r).split(/\s+/));
  const rolesByFirstWord = new Map<string, string[][]>();
  for (const role of roles) rolesByFirstWord.set(role[0], [...(rolesByFirstWord.get(role[0]) ?? []), role]);
  lexicon = {
    language: lang,
    speechVerbs: verbIndex(lang, 'speech-verbs'),
    sourceVerbs: verbIndex(lang, 'sources-verbs'),
    pronouns,
    wordClass,
    roles,
    rolesByFirstWord,
    orgNouns: set(lang, 'quotes-org-nouns', true),
    notNames: set(lang, 'quotes-not-names', true),
    accordingCues: [...sourceCues, ...cues(table(lang, 'quotes-according'), 1)],
    sourceCues,
    postposedAdjectives: table(lang, 'quotes-settings').some(
      ([key, value]) => key === 'postposed-adjectives' && value === 'yes',
    ),
  };
  cache.set(lang, lexicon);
  return lexicon;
}

export function hasClass(lexicon: QuoteLexicon, word: string, cls: string): boolean {
  return lexicon.wordClass.get(normalise(word))?.has(cls) ?? false;
}

/**
 * Tokens [from, to) after an attribution verb form a short tail ("on Saturday", "hier", "lors d'un
 * discours") rather than an object ("la mesure insuffisante"): empty, or opening with a preposition,
 * a time adverb or punctuation.
 */
export function isAttributionTail(
  tokens: { text: string }[],
  from: number,
  to: number,
  lexicon: QuoteLexicon,
): boolean {
  if (to - from > 5) return false;
  if (from >= to) return true;
  const first = tokens[from].text;
  return /^[\p{P}]$/u.test(first) || hasClass(lexicon, first, 'prep') || hasClass(lexicon, first, 'adv');
}
