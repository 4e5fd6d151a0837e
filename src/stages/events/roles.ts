import type { Cues } from './cues.ts';
import type { ActorSlot, CodingSentence } from './match.ts';

/** Token range of a trigger inside its sentence (relative positions, end exclusive). */
export interface TriggerSpan {
  first: number;
  end: number;
}

/** Who is the grammatical agent and patient of one trigger. */
export interface Roles {
  /** Grammatical subject (the patient when `passive`). */
  subject?: ActorSlot;
  /** Direct object or prepositional complement. */
  object?: ActorSlot;
  /** Agent complement of a passive ("par les législateurs", "by the police"). */
  agent?: ActorSlot;
  passive: boolean;
  /** The parse shows the trigger can have no subject (a participle modifying a noun). */
  subjectless?: boolean;
  /** Position of the verb the subject was taken from, when shared through coordination or control. */
  sharedFrom?: number;
  /** Actors that verb governs as objects or complements ("labeled Soleimani … and levied"): not subjects. */
  sharedObjects?: ActorSlot[];
  /** An agent complement inside the object ("une proposition faite par X"): X is the target. */
  byAgent?: ActorSlot;
}

/**
 * The parse-dependent part of the coder: finds the roles of a trigger. Implementations: a dependency
 * one (UD deprels from the syntax stage) and a linear one used when a sentence has no parse.
 */
export interface RoleFinder {
  /** `nominal`: the trigger is a noun ("l'attaque par la garde républicaine du quartier général"). */
  roles(trigger: TriggerSpan, nominal?: boolean, eventNoun?: boolean): Roles;
}

/** Position → actor slot covering it. */
function slotAt(sentence: CodingSentence, pos: number): ActorSlot | undefined {
  return sentence.actors.find((a) => a.first <= pos && pos < a.end);
}

/**
 * Linear roles: subject = nearest actor to the left that is not inside a prepositional phrase;
 * object = first actor to the right before the next clause boundary or trigger; passive when a
 * passive auxiliary precedes the trigger, with the agent introduced by the agent preposition.
 */
export class LinearRoles implements RoleFinder {
  constructor(
    private readonly sentence: CodingSentence,
    private readonly cues: Cues,
    /** Start positions of all triggers of the sentence: the object search stops at the next one. */
    private readonly triggerStarts: readonly number[],
    /** Part of speech of a token, when tagged. */
    private readonly upos?: (pos: number) => string | undefined,
  ) {}

  /** A comma ends the object region, unless it only separates adjectives ("complete, full ties"). */
  private endsObject(pos: number): boolean {
    if (this.sentence.forms[pos][0] !== ',') return false;
    return !(this.upos?.(pos - 1) === 'ADJ' && this.upos?.(pos + 1) === 'ADJ');
  }

  private has(kind: Parameters<Cues['is']>[0], pos: number): boolean {
    return this.cues.any(kind, this.sentence.forms[pos] ?? []);
  }

  /** True when a preposition governs the noun phrase ending at the actor (within 3 words). */
  private oblique(slot: ActorSlot): boolean {
    for (let p = slot.first - 1, seen = 0; p >= 0 && seen < 3; p--, seen++) {
      // An apposition shares the role of what it follows ("pour Berlin, la capitale allemande").
      const head = this.sentence.forms[p][0] === ',' ? slotAt(this.sentence, p - 1) : undefined;
      if (head && (this.oblique(head) || isSetting(this.sentence, head, this.cues))) return true;
      if (this.has('boundary', p) || this.has('coordination', p)) return false;
      if (this.has('preposition', p) || this.has('agent-preposition', p)) return true;
      // An adjective mention inside the same noun phrase ("du président russe Vladimir Poutine").
      const inner = slotAt(this.sentence, p);
      if (inner) p = inner.first;
    }
    return false;
  }

