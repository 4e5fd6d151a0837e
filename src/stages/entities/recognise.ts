import type { Doc } from '../../document/doc.ts';
import type { EntityType, Token } from '../../document/types.ts';
import { type Actor, type ActorKB, actorKB, isGivenName } from '../../knowledge/actors/index.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { type Gazetteer, type GeoPlace, gazetteer } from '../../knowledge/geo/index.ts';
import type { EntityLexicon } from './lexicon.ts';

/** What a name mention was recognised as. */
export type NameSource = 'actor' | 'country' | 'region' | 'area' | 'place' | 'pattern';

/** A recognised name: tokens [first, last) of the document. */
export interface NameMention {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  source: NameSource;
  actor?: Actor;
  /** ISO alpha-3 or region code for countries, regions and places. */
  code?: string;
  /** Canonical English name of an area ("West Bank" for "Cisjordanie"). */
  areaName?: string;
  /** An unknown word opening a sentence: kept only if it repeats a name of the document. */
  tentative?: boolean;
  /** Place candidates (resolved later against the document's countries). */
  places?: readonly GeoPlace[];
}

const CONNECTORS = new Set([
  'de',
  'du',
  'des',
  "d'",
  'd’',
  'of',
  'on',
  'for',
  'the',
  'al',
  'el',
  'bin',
  'ben',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'y',
  'da',
  'do',
  'dos',
  'and',
  '&',
]);
const ADJECTIVE_ENDING =
  /(ale?s?|aux|iques?|iens?|iennes?|aines?|ains?|aises?|elles?|aires?|ifs?|ives?|ées?|és|ales|entes?|antes?|eures?|eurs?|ennes?|ional(e|es)?)$/;
const MAX_NAME_TOKENS = 8;
/** Words that start a phrase after "de" rather than complete an organisation's name. */
const ORG_COMPLEMENT_STOP = new Set([
  'nombreux',
  'nombreuses',
  'plusieurs',
  'certains',
  'certaines',
  'tous',
  'toutes',
  'leur',
  'leurs',
  'son',
  'sa',
  'ses',
  'cette',
  'ces',
  'nouveau',
  'nouvelle',
]);
const MAX_KNOWN_NAME_TOKENS = 12;
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'bin', 'ibn', 'ben', 'al', 'el', 'da', 'dos']);

/** Capitalised word, or an Arabic-style particle name part: "al-Assadi", "bin Salman" stays apart. */
export function isCapitalised(text: string): boolean {
  // Elided articles ("L’", "D'") are not names even when capitalised.
  if (/['’]$/.test(text)) return false;
  return (
    (/^\p{Lu}/u.test(text) && /\p{L}/u.test(text)) ||
    /^(al|el|ad|ash|as|at|an|ibn|abu|bin)-\p{Lu}/u.test(text)
  );
}

function isAcronym(text: string): boolean {
  return /^(\p{Lu}\.?){2,6}$/u.test(text);
}

/** Context the recogniser needs per document. */
interface Scan {
  doc: Doc;
  lex: EntityLexicon;
  kb: ActorKB;
  geo: Gazetteer;
}

function spanText(doc: Doc, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first].start, doc.tokens[last - 1].end);
}

/** Is the token a capitalised word that merely starts its sentence ("Alors", "The")? */
function isCommonWordAtStart(scan: Scan, index: number): boolean {
  const token = scan.doc.tokens[index];
  const sentence = scan.doc.sentences[token.sentence];
  const atStart = index === sentence.firstToken || isOpening(scan.doc.tokens[index - 1]?.text);
  return atStart && scan.lex.commonWords.has(token.text.toLowerCase());
}

/**
 * "Reportage : Au Kenya", "(AFP) In Kenya": a capitalised function word opening a clause that the
 * sentence splitter did not split is no more part of a name than at a sentence start.
 */
function isFunctionWordAtClauseStart(scan: Scan, index: number): boolean {
  const { doc, lex } = scan;
  const token = doc.tokens[index];
  if (!/^\p{Lu}/u.test(token.text) || !lex.functionWords.has(token.text.toLowerCase())) return false;
  const previous = doc.tokens[index - 1];
  if (!previous) return true;
  return /^[:;)\]…|]$/.test(previous.text) || doc.text.slice(previous.end, token.start).includes('\n');
}

