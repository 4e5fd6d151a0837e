import type { Doc } from '../../document/doc.ts';
import type { ActorRef, Entity, Language } from '../../document/types.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { normaliseWord } from '../../knowledge/petrarch/verbs.ts';
import { table } from '../../lang/index.ts';
import { entityLexicon } from '../entities/lexicon.ts';
import type { ActorSlot } from './match.ts';

/*
 * Group nouns as actors ("la junte", "Police fired", "des milliers de manifestants"): news names the
 * sector and leaves the country to the story. The country comes from an adjacent country mention
 * ("the Venezuelan military", "l'armée malienne"), else from the document's main country.
 */

interface AgentNoun {
  words: string[];
  sector: string;
  /** "33 Russian individuals": a noun that names an actor only with a demonym beside it. */
  needsDemonym: boolean;
}

const nounsByLanguage = new Map<Language, AgentNoun[]>();

function agentNouns(language: Language): AgentNoun[] {
  let nouns = nounsByLanguage.get(language);
  if (!nouns) {
    nouns = table(language, 'events-agents')
      .filter((row) => row.length >= 2 && row[1])
      .map(([noun, sector, condition]) => ({
        words: noun.split(/\s+/).map(normaliseWord),
        sector,
        needsDemonym: condition === 'with-demonym',
      }))
      // Longest first: "forces armées" before "forces".
      .sort((a, b) => b.words.length - a.words.length);
    nounsByLanguage.set(language, nouns);
  }
  return nouns;
}

/** Tags an agent noun can carry: "military" the noun, not the adjective of "military targets". */
const NOUN_TAGS = ['NOUN', 'PROPN'];

/** Tags that continue a noun phrase after an adjective. */
const PHRASE_TAGS = ['NOUN', 'PROPN', 'ADJ', 'NUM'];

/** "the general had", "the military must": an adjective after a determiner heading no noun is a noun. */
function nominalAdjective(first: number, end: number, upos?: (pos: number) => string | undefined): boolean {
  if (upos?.(end - 1) !== 'ADJ' || upos(first - 1) !== 'DET') return false;
  const next = upos(end);
  return next === undefined || !PHRASE_TAGS.includes(next);
}

/**
 * The country whose places are mentioned most often: the story's setting for unplaced group nouns. People
 * and organisations are left out: a story set in Mali quotes French ministers, but its places are Malian.
 */
export function mainCountry(doc: Doc): string | undefined {
  // With no place named at all, the countries of the people and organisations stand in.
  return mostMentioned(doc, (type) => type === 'LOC') ?? mostMentioned(doc, () => true);
}

function mostMentioned(doc: Doc, counted: (type: Entity['type']) => boolean): string | undefined {
  const counts = new Map<string, number>();
  for (const entity of doc.entities) {
    if (!entity.country || !counted(entity.type)) continue;
    // "Washington imposed sanctions": a capital standing for its government names an actor, not the setting.
    const mentions = entity.mentions.filter((m) => m.kind !== 'metonym').length;
    counts.set(entity.country, (counts.get(entity.country) ?? 0) + mentions);
  }
  let best: string | undefined;
  for (const [country, count] of counts) if (!best || count > (counts.get(best) ?? 0)) best = country;
  return best;
}

/** The word or its regular plural ("manifestants", "généraux"), for text no lemmatiser has seen. */
function matchesNoun(forms: readonly string[] | undefined, word: string): boolean {
  if (!forms) return false;
  const plural = word.endsWith('AL') ? `${word.slice(0, -2)}AUX` : `${word}S`;
  return forms.includes(word) || forms.includes(plural);
}

function isBareCountry(ref: ActorRef): boolean {
  const code = ref.actor ?? ref.country;
  return code !== undefined && code.length === 3 && code === ref.country;
}

/** Tags that may stand inside a noun phrase between a group noun and its country ("autorités de transition maliennes"). */
const INNER_PHRASE_TAGS = ['NOUN', 'ADJ', 'ADP', 'DET'];
/** How far after the group noun its country may stand inside the phrase. */
const PHRASE_REACH = 3;

