import type { Doc } from '../../document/doc.ts';
import type { EntityType } from '../../document/types.ts';
import { actorCodeAt } from '../../knowledge/actors/index.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { isCountryCode } from '../../knowledge/geo/countries.ts';
import type { Agent, EntityLexicon } from './lexicon.ts';
import type { NameMention } from './recognise.ts';

/**
 * A role description: an agent noun with its owner, e.g. "le président biélorusse" (owner BLR),
 * "les troupes de Poutine" (owner: the Putin mention), "Ukrainian lawmakers" (owner UKR).
 */
export interface Description {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  agent: Agent;
  type: EntityType;
  /** Country or region code from a demonym or a country name. */
  country?: string;
  /** The name mention that owns the role ("du Kremlin", "de Poutine"). */
  owner?: NameMention;
  /** Code of an owner that is itself a role noun: "porte-parole du gouvernement" → the government's code. */
  ownerCode?: string;
  /** The country is only the sentence's or the document's ("the ministry"): the text names none. */
  implicitCountry?: boolean;
}

export const DETERMINERS = new Set([
  'le',
  'la',
  'les',
  "l'",
  'l’',
  'the',
  'un',
  'une',
  'des',
  'a',
  'an',
  'ce',
  'cette',
  'ces',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'its',
  'their',
]);
/** Prepositions of a posting: "ambassador to", "envoyé auprès de". */
const POSTING = new Set(['to', 'at', 'in', 'for', 'auprès', 'à', 'aux', 'au']);
export const OF = new Set(['de', 'du', 'des', "d'", 'd’', 'of']);

const foldedCache = new WeakMap<Doc, string[]>();

/** Folded token texts, computed once per document. */
export function folded(doc: Doc, index: number): string {
  let all = foldedCache.get(doc);
  if (!all || all.length !== doc.tokens.length) {
    all = doc.tokens.map((t) => foldName(t.text).replace(/’/g, "'"));
    foldedCache.set(doc, all);
  }
  return all[index] ?? '';
}

const agentIndex = new WeakMap<EntityLexicon, Map<string, Agent[]>>();

/** Agents by their first folded word, longest first. */
function agentsStartingWith(lex: EntityLexicon, word: string): readonly Agent[] {
  let index = agentIndex.get(lex);
  if (!index) {
    index = new Map();
    for (const agent of lex.agents) {
      const list = index.get(agent.words[0]) ?? [];
      list.push(agent);
      index.set(agent.words[0], list);
    }
    agentIndex.set(lex, index);
  }
  return index.get(word) ?? [];
}

/** Matches folded words against consecutive tokens (a token may fold to several words: "état-major"); returns the end token. */
export function matchWords(doc: Doc, words: readonly string[], i: number, end: number): number | undefined {
  let w = 0;
  let k = i;
  while (w < words.length) {
    if (k >= end) return undefined;
    const parts = folded(doc, k).split(' ');
    for (const part of parts) {
      if (words[w] !== part) return undefined;
      w++;
    }
    k++;
  }
  return k;
}

/** Matches an agent's words at token i, allowing one demonym right after the first word (French word order). */
function matchAgent(
  doc: Doc,
  lex: EntityLexicon,
  i: number,
  end: number,
): { agent: Agent; last: number; demonym?: string } | undefined {
  for (const agent of agentsStartingWith(lex, folded(doc, i).split(' ')[0])) {
    const last = matchWords(doc, agent.words, i, end);
    if (last !== undefined) return { agent, last };
    if (agent.words.length > 1 && folded(doc, i) === agent.words[0]) {
      const demonym = lex.demonyms.get(folded(doc, i + 1));
      const rest = demonym ? matchWords(doc, agent.words.slice(1), i + 2, end) : undefined;
      if (demonym && rest !== undefined) return { agent, last: rest, demonym };
    }
  }
  return undefined;
}

/** Is a person's name right after token `last` (optionally after a comma)? */
function personNamedAt(
  doc: Doc,
  nameAt: ReadonlyMap<number, NameMention>,
  last: number,
  titles?: ReadonlySet<string>,
): boolean {
  let k = doc.tokens[last]?.text === ',' ? last + 1 : last;
  // "An army spokesman, Brig. Gen. Nabil Abdallah": ranks may stand before the name.
  for (let n = 0; titles && n < 3 && titles.has(folded(doc, k)); n++) {
    k++;
    // The tokenizer may split an unlisted abbreviation from its full stop: "Brig" ".".
    if (doc.tokens[k]?.text === '.') k++;
  }
  const name = nameAt.get(k);
  return (
    name !== undefined && (name.type === 'PER' || (name.source === 'pattern' && name.last - name.first > 1))
  );
}

