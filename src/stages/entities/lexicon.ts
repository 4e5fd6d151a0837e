import type { EntityType, Language } from '../../document/types.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { areaTable } from '../../knowledge/geo/areas.ts';
import { countryNames, englishShortName } from '../../knowledge/geo/countries.ts';
import { LANGUAGES, list, set, table } from '../../lang/index.ts';

/** An agent noun ("président", "troops") and what it makes of its owner. */
export interface Agent {
  /** Folded words. */
  words: string[];
  /** Code suffix appended to the owner's country; empty = take the owner's code. */
  suffix: string;
  type: EntityType;
  /** English label template with {country} / {demonym}. */
  label: string;
  /** Suffix when the role describes one named person ("Hassan, un manifestant" is a civilian). */
  individualSuffix?: string;
}

/** Language data the entities stage needs, folded for lookup. */
export interface EntityLexicon {
  lang: Language;
  /** Demonym (folded, singular and plural) → country or region code. */
  demonyms: Map<string, string>;
  /** Country names (folded) → ISO alpha-3. */
  countries: Map<string, string>;
  /** Region names (folded) → CAMEO region code. */
  regions: Map<string, string>;
  /** Sub-national or disputed areas, seas and landmarks (folded) → canonical English name and country code (none for seas). */
  areas: Map<string, { name: string; code?: string }>;
  /** Folded first words of area names written in lower case ("bande de Gaza"). */
  areaLowerStarts: Set<string>;
  agents: Agent[];
  titles: Set<string>;
  orgWords: Set<string>;
  locWords: Set<string>;
  govWords: Set<string>;
  /** Head noun of an institution name (folded, with plurals) → CAMEO role ("court" → JUD). */
  institutionRoles: Map<string, string>;
  /** Nouns naming a person of a group: "chief" in "the army chief", "chef" in "le chef de l'armée". */
  personHeads: Set<string>;
  possessives: Set<string>;
  commonWords: Set<string>;
  /** Function words that never begin a name at a clause start ("au", "in"), lower-case. */
  functionWords: Set<string>;
  /** Capitalised words that are never names on their own (English months and weekdays). */
  notNames: Set<string>;
  placeCues: Set<string>;
  /** Common nouns that refer back to a named organisation ("l'organisation", "the group"). */
  orgAnaphors: Set<string>;
  /** Nouns that make a named person a civilian of a demonym's country ("national", "ressortissante"). */
  nationalityNouns: Set<string>;
  /** Copulas between a name and a predicate ("is", "est"). */
  copulas: Set<string>;
  /** Capitalised articles that belong to a known organisation's title mid-sentence ("The"). */
  titleArticles: Set<string>;
  /** Second halves of hyphenated compounds whose first half names an actor ("Iran-backed"). */
  compoundSuffixes: Set<string>;
}

