import type { Token } from '../../document/types.ts';
import type { Cues } from './cues.ts';
import type { ActorSlot, CodingSentence } from './match.ts';
import { isSetting, type RoleFinder, type Roles, type TriggerSpan } from './roles.ts';
import { datelineEnd } from './sentence.ts';

/** True when the syntax stage filled heads and relations for these tokens. */
export function hasParse(tokens: readonly Token[]): boolean {
  return tokens.length > 0 && tokens.every((t) => t.head !== undefined && t.deprel !== undefined);
}

const SUBJECT = /^(nsubj|csubj)/;
const OBJECT = /^(obj|iobj)$/;
/** Relations through which a dependent's actor is found inside its phrase. */
const PHRASE_INNER = /^(flat|compound|appos|amod|nmod|det|case|fixed|nummod|conj|cc|acl$|obl)/;
/** A verb without its own subject shares the one of the verb it hangs from. */
const SHARES_SUBJECT = /^(conj|xcomp)/;

/**
 * Roles from a Universal Dependencies parse: nsubj → subject (nsubj:pass → patient of a passive),
 * obl:agent or a passive's "par/by" complement → agent, obj/iobj then obl → object.
 */
export class DependencyRoles implements RoleFinder {
  private readonly offset: number;
  private readonly children: number[][];
  private readonly dateline: number;

  constructor(
    private readonly sentence: CodingSentence,
    private readonly tokens: readonly Token[],
    private readonly cues: Cues,
  ) {
    this.offset = tokens[0]?.index ?? 0;
    this.dateline = datelineEnd(sentence.forms);
    this.children = tokens.map(() => []);
    tokens.forEach((t, i) => {
      const h = this.rel(t.head);
      if (h !== undefined) this.children[h].push(i);
    });
  }

  private rel(head: number | undefined): number | undefined {
    if (head === undefined || head < 0) return undefined;
    const r = head - this.offset;
    return r >= 0 && r < this.tokens.length ? r : undefined;
  }

  private deprel(i: number): string {
    return this.tokens[i]?.deprel ?? '';
  }

  /** The actor slot of the phrase headed by token i: covering it, or the nearest inside its phrase. */
  private slotOf(i: number): ActorSlot | undefined {
    const direct = this.sentence.actors.find((a) => a.first <= i && i < a.end);
    if (direct) return direct;
    const ownClause = this.children[i].map((c) => this.thatClauseSubject(c)).find((slot) => slot);
    if (ownClause) return ownClause;
    const queue = [...this.children[i]];
    while (queue.length > 0) {
      const c = queue.shift() as number;
      if (!PHRASE_INNER.test(this.deprel(c))) continue;
      // Stay inside the noun phrase: a coordinated or subordinate verb starts another clause
      // (a participle modifying the noun, "une proposition faite par X", still belongs to it).
      if (this.tokens[c].upos === 'VERB' && this.deprel(c) !== 'acl') continue;
      const slot = this.sentence.actors.find((a) => a.first <= c && c < a.end);
      // "In Yangon, tens of thousands of protesters": a setting the parse hung on the phrase is not its actor.
      if (slot && isSetting(this.sentence, slot, this.cues)) continue;
      if (slot) return slot;
      // "hopes that Osgiliath could be drawn into talks with Gondor": the actor of a "that" clause on the
      // noun is its subject, not a deeper oblique.
      const clauseSubject = this.thatClauseSubject(c);
      if (clauseSubject) return clauseSubject;
      queue.push(...this.children[c]);
    }
    return undefined;
  }

  /** The actor subject of clause c when c is a clause introduced by a marker ("that Russia would leave"). */
  private thatClauseSubject(c: number): ActorSlot | undefined {
    // A "that" the parse marks as a conjunction opens a complement clause, even under a relative-clause label.
    if (!/^(acl|ccomp)/.test(this.deprel(c))) return undefined;
    if (!this.children[c].some((k) => k < c && this.deprel(k) === 'mark')) return undefined;
    const subject = this.children[c].find((k) => SUBJECT.test(this.deprel(k)));
    return subject === undefined
      ? undefined
      : this.sentence.actors.find((a) => a.first <= subject && subject < a.end);
  }