/**
 * "les autorités de transition maliennes", "the army of Sudan": a country adjective or a country of
 * affiliation later in the group noun's phrase (tagged words only: no verb, no punctuation between).
 */
function countryLater(
  slots: readonly ActorSlot[],
  end: number,
  forms: readonly string[][],
  upos?: (pos: number) => string | undefined,
  linking?: (forms: readonly string[]) => boolean,
): ActorSlot | undefined {
  if (!upos) return undefined;
  for (let p = end; p < Math.min(forms.length, end + PHRASE_REACH); p++) {
    const slot = slots.find((s) => s.first === p);
    if (slot) {
      if (!isBareCountry(slot.ref)) return undefined;
      if (!slot.place || (p > end && linking?.(forms[p - 1]))) return slot;
      return undefined;
    }
    const tag = upos(p);
    if (!tag || !INNER_PHRASE_TAGS.includes(tag)) return undefined;
  }
  return undefined;
}

/** Punctuation that closes a sentence-opening setting ("Mali : la junte…", "Au Mali, la junte…"). */
const SETTING_CLOSERS = [':', ','];

/**
 * "Au Mali, la junte a…", "Mali: the junta…", "In Myanmar, police…": a country set at the head of the
 * sentence is where its group nouns act, whatever country the document mentions most.
 */
function openingSetting(slots: readonly ActorSlot[], forms: readonly string[][]): string | undefined {
  const first = slots[0];
  if (!first || first.first > 1 || !first.place || !isBareCountry(first.ref)) return undefined;
  if (!SETTING_CLOSERS.includes(forms[first.end]?.[0] ?? '')) return undefined;
  return first.ref.country;
}

/**
 * "Police arrested two men in Berlin", "civilians killed in Kharkiv": a place the sentence sets its events
 * in (after a locative preposition) is where its group nouns act, before the document's main country.
 */
function sentenceSetting(
  slots: readonly ActorSlot[],
  forms: readonly string[][],
  locative?: (forms: readonly string[]) => boolean,
): string | undefined {
  if (!locative) return undefined;
  const place = slots.find((s) => s.place && s.ref.country && s.first > 0 && locative(forms[s.first - 1]));
  return place?.ref.country;
}

/** The country of a demonym at token p ("Russian", "russes"), if it is one. */
function demonymAt(forms: readonly string[][], p: number, language: Language): string | undefined {
  const word = forms[p]?.[0];
  return word ? entityLexicon(language).demonyms.get(foldName(word)) : undefined;
}

/** Tags of a people named by its plural demonym ("33 Russians", "des Nord-Coréens"). */
const PEOPLE_TAGS = ['NOUN', 'PROPN'];

/**
 * "arrested 33 Russians", "des Chinois": a capitalised plural demonym standing as a noun names its
 * country's people; the entities layer, which reads demonyms as adjectives, leaves it out.
 */
function peopleSlot(
  forms: readonly string[][],
  surface: (pos: number) => string,
  i: number,
  language: Language,
  upos?: (pos: number) => string | undefined,
): ActorSlot | undefined {
  const word = surface(i);
  if (!/^\p{Lu}/u.test(word) || !/s$/i.test(word) || !upos) return undefined;
  const tag = upos(i);
  if (!tag || !PEOPLE_TAGS.includes(tag) || NOUN_TAGS.includes(upos(i + 1) ?? '')) return undefined;
  const code = demonymAt(forms, i, language);
  if (!code || /^[A-Z]{3}$/.test(code) === false) return undefined;
  return { first: i, end: i + 1, ref: { name: word, actor: code, country: code }, group: 0, place: false };
}

/**
 * Adds a slot for every agent noun not inside an existing slot; an adjacent bare country slot
 * becomes the agent's country and merges into it ("Venezuelan" + "military" → VENMIL).
 */