  private isPassive(trigger: TriggerSpan): boolean {
    for (let p = trigger.first - 1; p >= Math.max(0, trigger.first - 3); p--) {
      if (this.has('passive-auxiliary', p)) return true;
      // "is about to restore": an infinitive is never the participle of a passive.
      if (this.has('complement-marker', p) || slotAt(this.sentence, p)) return false;
    }
    return false;
  }

  /** `eventNoun`: a dictionary noun ("criticism"), not a verb the tagger called a noun ("Ethiopia departs"). */
  roles(trigger: TriggerSpan, nominal = false, eventNoun = nominal): Roles {
    const subject = this.subject(trigger);
    const after = this.after(trigger);
    // A noun's agent follows it ("criticism by the Greek minister", "l'attaque par la garde").
    const byNoun = (s: ActorSlot) => this.introducedByAgent(s, eventNoun);
    const passive = nominal ? after.some(byNoun) : this.isPassive(trigger);
    if (passive) {
      const agent = after.find(byNoun);
      const agents = this.withConjuncts(after, agent);
      // An agent's apposition ("UNESCO" in "Organization (UNESCO)") is the same party again.
      const sameParty = (s: ActorSlot) =>
        agents.some((a) => a.group === s.group || (!!a.ref.entity && a.ref.entity === s.ref.entity));
      const object = after.find((s) => !sameParty(s));
      // "The Russian president faces criticism from Western leaders": with its author after it, the noun
      // is aimed at the actor before it.
      if (nominal)
        return {
          subject: agent,
          object: object ?? (subject && !sameParty(subject) ? subject : undefined),
          passive: false,
        };
      return { subject, agent, object, passive };
    }
    // "a rejeté une proposition faite par la Biélorussie", "attacked the proclamation ... by Trump":
    // the author of what the object names is the target.
    const byAgent = after.find((s) => this.introducedByAgent(s));
    return { subject, object: byAgent ?? after[0], byAgent, passive };
  }

  /** "by the Greek minister and UNESCO": the slots joined to `first` by coordinations (the parse may miss the group). */
  private withConjuncts(slots: ActorSlot[], first?: ActorSlot): ActorSlot[] {
    if (!first) return [];
    const out = [first];
    for (const slot of slots.filter((s) => s.first >= first.end)) {
      const previous = out[out.length - 1];
      let joined = false;
      let p = previous.end;
      for (; p < slot.first; p++) {
        if (this.has('coordination', p) && this.sentence.forms[p][0] !== ',') joined = true;
        // The rest of the conjunct's noun phrase ("the Greek foreign minister") may stand between.
        else if (!this.has('determiner', p) && !['ADJ', 'NOUN'].includes(this.upos?.(p) ?? '')) break;
      }
      if (!joined || p < slot.first) break;
      out.push(slot);
    }
    return out;
  }

  private opensClause(p: number): boolean {
    return !this.has('determiner', p) || this.upos?.(p) === 'SCONJ';
  }

  private introducedByAgent(slot: ActorSlot, nominal = false): boolean {
    for (let p = slot.first - 1; p >= Math.max(0, slot.first - 3); p--) {
      if (this.has('agent-preposition', p)) return true;
      // "criticism from Western leaders": after an event noun, "from" also names its author.
      if (nominal && this.has('nominal-agent-preposition', p) && !slot.place) return true;
      if (!this.has('determiner', p)) return false;
    }
    return false;
  }

  private subject(trigger: TriggerSpan): ActorSlot | undefined {
    // "Ahmed al-Assadi, a spokesman for the PMF, blamed": with no actor as subject, the organisation the
    // subject speaks or acts for stands in.
    let affiliation: ActorSlot | undefined;
    for (let p = trigger.first - 1; p >= 0; p--) {
      const slot = slotAt(this.sentence, p);
      if (slot) {
        if (!this.oblique(slot) && !isSetting(this.sentence, slot, this.cues)) return this.groupHead(slot);
        if (this.clauseSubject(slot, trigger)) return this.groupHead(slot);
        if (!slot.place && this.introducedBy(slot, 'affiliation-preposition')) affiliation ??= slot;
        p = slot.first;
        continue;
      }
      // "des Nord-Coréens, qui ne se sont pas rendus": the antecedent right before "qui" is the subject,
      // even inside a prepositional phrase.
      if (this.has('relative-pronoun', p)) {
        const before = this.sentence.forms[p - 1]?.[0] === ',' ? p - 2 : p - 1;
        const antecedent = slotAt(this.sentence, before);
        if (antecedent) return this.groupHead(antecedent);
        continue;
      }
      if (this.has('boundary', p)) break;
    }
    return affiliation ? this.groupHead(affiliation) : undefined;
  }