  /** ", claiming them to be…", ", accusant Kiev de…": a bare participle adjunct acts with its clause's subject. */
  private participleAdjunct(v: number): boolean {
    if (!this.deprel(v).startsWith('advcl') || this.sentence.forms[v - 1]?.[0] !== ',') return false;
    if (!/VerbForm=(Part|Ger)/.test(this.tokens[v].feats ?? '')) return false;
    return !this.children[v].some((c) => /^(mark|aux)/.test(this.deprel(c)));
  }

  private contentClauseSubject(verb: number, after: readonly number[], limit: number): ActorSlot | undefined {
    for (const c of after) {
      const d = this.deprel(c);
      const marked = this.children[c].some((k) => k < c && this.deprel(k) === 'mark');
      // An asyndetic "conjunct" (no "and") after a comma is the same slip: "alleged, by way of example, Mahan had".
      const asyndetic = d === 'conj' && !this.children[c].some((k) => this.deprel(k) === 'cc');
      if (!(d === 'ccomp' || ((d.startsWith('advcl') || asyndetic) && !marked))) continue;
      if (
        marked &&
        !this.cues.any(
          'boundary',
          this.sentence.forms[this.children[c].find((k) => this.deprel(k) === 'mark') ?? c],
        )
      )
        continue;
      const subject = this.children[c].find((k) => SUBJECT.test(this.deprel(k)) && k > verb && k < limit);
      const slot = subject === undefined ? undefined : this.slotOf(subject);
      if (slot) return slot;
    }
    return undefined;
  }

  /** The subject noun right before a finite-looking verb parsed as the modifier of the noun after it. */
  private misparsedPredicate(verb: number): number | undefined {
    const head = this.rel(this.tokens[verb].head);
    if (this.deprel(verb) !== 'amod' || head === undefined || head <= verb) return undefined;
    const before = verb - 1;
    if (before < 0 || !['NOUN', 'PROPN'].includes(this.tokens[before].upos ?? '')) return undefined;
    return SUBJECT.test(this.deprel(before)) && this.slotOf(before) ? before : undefined;
  }

  /**
   * "Syrie : Human Rights Watch dénonce…": a place opening the sentence before a colon is the story's
   * topic; the actor after the colon is the subject.
   */
  private headlineTopic(slot: ActorSlot | undefined): ActorSlot | undefined {
    if (!slot?.place || slot.first > 1 || this.sentence.forms[slot.end]?.[0] !== ':') return slot;
    return this.sentence.actors.find((a) => a.first === slot.end + 1) ?? slot;
  }

  /**
   * "two men suspected of planning an attack": a verb inside a participle phrase that modifies a noun
   * naming no actor has that noun for subject, not the main clause's.
   */
  private underNounModifier(verb: number): boolean {
    let v = verb;
    for (let depth = 0; depth < 4 && /^(advcl|xcomp)/.test(this.deprel(v)); depth++) {
      const head = this.rel(this.tokens[v].head);
      if (head === undefined) return false;
      v = head;
    }
    if (v === verb || !this.deprel(v).startsWith('acl')) return false;
    const noun = this.rel(this.tokens[v].head);
    return noun !== undefined && !this.slotOf(noun) && this.tokens[noun].upos === 'NOUN';
  }

  /** The parse makes the slot's head word an object or complement of something (not a subject). */
  parsedAsComplement(slot: ActorSlot): boolean {
    for (let i = slot.first; i < slot.end; i++) {
      const head = this.rel(this.tokens[i].head);
      if (head !== undefined && head >= slot.first && head < slot.end) continue;
      return /^(obj|iobj|obl|nmod)/.test(this.deprel(i));
    }
    return false;
  }

  /** Verb v has a non-reflexive personal pronoun as its object ("claiming them", "les accusant"). */
  private hasPronounObject(v: number): boolean {
    return this.children[v].some((c) => {
      const feats = this.tokens[c].feats ?? '';
      return (
        OBJECT.test(this.deprel(c)) &&
        this.tokens[c].upos === 'PRON' &&
        /PronType=Prs/.test(feats) &&
        !/Reflex=Yes/.test(feats)
      );
    });
  }

  /** A parsed "subject" with its own preposition ("on Thursday") is a misparsed oblique. */
  private hasPreposition(i: number): boolean {
    return this.children[i].some((c) => this.deprel(c) === 'case');
  }

  /**
   * A common noun ("evidence", "the crown prince"): names the parse makes subjects are often datelines,
   * and a noun set off by a comma is often a fronted adjunct ("La veille, son porte-parole a accusé").
   */
  private isNoun(i: number): boolean {
    return this.tokens[i].upos === 'NOUN' && this.sentence.forms[i + 1]?.[0] !== ',';
  }