function isOpening(text: string | undefined): boolean {
  return text !== undefined && /^[«“"([—–-]$/.test(text);
}

/** "AU" (African Union) must not match "Au": an all-capital name only matches capitals. */
function matchesCase(actor: Actor, text: string, key: string): boolean {
  if (text === text.toUpperCase()) return true;
  return actor.names.some(
    (n) =>
      n === text ||
      (n !== n.toUpperCase() && (foldName(n) === key || foldName(n.replace(/ (al|el)-/gi, ' ')) === key)),
  );
}

/** Longest known name starting at token i, from the knowledge sources. */
function lookupKnown(scan: Scan, i: number, sentenceEnd: number): NameMention | undefined {
  const { doc, lex, kb, geo } = scan;
  const maxLast = Math.min(sentenceEnd, i + Math.min(kb.maxWords, MAX_KNOWN_NAME_TOKENS));
  for (let last = maxLast; last > i; last--) {
    const lastText = doc.tokens[last - 1].text;
    if (!(lastText.length > 1 ? /[\p{L}\p{N}.]$/u : /[\p{L}\p{N}]/u).test(lastText)) continue;
    const text = spanText(doc, i, last);
    const key = foldName(text);
    const base = { first: i, last, start: doc.tokens[i].start, end: doc.tokens[last - 1].end, text };
    const single = last - i === 1;
    if (single && lex.notNames.has(doc.tokens[i].text)) continue;
    // An office followed by its holder's name ("US Secretary of State Mike Pompeo") is the
    // person's title, not a mention of the office.
    const holderFollows =
      last < sentenceEnd &&
      isCapitalised(doc.tokens[last].text) &&
      doc.tokens.slice(i, last).some((t) => lex.titles.has(foldName(t.text)));
    const actors = kb
      .lookup(text)
      .filter((a) => matchesCase(a, text, key) && !(holderFollows && a.type === 'ORG'));
    // A one-word alias that is also an ordinary word ("Moon", "Gallant") needs its full name first;
    // coreference then links it.
    const ordinary =
      single && !isAcronym(doc.tokens[i].text) && lex.commonWords.has(doc.tokens[i].text.toLowerCase());
    const extra = actors.find((a) => a.source === 'extra' && (!ordinary || foldName(a.name) === key));
    if (extra) return { ...base, type: extra.type, source: 'actor', actor: extra };
    const country = lex.countries.get(key);
    if (country) return { ...base, type: 'LOC', source: 'country', code: country };
    const region = lex.regions.get(key);
    if (region) return { ...base, type: 'LOC', source: 'region', code: region };
    const area = lex.areas.get(key);
    if (area) return { ...base, type: 'LOC', source: 'area', code: area.code, areaName: area.name };
    if (lex.demonyms.has(key)) continue;
    const places = geo.candidates(text);
    const phoenix = actors.find((a) => a.source === 'phoenix');
    const commonWord = single && lex.commonWords.has(doc.tokens[i].text.toLowerCase());
    const nameGoesOn =
      single &&
      i + 1 < sentenceEnd &&
      isCapitalised(doc.tokens[i + 1].text) &&
      doc.tokens[i + 1].start <= doc.tokens[i].end + 1;
    if (
      places.length > 0 &&
      !commonWord &&
      !nameGoesOn &&
      (!phoenix || places[0].population >= 100_000 || single)
    ) {
      return { ...base, type: 'LOC', source: 'place', places, code: places[0].country };
    }
    if (phoenix && !commonWord && (!single || phoenix.type === 'PER' || isAcronym(doc.tokens[i].text))) {
      return { ...base, type: phoenix.type, source: 'actor', actor: phoenix };
    }
  }
  return undefined;
}

/** A capitalised sequence that no knowledge source knows: "Natalia Kolesnikova", "Cour suprême". */
function capitalisedSequence(scan: Scan, i: number, sentenceEnd: number): NameMention | undefined {
  const { doc, lex } = scan;
  const tokens = doc.tokens;
  let last = i + 1;
  const orgHead = lex.orgWords.has(tokens[i].text);
  while (last < sentenceEnd && last - i < MAX_NAME_TOKENS) {
    const t = tokens[last];
    if (t.start > tokens[last - 1].end + 1) break;
    if (isCapitalised(t.text)) {
      last++;
      continue;
    }
    const lower = t.text.toLowerCase();
    // "Palais de l’Indépendance", "Cour de la Haye": a connector plus an article.
    if (
      (lower === 'de' || lower === 'of') &&
      last + 2 < sentenceEnd &&
      /^(l'|l’|la|the)$/i.test(tokens[last + 1].text) &&
      isCapitalised(tokens[last + 2].text) &&
      !lex.countries.has(foldName(tokens[last + 2].text))
    ) {
      last += 3;
      continue;
    }
    // "Meryl Streep and Renée Zellweger" are two people; "Bosnia and Herzegovina" is one name.
    const joinsTwoPeople =
      (lower === 'and' || lower === 'et' || lower === '&') &&
      (isGivenName(tokens[i].text) || isGivenName(tokens[last + 1]?.text ?? ''));
    if (
      !joinsTwoPeople &&
      CONNECTORS.has(lower) &&
      last + 1 < sentenceEnd &&
      isCapitalised(tokens[last + 1].text) &&
      !lex.notNames.has(tokens[last + 1].text)
    ) {
      // "Intérieur du Gabon", "Office of Germany": the country is its own mention, an owner.
      if (lex.countries.has(foldName(tokens[last + 1].text))) break;
      last += 2;
      continue;
    }
    if (
      orgHead &&
      lex.lang === 'fr' &&
      ADJECTIVE_ENDING.test(t.text) &&
      /^\p{Ll}/u.test(t.text) &&
      last - i < 4
    ) {
      last++;
      continue;
    }
    // "Ligue nationale de hockey", "Conseil de sécurité": an organisation's head takes one "de" complement.
    if (
      orgHead &&
      lex.lang === 'fr' &&
      (lower === 'de' || lower === 'du' || lower === 'des') &&
      last + 1 < sentenceEnd &&
      /^\p{Ll}{3,}$/u.test(tokens[last + 1].text) &&
      !ORG_COMPLEMENT_STOP.has(tokens[last + 1].text) &&
      !tokens.slice(i, last).some((x) => /^(de|du|des)$/.test(x.text))
    ) {
      last += 2;
      continue;
    }
    break;
  }
  // "ministre de l'Intérieur Gérald Darmanin": a given name after a capitalised common noun
  // (the portfolio) starts a person's name.
  for (let k = i + 1; k + 1 < last; k++) {
    if (
      isGivenName(tokens[k].text) &&
      lex.commonWords.has(tokens[k - 1].text.toLowerCase()) &&
      !isGivenName(tokens[k - 1].text) &&
      isCapitalised(tokens[k + 1].text)
    ) {
      last = k;
      break;
    }
  }
  // Do not swallow a following known name: "Natalia Kolesnikova/AFP" stops before AFP.
  while (last - 1 > i && !/[\p{L}\p{N}]$/u.test(tokens[last - 1].text)) last--;
  // A capitalised title inside the run starts the name after it: "Foreign Minister George Katrougalos".
  for (let k = last - 2; k >= i; k--) {
    if (lex.titles.has(foldName(tokens[k].text))) {
      i = k + 1;
      break;
    }
  }
  const text = spanText(doc, i, last);
  return {
    first: i,
    last,
    start: tokens[i].start,
    end: tokens[last - 1].end,
    text,
    type: guessType(scan, i, last),
    source: 'pattern',
  };
}

function previousWord(tokens: Token[], i: number, sentenceStart: number): string | undefined {
  let k = i - 1;
  if (k >= sentenceStart && tokens[k].text === ',') k--;
  return k >= sentenceStart ? foldName(tokens[k].text) : undefined;
}

function guessType(scan: Scan, first: number, last: number): EntityType {
  const { doc, lex } = scan;
  const tokens = doc.tokens.slice(first, last);
  const sentence = doc.sentences[doc.tokens[first].sentence];
  const words = tokens.map((t) => t.text);
  if (words.some((w) => lex.orgWords.has(w))) return 'ORG';
  if (words.some((w) => lex.locWords.has(w))) return 'LOC';
  const before = previousWord(doc.tokens, first, sentence.firstToken);
  if (before && lex.titles.has(before)) return 'PER';
  if (before && lex.placeCues.has(before)) return 'LOC';
  const beforeDe = first - 2 >= sentence.firstToken ? foldName(doc.tokens[first - 2].text) : undefined;
  if (before && /^(de|of|d')$/.test(before) && beforeDe && lex.placeCues.has(beforeDe)) return 'LOC';
  if (words.length === 1 && isAcronym(words[0])) return 'ORG';
  // "Yankees de New York", "Olympique de Marseille": a non-person name "of" a city is a club or body.
  const of = words.findIndex((w, k) => k > 0 && /^(de|du|d'|d’)$/.test(w));
  if (
    lex.lang === 'fr' &&
    of > 0 &&
    of + 1 < words.length &&
    !isGivenName(words[0]) &&
    !(before && lex.titles.has(before))
  ) {
    const rest = doc.text.slice(tokens[of + 1].start, tokens[tokens.length - 1].end);
    if (scan.geo.candidates(rest).length > 0 || lex.countries.has(foldName(rest))) return 'ORG';
  }
  const nameWords = words.filter((w) => isCapitalised(w));
  // Surname particles ("Gauri van Gulik", "Mohammed bin Salman") belong to personal names.
  const personal = words.filter((w, k) => !(k > 0 && SURNAME_PARTICLES.has(w)));
  if (nameWords.length >= 2 && isGivenName(nameWords[0])) return 'PER';
  if (nameWords.length >= 2 && nameWords.length === personal.length && nameWords.length <= 4) return 'PER';
  return 'MISC';
}

/** Finds the name mentions of a document, sentence by sentence, longest match first. */
export function recogniseNames(doc: Doc, lex: EntityLexicon): NameMention[] {
  const scan: Scan = { doc, lex, kb: actorKB(), geo: gazetteer() };
  const out: NameMention[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.lastToken) {
      const token = doc.tokens[i];
      const acronym = isAcronym(token.text);
      if (!isCapitalised(token.text) && !acronym) {
        const folded = foldName(token.text);
        const lowerKnown =
          scan.kb.lowerCaseStarts.has(folded) || lex.areaLowerStarts.has(folded)
            ? lookupKnown(scan, i, sentence.lastToken)
            : undefined;
        if (
          lowerKnown &&
          ((lowerKnown.source === 'actor' && lowerKnown.actor?.source === 'extra') ||
            lowerKnown.source === 'area') &&
          lowerKnown.last - lowerKnown.first > 1
        ) {
          out.push(lowerKnown);
          i = lowerKnown.last;
          continue;
        }
        i++;
        continue;
      }
      const compound = compoundHead(scan, i);
      if (compound) {
        out.push(compound);
        i++;
        continue;
      }
      const titled = titledOrganisation(scan, i, sentence.firstToken, sentence.lastToken);
      if (titled) {
        out.push(titled);
        i = titled.last;
        continue;
      }
      const known = lookupKnown(scan, i, sentence.lastToken);
      const institution =
        known?.source === 'country' ? nationalInstitution(scan, known, sentence.lastToken) : undefined;
      if (institution) {
        out.push(institution);
        i = institution.last;
        continue;
      }
      if (known) {
        out.push(known);
        i = known.last;
        continue;
      }
      const demonymEnd = multiWordDemonymEnd(scan, i, sentence.lastToken);
      if (demonymEnd) {
        // "Middle Eastern", "South Korean": an adjective of a country or region, not a name.
        i = demonymEnd;
        continue;
      }
      if (
        isCommonWordAtStart(scan, i) ||
        isFunctionWordAtClauseStart(scan, i) ||
        lex.notNames.has(token.text) ||
        lex.demonyms.has(foldName(token.text)) ||
        lex.titles.has(foldName(token.text))
      ) {
        i++;
        continue;
      }
      const pattern = capitalisedSequence(scan, i, sentence.lastToken);
      const sentenceInitial = i === sentence.firstToken || isOpening(doc.tokens[i - 1]?.text);
      if (pattern && sentenceInitial && pattern.last - pattern.first === 1 && pattern.type === 'MISC') {
        // An unknown capitalised word opening a sentence is usually an ordinary word ("Devenu").
        out.push({ ...pattern, tentative: true });
        i++;
        continue;
      }
      if (pattern) {
        if (pattern.first > i) {
          i = pattern.first;
          continue;
        }
        // A known name inside the sequence wins: "Président Poutine" → Poutine.
        const inner = findInnerKnown(scan, pattern);
        if (inner) {
          // "Martin Smith of PBS": the words before the known name are a name of their own.
          let end = inner.first;
          while (end > pattern.first && !isCapitalised(doc.tokens[end - 1].text)) end--;
          if (end > pattern.first) {
            const prefix = capitalisedSequence(scan, pattern.first, end);
            if (prefix) out.push(prefix);
          }
          out.push(inner);
          i = inner.last;
          continue;
        }
        out.push(pattern);
        i = pattern.last;
        continue;
      }
      i++;
    }
  }
  return out;
}

/** End of a demonym of two or three words starting at token i ("Middle Eastern"). */
function multiWordDemonymEnd(scan: Scan, i: number, sentenceEnd: number): number | undefined {
  for (let last = Math.min(sentenceEnd, i + 3); last > i + 1; last--) {
    if (scan.lex.demonyms.has(foldName(spanText(scan.doc, i, last)))) return last;
  }
  return undefined;
}

/** "the Iran-backed group", "the Houthi-run channel": the known actor or country before the hyphen. */
function compoundHead(scan: Scan, i: number): NameMention | undefined {
  const token = scan.doc.tokens[i];
  const hyphen = token.text.lastIndexOf('-');
  if (hyphen <= 0 || !scan.lex.compoundSuffixes.has(token.text.slice(hyphen + 1).toLowerCase()))
    return undefined;
  const text = token.text.slice(0, hyphen);
  const base = { first: i, last: i + 1, start: token.start, end: token.start + text.length, text };
  const country = scan.lex.countries.get(foldName(text));
  if (country) return { ...base, type: 'LOC', source: 'country', code: country };
  const actor = scan.kb
    .lookup(text)
    .find((a) => a.source === 'extra' && matchesCase(a, text, foldName(text)));
  return actor ? { ...base, type: actor.type, source: 'actor', actor } : undefined;
}

/** "told The Associated Press": a capitalised article mid-sentence belongs to the organisation's title. */
function titledOrganisation(
  scan: Scan,
  i: number,
  sentenceStart: number,
  sentenceEnd: number,
): NameMention | undefined {
  const tokens = scan.doc.tokens;
  if (!scan.lex.titleArticles.has(tokens[i].text) || i === sentenceStart || isOpening(tokens[i - 1]?.text))
    return undefined;
  const known = i + 1 < sentenceEnd ? lookupKnown(scan, i + 1, sentenceEnd) : undefined;
  if (known?.source !== 'actor' || known.type !== 'ORG') return undefined;
  return { ...known, first: i, start: tokens[i].start, text: spanText(scan.doc, i, known.last) };
}

/** A country name heading a capitalised organisation name: "United States Commission on …". */
function nationalInstitution(scan: Scan, country: NameMention, sentenceEnd: number): NameMention | undefined {
  const next = scan.doc.tokens[country.last];
  if (!next || !isCapitalised(next.text) || next.start > country.end + 1 || !scan.lex.orgWords.has(next.text))
    return undefined;
  const rest = capitalisedSequence(scan, country.last, sentenceEnd);
  if (!rest || rest.first !== country.last) return undefined;
  const text = scan.doc.text.slice(country.start, rest.end);
  return {
    ...rest,
    first: country.first,
    start: country.start,
    text,
    type: 'ORG',
    source: 'pattern',
    code: country.code,
  };
}

function findInnerKnown(scan: Scan, pattern: NameMention): NameMention | undefined {
  for (let k = pattern.first; k < pattern.last; k++) {
    if (!isCapitalised(scan.doc.tokens[k].text)) continue;
    const known = lookupKnown(scan, k, pattern.last);
    if (known && known.source === 'actor' && !otherPersonSameSurname(scan, known, k)) return known;
  }
  return undefined;
}

/**
 * "Margaret Harris" is not Kamala Harris: a known person matched by part of a name is another
 * person when a given name that is not one of the actor's own names comes right before.
 */
function otherPersonSameSurname(scan: Scan, known: NameMention, first: number): boolean {
  if (known.actor?.type !== 'PER' || first === 0) return false;
  const before = scan.doc.tokens[first - 1].text;
  if (!isCapitalised(before) || !isGivenName(before)) return false;
  const ownNames = new Set(known.actor.names.flatMap((n) => foldName(n).split(' ')));
  return !ownNames.has(foldName(before));
}
