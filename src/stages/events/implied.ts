import type { Doc } from '../../document/doc.ts';
import type { ActorRef, CodedEvent } from '../../document/types.ts';
import type { SentenceEvent } from './coder.ts';
import type { Cues } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import type { CodingSentence } from './match.ts';
import type { TriggerSpan } from './roles.ts';

/*
 * What a story implies about an event its clause leaves incomplete: the author of "the strike" a victim
 * died in, the protesters force was used on, the state holding a detainee, the country sanctions aim at,
 * and the codebook's name for killing one person.
 */

/** Cutting relations and sanctions (16), administrative sanctions (172): always aimed at someone. */
const SANCTION_CODES = ['16', '172'];

/**
 * "Washington n'a toutefois pas imposé de sanctions", "the EU imposed new sanctions": with no stated
 * target, a verb of sanctions or cut ties aims at the country the story is about, when that is another
 * (a bare noun, "passibles de sanctions", may state no act at all).
 */
export function sanctionTarget(event: CodedEvent, storyCountry: string | undefined): ActorRef | null {
  if (!storyCountry || !SANCTION_CODES.some((c) => event.cameo.startsWith(c))) return null;
  const sourceCountry = event.source?.country ?? event.source?.actor?.slice(0, 3);
  if (!sourceCountry || sourceCountry === storyCountry) return null;
  return { name: storyCountry, actor: storyCountry, country: storyCountry };
}

/** Roots of force a crowd can suffer: coercion and repression, assault, fighting. */
const FORCE_ON_CROWD_ROOTS = ['17', '18', '19'];
const PROTEST_ROOT = '14';
/** How many tokens after its verb a protest noun may stand and still be its object ("suppress the mass protests"). */
const OBJECT_REACH = 4;

/**
 * "suppress protests", "a dispersé les manifestations": force used on a protest the sentence names is used
 * on the protesters, the protest event's source.
 */
export function withProtestTargets(events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((e) => {
    if (e.target || !FORCE_ON_CROWD_ROOTS.includes(e.code.slice(0, 2))) return e;
    const protest = events.find(
      (p) =>
        p.code.startsWith(PROTEST_ROOT) &&
        p.source &&
        p.trigger.first >= e.trigger.end &&
        p.trigger.first - e.trigger.end < OBJECT_REACH,
    );
    return protest?.source ? { ...e, target: protest.source } : e;
  });
}

/** Roots of material conflict whose author a later "the strike" refers back to. */
const ATTACK_ROOTS = ['18', '19', '20'];
/** How many sentences back "the strike" looks for the strike it names. */
const ATTACK_WINDOW = 3;

/** "killed in the airstrike", "tué dans la frappe": the clause names, with a determiner, an attack after the trigger. */
export function definiteAttackNoun(
  sentence: CodingSentence,
  trigger: TriggerSpan,
  lexicon: Lexicon,
  cues: Cues,
): boolean {
  for (let p = trigger.end + 1; p < sentence.forms.length; p++) {
    if (cues.any('boundary', sentence.forms[p])) return false;
    if (!cues.any('determiner', sentence.forms[p - 1])) continue;
    const nouns = lexicon.triggersFor(sentence.forms[p]).filter((t) => t.entry.nominal);
    if (
      nouns.some((t) =>
        ATTACK_ROOTS.includes((t.entry.code === '---' ? t.block.code : t.entry.code).slice(0, 2)),
      )
    )
      return true;
  }
  return false;
}

/** The source of the latest asserted attack of the last few sentences, on someone other than `victim`'s side. */
export function latestAttacker(
  recent: readonly { sentence: number; event: CodedEvent }[],
  sentence: number,
  victim: ActorRef,
): ActorRef | undefined {
  for (let i = recent.length - 1; i >= 0; i--) {
    const { event, sentence: at } = recent[i];
    if (sentence - at > ATTACK_WINDOW) break;
    if (event.negated || event.modality !== 'asserted' || !ATTACK_ROOTS.includes(event.root)) continue;
    if (!event.source || event.source.country === victim.country) continue;
    return { ...event.source, mention: undefined };
  }
  return undefined;
}

/** The government of a detainee's country: who holds a prisoner when the story does not say. */
export function stateAuthorities(detained: ActorRef): ActorRef | undefined {
  const country =
    detained.country ??
    (detained.actor && detained.actor.length >= 3 ? detained.actor.slice(0, 3) : undefined);
  if (!country || !/^[A-Z]{3}$/.test(country) || ['IGO', 'NGO', 'MNC'].includes(country)) return undefined;
  return { name: `${country} authorities`, actor: `${country}GOV`, country };
}

/** Conventional force (190) from a verb of killing, and the person killed, in the codebook's terms. */
const FORCE_CODE = '190';
const ASSASSINATION_CODE = '186';

/**
 * "the murder of journalist Jamal Khashoggi", "X a été tué": killing one named person is an assassination
 * (186); PETRARCH's dictionary codes every "kill" as conventional force (190), which CAMEO keeps for fighting.
 */
export function assassination(
  doc: Doc,
  e: SentenceEvent,
  forms: readonly string[][],
  cues: Cues,
): SentenceEvent {
  if (e.code !== FORCE_CODE || !e.target?.ref.entity) return e;
  const trigger = forms.slice(e.trigger.first, e.trigger.end);
  if (!trigger.some((f) => cues.any('killing-verb', f))) return e;
  const target = doc.entities.find((x) => x.id === e.target?.ref.entity);
  return target?.type === 'PER' ? { ...e, code: ASSASSINATION_CODE } : e;
}
