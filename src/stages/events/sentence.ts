import type { Doc } from '../../document/doc.ts';
import type { ActorRef, Sentence } from '../../document/types.ts';
import { isCountryCode } from '../../knowledge/geo/countries.ts';
import type { Cues } from './cues.ts';
import { tokenForms } from './lexicon.ts';
import type { ActorSlot, CodingSentence } from './match.ts';

/** Actor mentions from PETRARCH actor/agent dictionaries (`ActorPhraseFinder`, `DictionaryActors`). */
export interface DictionaryActorFinder {
  find(
    forms: readonly string[][],
    date: string | undefined,
    group: (slots: ActorSlot[]) => ActorSlot[],
    upos?: (pos: number) => string | undefined,
  ): ActorSlot[];
}

/** Token forms and actor slots (from the entities layer) of one sentence. */
export function prepareSentence(
  doc: Doc,
  sentence: Sentence,
  cues: Cues,
  upos?: (pos: number) => string | undefined,
  dictionaryActors?: DictionaryActorFinder,
  /** More actor slots found over the sentence's forms (group nouns), before coordinations are grouped. */
  addSlots?: (slots: ActorSlot[], forms: string[][]) => ActorSlot[],
): CodingSentence {
  const tokens = doc.sentenceTokens(sentence);
  const forms = tokens.map((t) => tokenForms(t.text, t.lemma));
  const actors: ActorSlot[] = [];
  for (const entity of doc.entities) {
    const code = entity.actor ?? entity.country;
    if (!code) continue;
    for (const mention of entity.mentions) {
      if (mention.start < sentence.start || mention.end > sentence.end) continue;
      const first = doc.tokenIndexAt(mention.start) - sentence.firstToken;
      let end = first;
      while (end < tokens.length && tokens[end].start < mention.end) end++;
      if (end === first) continue;
      const ref: ActorRef = {
        name: entity.name,
        entity: entity.id,
        actor: entity.actor,
        country: entity.country,
        mention: { start: mention.start, end: mention.end, text: mention.text },
      };
      // A demonym ("les prisons syriennes") qualifies a noun; only a mention of the place itself can be a setting.
      const place = entity.type === 'LOC' && mention.kind !== 'demonym';
      // "the Middle Eastern nation" (singular: the surface form) is one country the sentence leaves unnamed,
      // not the region; "les nations occidentales" stay the West.
      const countryNoun =
        mention.kind === 'demonym' ? forms[end] : mention.kind === 'description' ? forms[end - 1] : undefined;
      if (
        countryNoun &&
        !isCountryCode(code.slice(0, 3)) &&
        cues.any('country-noun', countryNoun.slice(0, 1))
      )
        continue;
      actors.push({ first, end, ref, group: 0, place });
    }
  }
  const opening = datelineEnd(forms);
  const group = (slots: ActorSlot[]) => {
    // The dateline ("ADEN/WASHINGTON, Jan 12 (Reuters) -") names where the story was filed, not who acted.
    const kept = dropNested(slots).filter((s) => s.first >= opening);
    return groupCoordinations(addSlots ? addSlots(kept, forms) : kept, forms, cues, upos);
  };
  if (dictionaryActors) {
    // Entity mentions first: where both cover the same words, the entities layer's reading wins.
    const fromDictionary = dictionaryActors.find(
      forms,
      doc.published,
      (slots) => groupCoordinations(slots, forms, cues, upos),
      upos,
    );
    const free = fromDictionary.filter((d) => !actors.some((a) => a.first < d.end && d.first < a.end));
    return { forms, actors: group([...actors, ...free]) };
  }
  return { forms, actors: group(actors) };
}

/** Dashes that close a dateline. */
const DATELINE_DASHES = ['-', '–', '—'];
/** How far into a sentence a dateline may reach ("CARACAS, Venezuela, Jan. 23, 2019 (AP) —"). */
const MAX_DATELINE_TOKENS = 16;

/** Token index after a wire dateline closed by "(Agency) —", else 0. */
export function datelineEnd(forms: readonly string[][]): number {
  for (let i = 1; i < Math.min(forms.length, MAX_DATELINE_TOKENS); i++) {
    if (DATELINE_DASHES.includes(forms[i][0]) && forms[i - 1][0] === ')') return i + 1;
  }
  return 0;
}

/** Keeps the longest of overlapping mentions ("le président russe Vladimir Poutine" over "russe"). */
function dropNested(slots: ActorSlot[]): ActorSlot[] {
  const sorted = [...slots].sort((a, b) => a.first - b.first || b.end - a.end);
  const out: ActorSlot[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.first < last.end) continue;
    out.push(s);
  }
  return out;
}

/**
 * Numbers coordination groups: slots separated by "et/and/," plus determiners or adjectives
 * ("Fornost and the evil awful Gondor") share a group; slots over the same tokens always do.
 */
export function groupCoordinations(
  slots: ActorSlot[],
  forms: string[][],
  cues: Cues,
  upos?: (pos: number) => string | undefined,
): ActorSlot[] {
  // Between coordinated actors only modifiers may stand ("and the evil awful Gondor"): no verb, no preposition.
  const modifier = (pos: number) => {
    const tag = upos?.(pos);
    return tag
      ? !['VERB', 'AUX', 'ADP', 'PUNCT', 'SCONJ', 'PRON'].includes(tag) && !cues.any('boundary', forms[pos])
      : false;
  };
  type Link = 'none' | 'same' | 'comma' | 'conjunction';
  const links: Link[] = slots.map((slot, i) => {
    const previous = slots[i - 1];
    if (!previous) return 'none';
    if (previous.first === slot.first && previous.end === slot.end) return 'same';
    const between = forms.slice(previous.end, slot.first);
    const coordinated =
      between.length > 0 &&
      between.length <= 4 &&
      between.some((f) => cues.any('coordination', f)) &&
      between.every(
        (f, k) => cues.any('coordination', f) || cues.any('determiner', f) || modifier(previous.end + k),
      );
    if (!coordinated) return 'none';
    return between.some((f) => cues.any('coordination', f) && f[0] !== ',') ? 'conjunction' : 'comma';
  });
  // A comma links list members only in a list closed by a conjunction ("A, B and C"); otherwise it
  // opens an apposition or a new phrase (", the Osgiliath newspaper said").
  let closed = false;
  for (let i = links.length - 1; i >= 0; i--) {
    if (links[i] === 'none') closed = false;
    else if (links[i] === 'conjunction') closed = true;
    else if (links[i] === 'comma' && !closed) links[i] = 'none';
  }
  // "between A and B, and C and D": pairs joined by bare conjunctions and set apart by a comma are two
  // coordinations ("A, B and C" and "A and B, and C" stay one).
  const comma = (i: number) =>
    i > 0 && forms.slice(slots[i - 1].end, slots[i].first).some((f) => f[0] === ',');
  const bare = (i: number) => links[i] === 'conjunction' && !comma(i);
  let paired = false;
  links.forEach((link, i) => {
    if (link === 'none') paired = false;
    else if (comma(i) && paired && bare(i + 1)) {
      links[i] = 'none';
      paired = false;
    } else if (bare(i)) paired = true;
  });
  let group = 0;
  return slots.map((slot, i) => {
    if (i > 0 && links[i] === 'none') group++;
    return { ...slot, group };
  });
}
