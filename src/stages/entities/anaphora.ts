import type { Doc } from '../../document/doc.ts';
import type { EntityType, Language } from '../../document/types.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { table } from '../../lang/index.ts';
import { DETERMINERS, folded, matchWords, OF } from './descriptions.ts';
import type { EntityLexicon } from './lexicon.ts';
import type { NameMention } from './recognise.ts';

/**
 * Definite descriptions that refer back to an entity named earlier: "l'ONG" (the latest NGO),
 * "the paramilitary force" (the latest rebel group), "the socialist leader" (the one head of
 * state or party leader in view). What each head noun may refer to is language data
 * (src/lang/<lang>/entities-anaphors.tsv); this module finds the descriptions and picks their
 * antecedent, in the spirit of the head-match and semantic-class sieves of rule-based coreference.
 */
export interface AnaphorEntry {
  /** Folded words of the head phrase ("force paramilitaire"). */
  words: string[];
  type: EntityType;
  /** CAMEO code blocks the antecedent's code must contain one of ("NGO", "REB"). */
  codes: string[];
  /** Code blocks the antecedent's code must not contain ("UNO": the UN is no bloc). */
  excluded: string[];
  /** Folded words one of which the antecedent's names must share a stem with ("ministry"). */
  nameWords: string[];
  /** Role description words a person antecedent must have been given ("president"). */
  roles: string[];
  /** A plural phrase ("les rebelles") follows a plural article; a singular one a singular article. */
  plural: boolean;
}

/** A definite description found in the text, with the entry its head phrase matched. */
export interface Anaphor {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  entry: AnaphorEntry;
}

/** What the resolver needs to know of an entity already built. */
export interface AntecedentCandidate<T> {
  ref: T;
  type: EntityType;
  /** Full actor code before reporting ("IGOEUREEC", "SDNREB"). */
  code?: string;
  /** Folded words of the entity's canonical name and mention texts. */
  nameWords: ReadonlySet<string>;
  /** Folded texts of the role descriptions given to the entity ("venezuelan president"). */
  roleTexts: readonly string[];
  /** Mentions: start offset, sentence index, and whether the mention is a name (not a description). */
  mentions: readonly { start: number; sentence: number; named: boolean }[];
}

/** How many sentences back an antecedent may be named (the anaphor's own sentence is always in view). */
export const ANAPHOR_WINDOW = 3;
/** Words sharing this many first letters share a stem ("ministry"/"ministère", "élections"/"électorale"). */
const STEM_LENGTH = 5;
/** Modifiers that may stand between the article and the head phrase ("the Iran-backed group"). */
const MAX_PREMODIFIERS = 2;

/** Parts of speech that open a noun complement ("the group of soldiers"), unlike a verb ("of attacking"). */
const NOMINAL = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'ADJ', 'PRON']);

type ArticleNumber = 'sg' | 'pl' | undefined;

const articleTables = new Map<Language, Map<string, ArticleNumber>>();

/** Articles that open an anaphor ("the", "l'", "ces"), folded, with their number. */
function anaphorArticles(lang: Language): Map<string, ArticleNumber> {
  let articles = articleTables.get(lang);
  if (!articles) {
    articles = new Map();
    for (const [article, number] of table(lang, 'entities-anaphor-articles'))
      articles.set(
        foldName(article).replace(/’/g, "'"),
        number === 'sg' || number === 'pl' ? number : undefined,
      );
    articleTables.set(lang, articles);
  }
  return articles;
}

const tables = new Map<Language, Map<string, AnaphorEntry[]>>();