/** Is a person named right before the description: "Hassan, un autre manifestant"? */
function personNamedBefore(
  doc: Doc,
  lex: EntityLexicon,
  nameEndingAt: ReadonlyMap<number, NameMention>,
  first: number,
): boolean {
  let k = first - 1;
  while (k >= 0 && (DETERMINERS.has(folded(doc, k)) || lex.commonWords.has(folded(doc, k)))) {
    if (doc.tokens[k].text === ',' || k < first - 3) return false;
    k--;
  }
  if (doc.tokens[k]?.text !== ',') return false;
  const name = nameEndingAt.get(k - 1);
  return name !== undefined && (name.type === 'PER' || name.source === 'pattern');
}

/** The one country of the coded persons named in a sentence, if they all share it. */
function sentenceCountry(doc: Doc, names: readonly NameMention[], sentence: number): string | undefined {
  const countries = new Set<string>();
  for (const n of names) {
    if (n.type !== 'PER' || !n.actor || doc.tokens[n.first].sentence !== sentence) continue;
    const code = actorCodeAt(n.actor, doc.published)?.slice(0, 3);
    if (code && isCountryCode(code)) countries.add(code);
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}

export function findDescriptions(
  doc: Doc,
  lex: EntityLexicon,
  names: readonly NameMention[],
  defaultCountry?: string,
): Description[] {
  const nameAt = new Map<number, NameMention>();
  const nameEndingAt = new Map<number, NameMention>();
  for (const m of names) {
    nameAt.set(m.first, m);
    nameEndingAt.set(m.last - 1, m);
  }
  // Capitalised institution names that are role nouns ("Assemblée nationale") stay describable.
  const inName = new Set<number>();
  for (const m of names) if (m.source !== 'pattern') for (let k = m.first; k < m.last; k++) inName.add(k);
  const out: Description[] = [];
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
      if (inName.has(i)) continue;
      const hit = matchAgent(doc, lex, i, sentence.lastToken);
      if (!hit) continue;
      let first = i;
      let last = hit.last;
      let country = hit.demonym;
      let owner: NameMention | undefined;
      let ownerCode: string | undefined;
      let implicitCountry = false;
      // Demonym after the noun (fr: "président biélorusse") or before it (en: "Russian troops").
      const after = lex.demonyms.get(folded(doc, last));
      // One adjective may come between (fr): "le gouvernement fédéral belge".
      const afterAdjective =
        lex.lang === 'fr' && /^\p{Ll}+$/u.test(doc.tokens[last]?.text ?? '')
          ? lex.demonyms.get(folded(doc, last + 1))
          : undefined;
      if (!country && after && last < sentence.lastToken) {
        country = after;
        last++;
      } else if (
        !country &&
        afterAdjective &&
        last + 1 < sentence.lastToken &&
        lex.commonWords.has((doc.tokens[last]?.text ?? '').toLowerCase())
      ) {
        country = afterAdjective;
        last += 2;
      }
      const before = lex.demonyms.get(folded(doc, first - 1));
      // "South Korean officials": a demonym of two words.
      const twoBefore =
        first - 2 >= sentence.firstToken
          ? lex.demonyms.get(`${folded(doc, first - 2)} ${folded(doc, first - 1)}`)
          : undefined;
      if (!country && twoBefore) {
        country = twoBefore;
        first -= 2;
      } else if (!country && before && first - 1 >= sentence.firstToken) {
        country = before;
        first--;
      } else if (
        !country &&
        first - 1 >= sentence.firstToken &&
        nameEndingAt.get(first - 1)?.source === 'country'
      ) {
        // A country name used as a modifier: "United States government", "U.S. military".
        const name = nameEndingAt.get(first - 1) as NameMention;
        country = name.code;
        first = name.first;
      } else if (
        !country &&
        first - 2 >= sentence.firstToken &&
        /^['’]s$/.test(doc.tokens[first - 1].text) &&
        nameEndingAt.get(first - 2)?.source === 'country'
      ) {
        // A country as possessor: "Iran's Foreign Ministry", "Russia's army".
        const name = nameEndingAt.get(first - 2) as NameMention;
        country = name.code;
        first = name.first;
      }
      // A portfolio: "la ministre des Armées", "ministre de la Communication du Gabon".
      // Or a posting once the country is known: "U.S. ambassador to the UN Linda Thomas-Greenfield".
      const preposition = folded(doc, last);
      if (hit.agent.type === 'PER' && (OF.has(preposition) || POSTING.has(preposition))) {
        let k = last + 1;
        if (DETERMINERS.has(folded(doc, k))) k++;
        const named = nameAt.get(k);
        if (named?.source === 'pattern' && named.type !== 'PER') last = named.last;
        else if (country && POSTING.has(preposition) && named && named.type !== 'PER') last = named.last;
        else if (!named && /^\p{Lu}/u.test(doc.tokens[k]?.text ?? '') && k < sentence.lastToken) last = k + 1;
      }
      // Owner after "de/of": "porte-parole du Kremlin", "président de la Russie", "troupes de Poutine".
      if (!country && OF.has(folded(doc, last))) {
        let k = last + 1;
        if (DETERMINERS.has(folded(doc, k))) k++;
        const name = nameAt.get(k);
        if (
          name &&
          (name.source === 'country' ||
            name.source === 'region' ||
            name.source === 'actor' ||
            name.source === 'place')
        ) {
          owner = name;
          if (name.source === 'country' || name.source === 'region') country = name.code;
          last = name.last;
        } else if (!name && defaultCountry && hit.agent.suffix === '') {
          // "le porte-parole du gouvernement": the owner is an institution of the document's country.
          const institution = matchAgent(doc, lex, k, sentence.lastToken);
          if (institution && institution.agent.type === 'ORG' && institution.agent.suffix) {
            const demonymAfter = institution.demonym
              ? undefined
              : lex.demonyms.get(folded(doc, institution.last));
            const ownerCountry = institution.demonym ?? demonymAfter ?? defaultCountry;
            ownerCode = `${ownerCountry}${institution.agent.suffix}`;
            country = ownerCountry;
            // "le porte-parole de la diplomatie iranienne": the demonym closes the description.
            last = demonymAfter ? institution.last + 1 : institution.last;
          }
        }
      }
      // "the opposition-controlled National Assembly": a compound adjective may follow the article.
      const definite =
        /^(le|la|l'|the)$/.test(folded(doc, first - 1)) ||
        (/^\p{Ll}+-\p{Ll}+$/u.test(doc.tokens[first - 1]?.text ?? '') &&
          /^(le|la|l'|the)$/.test(folded(doc, first - 2)));
      // "le gouvernement", "la présidente, Salomé Zourabichvili": the document's own country.
      // "An army spokesman, Brig. Gen. X": a person of the group, then the name.
      const personOfGroup =
        hit.agent.type === 'ORG' &&
        lex.personHeads.has(folded(doc, last)) &&
        personNamedAt(doc, nameAt, last + 1, lex.titles);
      const namesPerson =
        personOfGroup ||
        (hit.agent.type === 'PER' &&
          (personNamedAt(doc, nameAt, last, lex.titles) ||
            (hit.agent.individualSuffix !== undefined && personNamedBefore(doc, lex, nameEndingAt, first))));
      if (
        !country &&
        !owner &&
        (definite || namesPerson) &&
        hit.agent.suffix &&
        (hit.agent.type === 'ORG' || namesPerson)
      ) {
        // "a déclaré Le Drian devant l'Assemblée nationale": an institution takes the country of
        // the coded persons of its sentence when they agree, else the document's.
        country =
          (hit.agent.type === 'ORG' ? sentenceCountry(doc, names, sentence.index) : undefined) ??
          defaultCountry;
        implicitCountry = !namesPerson;
      }
      if (!country && !owner) continue;
      // A person of the group: "the army chief" (head after), "le chef de l'armée" (head before).
      let type = hit.agent.type;
      if (type === 'ORG' && lex.personHeads.has(folded(doc, last)) && last < sentence.lastToken) {
        last++;
        type = 'PER';
      } else if (type === 'ORG' && first - 2 >= sentence.firstToken) {
        let k = first - 1;
        if (DETERMINERS.has(folded(doc, k))) k--;
        if (OF.has(folded(doc, k)) && lex.personHeads.has(folded(doc, k - 1))) {
          first = k - 1;
          type = 'PER';
        }
      }
      out.push({
        first,
        last,
        ...doc.tokenSpan(first, last),
        agent: hit.agent,
        type,
        country,
        owner,
        ownerCode,
        ...(implicitCountry ? { implicitCountry } : {}),
      });
      i = last - 1;
    }
  }
  return out;
}