  /**
   * "claims Mahan flies fighters": a subject name that is no actor (a company, a person without a code) is
   * still the subject. A wire dateline the parse took for a subject ("ADEN (Reuters) - The United States") is not.
   */
  private isNonActorName(i: number): boolean {
    return this.tokens[i].upos === 'PROPN' && this.sentence.forms[i + 1]?.[0] !== ',' && i >= this.dateline;
  }

  /**
   * "the plan, which threatens Cyprus": a relative pronoun standing for a noun naming no actor (its
   * antecedent in the parse, or the noun right before it when the parse missed the relative clause).
   */
  private nonActorAntecedent(verb: number, pronoun: number): boolean {
    const antecedent = this.antecedentOf(verb, pronoun);
    if (antecedent === undefined) return false;
    return !this.slotOf(antecedent) && this.tokens[antecedent].upos === 'NOUN';
  }

  /** The noun a relative pronoun stands for: its clause's head noun, or the noun right before it. */
  private antecedentOf(verb: number, pronoun: number): number | undefined {
    if (!this.cues.any('relative-pronoun', this.sentence.forms[pronoun])) return undefined;
    const before = this.sentence.forms[pronoun - 1]?.[0] === ',' ? pronoun - 2 : pronoun - 1;
    const antecedent = this.deprel(verb) === 'acl:relcl' ? this.rel(this.tokens[verb].head) : before;
    return antecedent === undefined || antecedent < 0 ? undefined : antecedent;
  }

  /** The governor's object standing just before complement verb v (no marker word between them). */
  private controllingObject(v: number): number | undefined {
    const d = this.deprel(v);
    // "believe the crown prince ordered": a clause right after the object is the object's own clause; so
    // is a "conjunct" with no conjunction or comma before it ("claims Aerotrans flies": a tagging slip).
    const bareConjunct =
      d === 'conj' && !this.children[v].some((c) => c < v && /^(cc|punct)/.test(this.deprel(c)));
    if (!(d === 'xcomp' || d === 'ccomp' || d.startsWith('advcl') || bareConjunct)) return undefined;
    if (this.children[v].some((c) => c < v && /^(mark|aux)/.test(this.deprel(c)))) return undefined;
    const head = this.rel(this.tokens[v].head);
    if (head === undefined || head > v) return undefined;
    const object = this.children[head].find((c) => this.deprel(c) === 'obj' && c < v);
    if (object === undefined || this.lastOfPhrase(object) !== v - 1) return undefined;
    return object;
  }

  private lastOfPhrase(i: number): number {
    let last = i;
    for (const c of this.children[i]) last = Math.max(last, this.lastOfPhrase(c));
    return last;
  }

  private headOf(trigger: TriggerSpan): number {
    for (let i = trigger.first; i < trigger.end; i++) {
      const h = this.rel(this.tokens[i].head);
      if (h === undefined || h < trigger.first || h >= trigger.end) return i;
    }
    return trigger.end - 1;
  }

  /** The nearest verb governing a token. */
  private verbAbove(i: number): number | undefined {
    for (
      let h: number | undefined = this.rel(this.tokens[i]?.head), depth = 0;
      h !== undefined && depth < 6;
      depth++
    ) {
      if (this.tokens[h].upos === 'VERB') return h;
      h = this.rel(this.tokens[h].head);
    }
    return undefined;
  }

  private clauseLimit(from: number): number {
    // A complementizer right after the verb ("a prévenu qu'une intervention au Niger") opens its content
    // clause; "that" as a determiner ("condemned that decision") does not.
    const opens = (p: number) =>
      !this.cues.any('determiner', this.sentence.forms[p]) || this.tokens[p]?.upos === 'SCONJ';
    if (this.cues.any('boundary', this.sentence.forms[from] ?? []) && opens(from)) return from;
    for (let p = from + 1; p < this.tokens.length; p++) {
      if (this.cues.any('boundary', this.sentence.forms[p])) return p;
    }
    return this.tokens.length;
  }

  private hasCase(i: number, kind: 'agent-preposition'): boolean {
    return this.children[i].some(
      (c) => this.deprel(c) === 'case' && this.cues.any(kind, this.sentence.forms[c]),
    );
  }

