import type { Doc } from '../../document/doc.ts';
import type { ActorRef, Entity } from '../../document/types.ts';
import { type Candidate, isRoleName, matchRole } from './candidates.ts';
import { hasClass, normalise, type QuoteLexicon } from './lexicon.ts';

/**
 * Turns a speaker candidate into an ActorRef: entity mentions give the canonical name; pronouns
 * and descriptions are resolved to the most recent compatible named speaker or subject.
 */
export class SpeakerResolver {
  private readonly byStart: Candidate[];
  private readonly orgNouns: Set<string>;
  /** Candidates already chosen as speakers, in document order. */
  readonly speakers = new Set<Candidate>();

  constructor(
    private readonly doc: Doc,
    private readonly candidates: Candidate[],
    private readonly lexicon: QuoteLexicon,
  ) {
    this.orgNouns = lexicon.orgNouns;
    this.byStart = [...candidates].sort((a, b) => a.start - b.start);
  }

  resolve(candidate: Candidate): ActorRef {
    const named = this.named(candidate, 0);
    const mention = { start: candidate.start, end: candidate.end, text: candidate.text };
    // An unresolved inverted clitic reads as the pronoun itself: "a-t-il dit" → "il".
    if (!named)
      return {
        name: candidate.kind === 'pronoun' ? candidate.text.replace(/^-(?:t-)?/, '') : candidate.text,
        mention,
      };
    const found = named.entity ?? this.entityFor(named);
    const entity = found && !isRoleName(found.name, this.lexicon) ? this.fullerEntity(found) : undefined;
    if (entity) {
      const ref: ActorRef = { name: entity.name, entity: entity.id, mention };
      if (entity.actor) ref.actor = entity.actor;
      if (entity.country) ref.country = entity.country;
      return ref;
    }
    return { name: this.fullName(named), mention };
  }

  /** The name candidate a pronoun or description stands for (the candidate itself for names). */
  named(candidate: Candidate, depth: number): Candidate | null {
    if (depth > 4) return null;
    if (candidate.kind === 'name') return candidate;
    if (candidate.kind === 'description') {
      // A description next to a name ("Greek Foreign Minister George Katrougalos") stands for that name.
      const apposed = this.apposition(candidate) ?? this.closingName(candidate);
      if (apposed) return apposed;
      // "the rebel spokesman" → the person introduced earlier with that role ("military spokesman, Yahya Saree").
      const byRole = candidate.indefinite || candidate.organisation ? null : this.roleAntecedent(candidate);
      if (byRole) return byRole;
      // The entity layer may link a description to a generic role ("Leader of Myanmar"): a person
      // is a speaker by that entity only when it is named somewhere.
      if (candidate.entity && (isNamed(candidate.entity) || candidate.indefinite)) return candidate;
      // "un manifestant" introduces someone new: the description is all we know.
      if (candidate.indefinite) return null;
      // "le ministère des Finances" names its organisation; "l'ONG", "the rights group" point back.
      if (candidate.organisation && /\s\p{Lu}/u.test(candidate.text)) return candidate;
      return this.antecedent(candidate, candidate.organisation ? 'ORG' : 'PER', depth);
    }
    if (candidate.entity) return candidate;
    const refers = candidate.pronoun?.refers ?? 'any';
    // "ils", "eux", "they" stand for a group: an organisation, not one named person.
    const plural = candidate.pronoun?.number === 'pl';
    const wanted = plural ? 'ORG' : refers === 'any' ? null : refers;
    return this.antecedent(candidate, wanted, depth);
  }

  /** "le porte-parole du Kremlin, Dmitri Peskov" / "Adil Abdul-Mahdi, the acting Prime Minister". */
  private apposition(description: Candidate): Candidate | null {
    const found = this.apposedName(description);
    const sentence = this.doc.tokens[description.first].sentence;
    return found && this.doc.tokens[found.first].sentence === sentence ? found : null;
  }