/** Anaphor entries by the first folded word of their phrase, longest phrase first. */
export function anaphorTable(lang: Language): Map<string, AnaphorEntry[]> {
  const cached = tables.get(lang);
  if (cached) return cached;
  const byFirst = new Map<string, AnaphorEntry[]>();
  for (const [phrase, type, constraint = '', roles = '', number = ''] of table(lang, 'entities-anaphors')) {
    const alternatives = constraint.split('|').filter(Boolean);
    const entry: AnaphorEntry = {
      words: foldName(phrase).replace(/'/g, "' ").split(' ').filter(Boolean),
      type: (type as EntityType) || 'ORG',
      codes: alternatives.filter((a) => /^[A-Z]{3}$/.test(a)),
      excluded: alternatives.filter((a) => a.startsWith('!')).map((a) => a.slice(1)),
      nameWords: alternatives.filter((a) => a.startsWith('=')).map((a) => foldName(a.slice(1))),
      roles: roles
        .split('|')
        .map((r) => foldName(r))
        .filter(Boolean),
      plural: number === 'pl',
    };
    const list = byFirst.get(entry.words[0]) ?? [];
    list.push(entry);
    byFirst.set(entry.words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  tables.set(lang, byFirst);
  return byFirst;
}

/** A modifier before the head: a lower-case word, or a compound on a name ("Iran-backed"). */
function isPremodifier(doc: Doc, lex: EntityLexicon, k: number): boolean {
  const text = doc.tokens[k]?.text ?? '';
  if (lex.demonyms.has(folded(doc, k)) || lex.countries.has(folded(doc, k))) return false;
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(text))
    return !lex.functionWords.has(text) && !anaphorArticles(lex.lang).has(folded(doc, k));
  const hyphen = text.lastIndexOf('-');
  return hyphen > 0 && lex.compoundSuffixes.has(text.slice(hyphen + 1).toLowerCase());
}

/**
 * Definite descriptions whose head phrase is in the anaphor table, that name neither a country
 * nor a person: "l'ONG", "la force paramilitaire", "the Iran-backed group". `blocked` tokens
 * (names, role descriptions with their own country) cannot be part of one.
 */
export function findAnaphors(
  doc: Doc,
  lex: EntityLexicon,
  names: readonly NameMention[],
  blocked: ReadonlySet<number>,
): Anaphor[] {
  const entries = anaphorTable(lex.lang);
  const articles = anaphorArticles(lex.lang);
  if (entries.size === 0) return [];
  const nameAt = new Map(names.map((n) => [n.first, n]));
  const out: Anaphor[] = [];
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
      if (!articles.has(folded(doc, i))) continue;
      const found = matchAfterArticle(doc, lex, entries, i + 1, sentence.lastToken, blocked);
      // "les ONG" are several: no reference back to one of them.
      const number = articles.get(folded(doc, i));
      if (!found || (number && (number === 'pl') !== found.entry.plural)) continue;
      const { entry } = found;
      if (namesOwner(doc, lex, nameAt, found.last, sentence.lastToken)) continue;
      // The mention is the whole noun phrase from its article, as in coreference corpora (and as the
      // quotes stage reads a speaker: "l'organisation"), up to its head: a participle after it that
      // the parse takes for an adjective would swallow the verb ("l'ONG précise que").
      const last = found.last;
      const first = i;
      out.push({
        first,
        last,
        ...doc.tokenSpan(first, last),
        sentence: sentence.index,
        entry,
      });
      i = last - 1;
    }
  }
  return out;
}

function matchAfterArticle(
  doc: Doc,
  lex: EntityLexicon,
  entries: Map<string, AnaphorEntry[]>,
  from: number,
  end: number,
  blocked: ReadonlySet<number>,
): { entry: AnaphorEntry; last: number } | undefined {
  for (let k = from; k < Math.min(end, from + MAX_PREMODIFIERS + 1); k++) {
    const head = doc.tokens[k].text;
    // "l'Organisation mondiale…" is a name; "l'ONG" (an acronym) is not.
    const lowerOrAcronym = /^\p{Ll}/u.test(head) || /^\p{Lu}{2,5}$/u.test(head);
    if (lowerOrAcronym && !blocked.has(k)) {
      for (const entry of entries.get(folded(doc, k).split(' ')[0]) ?? []) {
        const last = matchWords(doc, entry.words, k, end);
        if (last === undefined) continue;
        let covered = false;
        for (let j = k; j < last; j++) if (blocked.has(j)) covered = true;
        if (!covered) return { entry, last };
      }
    }
    if (!isPremodifier(doc, lex, k)) return undefined;
  }
  return undefined;
}

/**
 * Does the description name whom it is about, right after its head: a nationality ("l'ONG
 * américaine", "le groupe armé syrien"), a name in apposition ("the group Hamas"), or an owner
 * ("le président de la Commission")? Or does the phrase go on to a role noun ("the ministry
 * spokesman")? Then it is no anaphor.
 */
function namesOwner(
  doc: Doc,
  lex: EntityLexicon,
  nameAt: ReadonlyMap<number, NameMention>,
  last: number,
  end: number,
): boolean {
  if (last >= end) return false;
  const word = folded(doc, last);
  if (lex.demonyms.has(word) || lex.countries.has(word) || nameAt.has(last)) return true;
  // "the ministry spokesman", "the group leader": the head is a modifier of a person's role noun.
  if (lex.personHeads.has(word)) return true;
  // "l'organisation de l'immigration illégale", "the leader of the opposition": a complement makes
  // a new description, not a reference back ("accused the force of attacking" has none).
  if (OF.has(word)) {
    const next = last + 1;
    const upos = doc.tokens[next]?.upos;
    return (
      DETERMINERS.has(folded(doc, next)) ||
      nameAt.has(next) ||
      /^\p{Lu}/u.test(doc.tokens[next]?.text ?? '') ||
      (upos !== undefined && NOMINAL.has(upos))
    );
  }
  // An adjective, then a nationality or a name: "le groupe armé syrien", "la chaîne publique TRT".
  const { text, upos } = doc.tokens[last];
  const adjective = upos ? upos === 'ADJ' : /^\p{Ll}+$/u.test(text) && !lex.functionWords.has(text);
  const next = folded(doc, last + 1);
  return (
    adjective && last + 1 < end && (lex.demonyms.has(next) || lex.countries.has(next) || nameAt.has(last + 1))
  );
}