const ARTICLES = /^(the|le|la|les|l'|l’)\s+/i;

function plurals(word: string, lang: Language): string[] {
  if (/[sx]$/.test(word)) return [word];
  const out = [`${word}s`];
  if (lang === 'fr' && word.endsWith('al')) out.push(`${word.slice(0, -2)}aux`);
  if (lang === 'en' && /[^aeiou]y$/.test(word)) out.push(`${word.slice(0, -1)}ies`);
  return out;
}

const cache = new Map<Language, EntityLexicon>();

export function entityLexicon(lang: Language): EntityLexicon {
  const cached = cache.get(lang);
  if (cached) return cached;
  const demonyms = new Map<string, string>();
  for (const [word, code] of table(lang, 'entities-demonyms')) {
    for (const form of [word, ...plurals(word, lang)]) demonyms.set(foldName(form), code);
  }
  const countries = new Map<string, string>();
  for (const [alpha3, names] of countryNames(lang)) {
    for (const name of names) {
      countries.set(foldName(name), alpha3);
      const short = name.replace(ARTICLES, '');
      if (short !== name) countries.set(foldName(short), alpha3);
    }
  }
  for (const [name, alpha3] of table(lang, 'entities-countries')) countries.set(foldName(name), alpha3);
  const regions = new Map<string, string>();
  for (const [name, code] of table(lang, 'entities-regions')) regions.set(foldName(name), code);
  const areas = new Map<string, { name: string; code?: string }>();
  const areaLowerStarts = new Set<string>();
  for (const [name, canonical, code] of table(lang, 'entities-areas')) {
    areas.set(foldName(name), { name: canonical, code });
    if (/^\p{Ll}/u.test(name)) areaLowerStarts.add(foldName(name).split(' ')[0]);
  }
  // The geographic table's names are world knowledge in every language; the language's own list wins.
  for (const [key, [area]] of areaTable().entries()) {
    if (areas.has(key)) continue;
    areas.set(key, { name: area.name, code: area.country });
    if (area.names.some((n) => foldName(n) === key && /^\p{Ll}/u.test(n)))
      areaLowerStarts.add(key.split(' ')[0]);
  }
  const agents: Agent[] = [];
  for (const [noun, suffix, type, label, individual] of table(lang, 'entities-agents')) {
    const words = foldName(noun).replace(/'/g, "' ").split(' ');
    const last = words[words.length - 1];
    const forms = words.length === 1 ? [last, ...plurals(last, lang)] : [last];
    for (const form of forms) {
      agents.push({
        words: [...words.slice(0, -1), form],
        suffix: suffix ?? '',
        type: (type as EntityType) || 'ORG',
        label: label ?? '',
        ...(individual ? { individualSuffix: individual } : {}),
      });
    }
    if (words.length > 1) {
      // Plural on the head noun: "ministres des Affaires étrangères", "foreign ministers".
      const head = lang === 'fr' ? 0 : words.length - 1;
      for (const form of plurals(words[head], lang)) {
        const pluralWords = [...words];
        pluralWords[head] = form;
        agents.push({
          words: pluralWords,
          suffix: suffix ?? '',
          type: (type as EntityType) || 'ORG',
          label: label ?? '',
          ...(individual ? { individualSuffix: individual } : {}),
        });
      }
    }
  }
  const institutionRoles = new Map<string, string>();
  for (const [noun, role] of table(lang, 'entities-institution-roles'))
    for (const form of [noun, ...plurals(noun, lang)]) institutionRoles.set(foldName(form), role);
  // Longest phrases first so "ministre des Affaires étrangères" wins over "ministre".
  agents.sort((a, b) => b.words.length - a.words.length);
  const lexicon: EntityLexicon = {
    lang,
    demonyms,
    countries,
    regions,
    areas,
    areaLowerStarts,
    agents,
    titles: new Set(list(lang, 'entities-titles').map(foldName)),
    orgWords: set(lang, 'entities-org-words'),
    locWords: set(lang, 'entities-loc-words'),
    govWords: set(lang, 'entities-gov-words'),
    institutionRoles,
    personHeads: new Set(list(lang, 'entities-person-heads').map(foldName)),
    possessives: set(lang, 'entities-possessives', true),
    commonWords: set(lang, 'entities-common-words', true),
    functionWords: set(lang, 'entities-function-words', true),
    notNames: set(lang, 'entities-not-names'),
    placeCues: new Set(list(lang, 'places-cues').map(foldName)),
    orgAnaphors: set(lang, 'entities-org-anaphors', true),
    nationalityNouns: new Set(list(lang, 'entities-nationality-nouns').map(foldName)),
    copulas: set(lang, 'entities-copulas', true),
    titleArticles: set(lang, 'entities-title-articles'),
    compoundSuffixes: set(lang, 'entities-compound-suffixes', true),
  };
  cache.set(lang, lexicon);
  return lexicon;
}

let englishNames:
  | {
      country: Map<string, string>;
      demonym: Map<string, string>;
      region: Map<string, string>;
      definite: Set<string>;
    }
  | undefined;

function english() {
  if (!englishNames) {
    const country = new Map<string, string>();
    const definite = new Set<string>();
    for (const [name, code, article] of table('en', 'entities-countries')) {
      if (!country.has(code)) country.set(code, name);
      if (article === 'the') definite.add(code);
    }
    const demonym = new Map<string, string>();
    for (const [word, code] of table('en', 'entities-demonyms'))
      if (!demonym.has(code)) demonym.set(code, word);
    const region = new Map<string, string>();
    for (const [name, code] of table('en', 'entities-regions')) if (!region.has(code)) region.set(code, name);
    englishNames = { country, demonym, region, definite };
  }
  return englishNames;
}

/** Canonical English name of a country or region code. */
export function englishCountryName(code: string): string {
  const names = english();
  const name = names.country.get(code) ?? englishShortName(code) ?? names.region.get(code) ?? code;
  return name.replace(/^The /, '');
}

/** "the United States" where English needs the article, else the plain name. */
export function englishCountryNameInPhrase(code: string): string {
  const name = englishCountryName(code);
  return english().definite.has(code) ? `the ${name}` : name;
}

/** English adjective of a country or region code ("Russian", "Western"). */
export function englishDemonym(code: string): string {
  return english().demonym.get(code) ?? englishCountryName(code);
}

/** Every language with data, for callers that need to scan them all. */
export const ENTITY_LANGUAGES = LANGUAGES;