  private apposedName(description: Candidate): Candidate | null {
    const tokens = this.doc.tokens;
    const after = this.byStart.find(
      (c) => c.first >= description.last && c.first <= description.last + 1 && c.kind === 'name',
    );
    if (after && (after.first === description.last || tokens[description.last]?.text === ',')) return after;
    // "son porte-parole, le colonel-major Amadou Abdramane": a second title before the name.
    if (tokens[description.last]?.text === ',') {
      const titled = this.byStart.find(
        (c) => c.kind === 'name' && c.first === this.afterTitles(description.last + 1),
      );
      if (titled && titled.first > description.last + 1) return titled;
    }
    // "le directeur général des services techniques de la CUGN, René Badot": past a lower-case complement.
    let comma = description.last;
    while (comma < description.last + 8 && tokens[comma] && /^[\p{L}'’-]+$/u.test(tokens[comma].text))
      comma++;
    if (comma > description.last && tokens[comma]?.text === ',') {
      const far = this.byStart.find((c) => c.first === comma + 1 && c.kind === 'name');
      if (far && !/^\p{L}/u.test(tokens[far.last]?.text ?? '.')) return far;
    }
    const before = this.byStart.find(
      (c) =>
        c.kind === 'name' &&
        !c.inPrepositionalPhrase &&
        c.last === description.first - 1 &&
        tokens[c.last]?.text === ',',
    );
    return before ?? null;
  }

  /** Index after determiners and role words from `from`: "le colonel-major", "the deputy minister". */
  private afterTitles(from: number): number {
    const tokens = this.doc.tokens;
    let k = from;
    while (k < tokens.length && k < from + 5) {
      const word = normalise(tokens[k].text);
      const role = matchRole(tokens, k, this.lexicon);
      if (role > k) k = role;
      else if (hasClass(this.lexicon, word, 'det')) k++;
      else if (
        word.includes('-') &&
        matchRole([{ ...tokens[k], text: word.split('-')[0] }], 0, this.lexicon) > 0
      )
        k++;
      else break;
    }
    return k;
  }

  /** "la porte-parole de la présidence française Catherine Colonna": a name closing the description. */
  private closingName(description: Candidate): Candidate | null {
    return (
      this.byStart.find(
        (c) =>
          c !== description &&
          c.kind === 'name' &&
          c.first > description.first &&
          c.last === description.last &&
          (!c.inPrepositionalPhrase || c.entity?.type === 'PER'),
      ) ?? null
    );
  }

  /**
   * Antecedent of a pronoun or description: in its own sentence the nearest subject-like name before
   * it; in earlier sentences the first compatible one (the subject usually comes first).
   */
  private antecedent(from: Candidate, wanted: 'PER' | 'ORG' | null, depth: number): Candidate | null {
    const index = this.byStart.indexOf(from);
    const sentenceOf = (c: Candidate) => this.doc.tokens[c.first].sentence;
    const ownSentence = sentenceOf(from);
    // Organisation descriptions ("l'organisation") may point back at a name inside a complement ("un chercheur de HRW").
    const allowPrepositional = from.kind === 'description' && from.organisation === true;
    if (from.kind === 'description' && !from.organisation) {
      const byRole = this.roleAntecedent(from);
      if (byRole) return byRole;
    }
    let i = index - 1;
    while (i >= 0) {
      const sentence = sentenceOf(this.byStart[i]);
      const group: Candidate[] = [];
      for (; i >= 0 && sentenceOf(this.byStart[i]) === sentence; i--) group.push(this.byStart[i]);
      // group is nearest-first; earlier sentences are read from their start.
      const ordered = sentence === ownSentence ? group : group.reverse();
      for (const c of ordered) {
        const found = this.compatible(c, wanted, depth, allowPrepositional);
        if (found) return found;
      }
    }
    return null;
  }

  /**
   * "the president" → a name written with that role earlier ("Ukrainian President Volodymyr Zelensky",
   * "the group's military spokesman, Yahya Saree").
   */
  private roleAntecedent(from: Candidate): Candidate | null {
    if (!from.role) return null;
    for (let k = this.byStart.indexOf(from) - 1; k >= 0; k--) {
      const c = this.byStart[k];
      if (c.quoted) continue;
      if (c.kind === 'name' && c.role === from.role) return c;
      if (c.kind === 'description' && c.role === from.role) {
        const apposed = this.apposition(c);
        if (apposed) return apposed;
      }
    }
    return null;
  }

  private compatible(
    c: Candidate,
    wanted: 'PER' | 'ORG' | null,
    depth: number,
    allowPrepositional: boolean,
  ): Candidate | null {
    if (c.quoted || c.possessive || (c.inPrepositionalPhrase && !allowPrepositional)) return null;
    if (c.kind === 'pronoun') return null;
    const resolved = c.kind === 'description' ? this.named(c, depth + 1) : c;
    if (!resolved) return null;
    // Someone already quoted is a speaker whatever type the entity layer gave the name.
    if (this.speakers.has(resolved)) return resolved;
    const type = (resolved.entity ?? this.entityFor(resolved))?.type;
    if (type && type !== 'PER' && type !== 'ORG') return null;
    if (wanted && type && type !== wanted) return null;
    if (!type && wanted === 'ORG' && !looksLikeOrganisation(resolved.text, this.orgNouns)) return null;
    if (!type && wanted === 'PER' && looksLikeOrganisation(resolved.text, this.orgNouns)) return null;
    return resolved;
  }

  /** A surname-only entity ("Cengiz") left apart from the full name ("Hatice Cengiz") is the same person. */
  private fullerEntity(entity: Entity): Entity {
    const words = normalise(entity.name).split(/\s+/);
    if (words.length > 1 || entity.type === 'ORG') return entity;
    const fuller = this.doc.entities.find((e) => {
      const other = normalise(e.name).split(/\s+/);
      return (
        e !== entity &&
        e.type !== 'ORG' &&
        e.type !== 'LOC' &&
        other.length > 1 &&
        other[other.length - 1] === words[0]
      );
    });
    return fuller ?? entity;
  }

  /** The entity a name candidate refers to when the entity layer did not mark this mention. */
  private entityFor(candidate: Candidate): Entity | undefined {
    const text = normalise(candidate.text);
    const lastWord = text.split(/\s+/).pop() ?? text;
    let bySurname: Entity | undefined;
    for (const entity of this.doc.entities) {
      for (const mention of entity.mentions) {
        const mentionText = normalise(mention.text);
        if (mentionText === text) return entity;
        if (entity.type === 'PER' && mentionText.split(/\s+/).pop() === lastWord) bySurname ??= entity;
      }
    }
    return bySurname;
  }

  /** Without an entity, the longest name in the document ending with the same word ("Peskov" → "Dmitri Peskov"). */
  private fullName(candidate: Candidate): string {
    const lastWord = normalise(candidate.text).split(/\s+/).pop();
    let best = candidate.text;
    for (const c of this.candidates) {
      if (c.kind !== 'name' || c.quoted) continue;
      if (normalise(c.text).split(/\s+/).pop() === lastWord && c.text.length > best.length) best = c.text;
    }
    return best;
  }
}

/** Organisations are often only described ("l'armée turque"); a person entity needs a name. */
function isNamed(entity: Entity): boolean {
  return entity.type !== 'PER' || entity.mentions.some((m) => m.kind === 'name' || m.kind === 'alias');
}

/** Acronyms ("HRW", "OSF") and names with an organisation noun read as organisations when no entity says otherwise. */
function looksLikeOrganisation(text: string, orgNouns: Set<string>): boolean {
  return (
    /^[\p{Lu}\d&-]{2,}$/u.test(text) ||
    normalise(text)
      .split(/[\s-]+/)
      .some((w) => orgNouns.has(w))
  );
}