  /**
   * "X, emprisonné depuis mars": a passive participle set off by a comma after a noun is that noun's fate.
   * Without the comma, taggers also call active past tenses passive participles ("protesters marched").
   */
  private passiveParticipleModifier(verb: number): boolean {
    if (this.deprel(verb) !== 'acl' || this.sentence.forms[verb - 1]?.[0] !== ',') return false;
    const feats = this.tokens[verb].feats ?? '';
    return /VerbForm=Part/.test(feats) && /Voice=Pass/.test(feats);
  }

  roles(trigger: TriggerSpan): Roles {
    const verb = this.headOf(trigger);
    const kids = this.children[verb];
    // nsubj:pass alone is a frequent tagging slip on active verbs; a passive also needs its auxiliary.
    const passive =
      kids.some((c) => this.deprel(c) === 'aux:pass') ||
      (kids.some((c) => this.deprel(c) === 'nsubj:pass') &&
        kids.some((c) => c < verb && this.cues.any('passive-auxiliary', this.sentence.forms[c]))) ||
      this.passiveParticipleModifier(verb);
    let subject: ActorSlot | undefined;
    let sharedFrom: number | undefined;
    let viaAdjunct = false;
    // A subject that is a noun naming no actor ("evidence supported", "the prince ordered"): no other actor
    // (the linear reading's nearest one) stands in for it.
    let namedNonActor = false;
    let relativeNonActor = false;
    // "Police fired rubber bullets": a verb the parse hung as a modifier on its own object, right after a
    // bare subject noun, is that noun's predicate.
    const misparsedPredicate = this.misparsedPredicate(verb);
    if (misparsedPredicate !== undefined) subject = this.slotOf(misparsedPredicate);
    for (let v: number | undefined = verb, depth = 0; v !== undefined && depth < 5 && !subject; depth++) {
      // Of several subjects (a tagging slip: "the evil awful Gondor"), one naming an actor wins.
      const subjects = this.children[v].filter((c) => SUBJECT.test(this.deprel(c)));
      const s = subjects.find((c) => this.slotOf(c)) ?? subjects[0];
      if (s !== undefined) {
        // "al-Muhandis, who was also killed": the relative pronoun is its antecedent's actor.
        const antecedent = this.antecedentOf(v, s);
        const slot =
          this.headlineTopic(this.slotOf(s)) ??
          (antecedent === undefined ? undefined : this.slotOf(antecedent));
        relativeNonActor = !slot && this.nonActorAntecedent(v, s);
        namedNonActor =
          !slot && !this.hasPreposition(s) && (this.isNoun(s) || this.isNonActorName(s) || relativeNonActor);
        if (namedNonActor) break;
        subject = slot;
        if (v !== verb && !viaAdjunct) sharedFrom = v;
      } else if (this.deprel(v).startsWith('acl')) {
        const noun: number = this.rel(this.tokens[v].head) ?? -1;
        // "des milliers de manifestants, marchant", "thousands of protesters marched": the actor of the phrase.
        // Not when the participle's object is a personal pronoun ("arrested 33 Russians, claiming them to
        // be mercenaries"): a noun acting on itself would take a reflexive, so the pronoun is the noun.
        subject = noun >= 0 && !this.hasPronounObject(v) ? this.slotOf(noun) : undefined;
        // "… pour Berlin, la capitale allemande, déplorant …": a place does not deplore; the clause's subject does.
        if (subject?.place) subject = undefined;
        // ", accusant Téhéran de ...", ", accusing Iran": a participle set off by a comma is an adjunct of
        // the main clause, whatever noun the parse hung it on; it shares the main verb's subject.
        const main: number | undefined =
          subject || this.sentence.forms[v - 1]?.[0] !== ',' ? undefined : this.verbAbove(noun);
        if (main !== undefined) {
          v = main;
          viaAdjunct = true;
          continue;
        }
      }
      if (subject) break;
      // Object control ("asked Iran to leave", "found evidence supporting"): a complement verb right after
      // its governor's object takes that object as its subject.
      const controller = this.controllingObject(v);
      if (controller !== undefined) {
        const slot = this.slotOf(controller);
        namedNonActor = !slot && (this.isNoun(controller) || this.isNonActorName(controller));
        subject = slot;
        break;
      }
      // The main verb's object stands between it and its participle adjunct; it is not the adjunct's subject.
      viaAdjunct ||= this.participleAdjunct(v);
      if (!SHARES_SUBJECT.test(this.deprel(v)) && !this.participleAdjunct(v)) break;
      v = this.rel(this.tokens[v].head);
    }
    let agent: ActorSlot | undefined;
    let object: ActorSlot | undefined;
    // Guard against attachment slips: complements lie in the verb's clause, before the next boundary word.
    const limit = this.clauseLimit(trigger.end);
    for (const c of kids.filter((k) => k < limit)) {
      const d = this.deprel(c);
      if (d === 'obl:agent' || (passive && d.startsWith('obl') && this.hasCase(c, 'agent-preposition'))) {
        agent ??= this.slotOf(c);
      } else if (OBJECT.test(d)) {
        object ??= this.slotOf(c);
      }
    }
    if (!object) {
      for (const c of kids.filter((k) => k < limit)) {
        if (!this.deprel(c).startsWith('obl')) continue;
        const slot = this.slotOf(c);
        if (!slot || slot === agent) continue;
        // "dans la capitale Minsk", "in Moscow": the setting of the event, not its target.
        if (isSetting(this.sentence, slot, this.cues)) continue;
        object = slot;
        break;
      }
    }
    // "alleged Mahan had contributed…", "warned Iran would pay": with no object, the actor a content clause
    // is about (its subject) is the target. Taggers often call such a clause without "that" an adjunct.
    if (!object && !kids.some((k) => OBJECT.test(this.deprel(k))))
      object = this.contentClauseSubject(
        verb,
        kids.filter((k) => k >= trigger.end && k < limit),
        limit,
      );
    const group = (s?: ActorSlot) =>
      s ? (this.sentence.actors.find((a) => a.group === s.group) ?? s) : undefined;
    // A participle modifying a noun ("a visit starting on Sunday") has no subject of its own.
    const modifier =
      (/^(acl|amod)/.test(this.deprel(verb)) && misparsedPredicate === undefined) ||
      (!subject && this.underNounModifier(verb));
    return {
      subject: group(subject),
      object,
      agent,
      passive,
      // A relative pronoun for a noun naming no actor ("the territory, which was occupied by Israel") leaves
      // a passive no target either.
      subjectless: (modifier && !subject) || (namedNonActor && (!passive || relativeNonActor)),
      sharedFrom,
      sharedObjects:
        sharedFrom === undefined
          ? undefined
          : this.children[sharedFrom]
              .filter((c) => OBJECT.test(this.deprel(c)) || this.deprel(c).startsWith('obl'))
              .map((c) => this.slotOf(c))
              .filter((slot): slot is ActorSlot => slot !== undefined),
    };
  }
}