  /**
   * "after the European Union sanctioned Iran": an actor right before a tagged verb (auxiliaries aside)
   * is that verb's subject even when a word that doubles as preposition and conjunction precedes it.
   */
  private clauseSubject(slot: ActorSlot, trigger: TriggerSpan): boolean {
    if (slot.place || this.upos?.(trigger.first) !== 'VERB') return false;
    // Only a preposition that can open a clause ("after", not "between the two countries").
    if (!this.introducedBy(slot, 'conjunction-preposition')) return false;
    for (let p = slot.end; p < trigger.first; p++) if (!this.has('auxiliary', p)) return false;
    return true;
  }

  private introducedBy(
    slot: ActorSlot,
    kind: 'affiliation-preposition' | 'conjunction-preposition',
  ): boolean {
    for (let p = slot.first - 1; p >= Math.max(0, slot.first - 3); p--) {
      if (this.has(kind, p)) return true;
      if (!this.has('determiner', p)) return false;
    }
    return false;
  }

  /** The first slot of a coordination group (the coder expands groups). */
  private groupHead(slot: ActorSlot): ActorSlot {
    return this.sentence.actors.find((a) => a.group === slot.group) ?? slot;
  }

  private after(trigger: TriggerSpan): ActorSlot[] {
    const nextTrigger = this.triggerStarts.find((s) => s >= trigger.end) ?? this.sentence.forms.length;
    const out: ActorSlot[] = [];
    for (let p = trigger.end; p < nextTrigger; p++) {
      if (p > trigger.end && (this.has('boundary', p) || this.endsObject(p))) break;
      // "warned that Iran would…", "demanded that the generals release X": an actor of the content clause is
      // the target, but not one in a locative or other prepositional phrase ("qu'une intervention au Niger…").
      // "criticised that decision" opens no clause.
      if (p === trigger.end && this.has('boundary', p) && this.opensClause(p)) {
        const inClause = this.sentence.actors.filter((a) => a.first > p && a.first < nextTrigger);
        // The author of the clause's subject noun counts ("qu'une incursion du Maroc serait…").
        const direct = inClause.find(
          (a) =>
            (!this.oblique(a) || this.introducedBy(a, 'affiliation-preposition')) &&
            !isSetting(this.sentence, a, this.cues),
        );
        return direct ? [direct] : [];
      }
      const slot = slotAt(this.sentence, p);
      if (slot && !out.includes(slot)) {
        if (!isSetting(this.sentence, slot, this.cues)) out.push(slot);
        p = slot.end - 1;
      }
    }
    return out;
  }
}

/**
 * A place mention introduced by a locative preposition ("dans la ville de Bucha", "in Moscow") is the
 * setting of the event, not its target.
 */
export function isSetting(sentence: CodingSentence, slot: ActorSlot, cues: Cues): boolean {
  if (!slot.place) return false;
  for (let p = slot.first - 1; p >= Math.max(0, slot.first - 4); p--) {
    const forms = sentence.forms[p];
    if (cues.any('locative-preposition', forms)) return true;
    // "in Minsk, Belarus": a place in apposition to a setting is part of the setting.
    const previous = forms[0] === ',' && p === slot.first - 1 ? slotAt(sentence, p - 1) : undefined;
    if (previous) return isSetting(sentence, previous, cues);
    if (cues.any('boundary', forms) || forms[0] === ',' || slotAt(sentence, p)) return false;
  }
  return false;
}