function codeBlocks(code: string | undefined): string[] {
  const out: string[] = [];
  for (let k = 0; code && k + 3 <= code.length; k += 3) out.push(code.slice(k, k + 3));
  return out;
}

function shareStem(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  return n >= STEM_LENGTH && a.slice(0, STEM_LENGTH) === b.slice(0, STEM_LENGTH);
}

/**
 * Does an entity satisfy the entry's type constraint, and how: by a word of its name ("the
 * commission" for the Independent Electoral Commission) or by its code ("l'ONG" for an NGO)?
 */
export function fits<T>(entry: AnaphorEntry, candidate: AntecedentCandidate<T>): 'name' | 'code' | undefined {
  if (candidate.type !== entry.type) return undefined;
  const blocks = codeBlocks(candidate.code);
  if (entry.excluded.some((x) => blocks.includes(x))) return undefined;
  const byName = entry.nameWords.some((w) => [...candidate.nameWords].some((n) => shareStem(w, n)));
  const byCode = entry.codes.some((c) => blocks.includes(c));
  if (!byCode && !byName) return undefined;
  const roleFits =
    entry.roles.length === 0 ||
    candidate.roleTexts.some((text) => {
      const padded = ` ${text} `;
      return entry.roles.some((role) => padded.includes(` ${role} `));
    });
  if (!roleFits) return undefined;
  return byName ? 'name' : 'code';
}

/**
 * The antecedent of an anaphor: among entities named in its sentence (before it) or in the
 * ANAPHOR_WINDOW sentences before (anywhere before for a shared head noun), the nearest that fits
 * its entry. People are chosen more cautiously (see personAntecedent).
 */
export function chooseAntecedent<T>(
  anaphor: Anaphor,
  candidates: readonly AntecedentCandidate<T>[],
): T | undefined {
  if (anaphor.entry.type === 'PER')
    return personAntecedent(
      anaphor,
      candidates.filter((c) => fits(anaphor.entry, c)),
    );
  let best: { ref: T; start: number } | undefined;
  for (const candidate of candidates) {
    const how = fits(anaphor.entry, candidate);
    const latest = how && latestBefore(anaphor, candidate);
    if (!latest) continue;
    // A head noun its name shares is specific enough to reach back over the whole document.
    const inView = how === 'name' || latest.sentence >= anaphor.sentence - ANAPHOR_WINDOW;
    if (inView && (!best || latest.start > best.start)) best = { ref: candidate.ref, start: latest.start };
  }
  return best?.ref;
}

function latestBefore<T>(
  anaphor: Anaphor,
  candidate: AntecedentCandidate<T>,
): { start: number; sentence: number } | undefined {
  let latest: { start: number; sentence: number } | undefined;
  for (const m of candidate.mentions)
    if (m.start < anaphor.start && (!latest || m.start > latest.start)) latest = m;
  return latest;
}

/**
 * "la présidente" right after "Mme Zourabichvili" is her, when no other president is named in the
 * sentence or the one before; further away, only the person the document names most often (more
 * than any other who fits) is: "the socialist leader" two sentences after "Maduro", though Trump
 * and Guaidó were named earlier too, but not "le président déchu" between two presidents named
 * once each.
 */
function personAntecedent<T>(anaphor: Anaphor, fitting: readonly AntecedentCandidate<T>[]): T | undefined {
  const seen = fitting
    .map((candidate) => ({ candidate, latest: latestBefore(anaphor, candidate) }))
    .filter(
      (x): x is { candidate: AntecedentCandidate<T>; latest: { start: number; sentence: number } } =>
        x.latest !== undefined,
    );
  const close = seen.filter((x) => x.latest.sentence >= anaphor.sentence - 1);
  if (close.length === 1) return close[0].candidate.ref;
  if (close.length > 1) return undefined;
  const named = (c: AntecedentCandidate<T>) =>
    c.mentions.filter((m) => m.named && m.start < anaphor.start).length;
  const ranked = [...seen].sort((a, b) => named(b.candidate) - named(a.candidate));
  const [first, second] = ranked;
  if (!first || (second && named(second.candidate) === named(first.candidate))) return undefined;
  return first.latest.sentence >= anaphor.sentence - ANAPHOR_WINDOW ? first.candidate.ref : undefined;
}

/** Do two token spans (an anaphor and a name or role description) share a token? */
export function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first < b.last && b.first < a.last;
}