/** Roles from a parse, completed by the linear finder where the parse leaves a role empty. */
export class CombinedRoles implements RoleFinder {
  constructor(
    private readonly primary: DependencyRoles,
    private readonly fallback: RoleFinder,
  ) {}

  roles(trigger: TriggerSpan, nominal = false, eventNoun = nominal): Roles {
    // Roles around a noun are read linearly: its dependents are rarely attached reliably.
    if (nominal) return this.fallback.roles(trigger, true, eventNoun);
    const a = this.primary.roles(trigger);
    const b = this.fallback.roles(trigger);
    // The parse decides voice; the linear guess only fills roles the parse left empty.
    const passive = a.passive;
    return {
      passive,
      subject: this.subject(a, b),
      agent: a.agent ?? (passive ? b.agent : undefined),
      object:
        (a.passive ? undefined : b.byAgent) ?? a.object ?? (a.passive === b.passive ? b.object : undefined),
    };
  }

  private subject(a: Roles, b: Roles): ActorSlot | undefined {
    // A subject shared with a coordinated verb yields to an actor standing between the two verbs.
    if (
      a.sharedFrom !== undefined &&
      b.subject &&
      b.subject.first > a.sharedFrom &&
      // "accused Russia of shelling Kharkiv, killing four civilians, and called on": an object between
      // the two verbs is no subject.
      !this.primary.parsedAsComplement(b.subject) &&
      !a.sharedObjects?.some(
        (o) =>
          o.group === b.subject?.group ||
          (o.ref.entity !== undefined && o.ref.entity === b.subject?.ref.entity),
      )
    )
      return b.subject;
    return a.subject ?? (a.subjectless ? undefined : b.subject);
  }
}