export function withAgentActors(
  slots: ActorSlot[],
  forms: readonly string[][],
  language: Language,
  country: string | undefined,
  upos?: (pos: number) => string | undefined,
  /** Prepositions and determiners: "le porte-parole de la junte" names the junta's spokesman. */
  linking?: (forms: readonly string[]) => boolean,
  /** The token's text as written (capitalisation tells a people's name from an adjective). */
  surface?: (pos: number) => string,
  /** Locative prepositions ("in", "à"): the place after one is where the sentence happens. */
  locative?: (forms: readonly string[]) => boolean,
): ActorSlot[] {
  const nouns = agentNouns(language);
  if (nouns.length === 0) return slots;
  const setting = openingSetting(slots, forms) ?? sentenceSetting(slots, forms, locative);
  const out = [...slots];
  const covered = (pos: number) => out.some((s) => s.first <= pos && pos < s.end);
  for (let i = 0; i < forms.length; i++) {
    if (covered(i)) continue;
    const people = surface ? peopleSlot(forms, surface, i, language, upos) : undefined;
    if (people) {
      out.push(people);
      continue;
    }
    const noun = nouns.find((n) => n.words.every((w, k) => matchesNoun(forms[i + k], w) && !covered(i + k)));
    if (!noun) continue;
    const end = i + noun.words.length;
    // "33 Russian individuals", "des ressortissants français": the demonym beside the noun.
    const demonym = demonymAt(forms, i - 1, language) ?? demonymAt(forms, end, language);
    if (noun.needsDemonym) {
      if (demonym && !covered(i - 1) && !covered(end))
        out.push({
          first: demonymAt(forms, i - 1, language) ? i - 1 : i,
          end: demonymAt(forms, i - 1, language) ? end : end + 1,
          ref: {
            name: `${demonym} ${noun.words.join(' ').toLowerCase()}`,
            actor: `${demonym}${noun.sector}`,
            country: demonym,
          },
          group: 0,
        });
      i = end - 1;
      continue;
    }
    const head = upos?.(end - 1);
    // "police oversight council": a noun modifying the next noun names no actor.
    if ((head && !NOUN_TAGS.includes(head) && !nominalAdjective(i, end, upos)) || upos?.(end) === 'NOUN')
      continue;
    // "le président de la Commission", "a spokesman for the PMF": the owner named after is the actor.
    const owner = out.find(
      (s) =>
        !s.place &&
        s.first > end &&
        s.first - end <= 3 &&
        forms.slice(end, s.first).every((f) => linking?.(f)),
    );
    if (owner && linking) {
      i = end - 1;
      continue;
    }
    // "foreign-funded NGOs", "des ONG": a kind of actor with a code of its own, whatever the country.
    if (noun.sector.startsWith('=')) {
      const code = noun.sector.slice(1);
      out.push({ first: i, end, ref: { name: noun.words.join(' '), actor: code }, group: 0 });
      i = end - 1;
      continue;
    }
    // "Islamic State militants", "Hamas fighters": members of the organisation named right before.
    const organisation = out.find((s) => s.end === i && !s.place && !isBareCountry(s.ref) && s.ref.actor);
    if (organisation) {
      organisation.end = end;
      i = end - 1;
      continue;
    }
    const neighbour =
      out.find((s) => isBareCountry(s.ref) && (s.end === i || (s.first === end && !s.place))) ??
      countryLater(out, end, forms, upos, linking);
    if (neighbour) {
      const code = neighbour.ref.country as string;
      neighbour.ref = { ...neighbour.ref, actor: `${code}${noun.sector}` };
      neighbour.first = Math.min(neighbour.first, i);
      neighbour.end = Math.max(neighbour.end, end);
      neighbour.place = false;
    } else if (setting ?? country) {
      const code = (setting ?? country) as string;
      out.push({
        first: i,
        end,
        ref: {
          name: `${code} ${noun.words.join(' ').toLowerCase()}`,
          actor: `${code}${noun.sector}`,
          country: code,
        },
        group: 0,
      });
    }
    i = end - 1;
  }
  return out.sort((a, b) => a.first - b.first);
}
