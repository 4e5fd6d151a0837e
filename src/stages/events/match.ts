import type { ActorRef } from '../../document/types.ts';
import type { PatternElement, VerbPattern } from '../../knowledge/petrarch/verbs.ts';
import { type Lexicon, wordMatches } from './lexicon.ts';

/** An actor mention inside a sentence, as token positions relative to the sentence. */
export interface ActorSlot {
  first: number;
  /** Exclusive. */
  end: number;
  ref: ActorRef;
  /** Slots of a coordination ("la Chine et la Biélorussie") share a group number. */
  group: number;
  /** The mention names a place (a LOC entity): after a locative preposition it is a setting, not a target. */
  place?: boolean;
}

/** A sentence prepared for coding: per-token match forms and its actor mentions (sorted). */
export interface CodingSentence {
  forms: string[][];
  actors: ActorSlot[];
}

export interface PatternMatch {
  pattern: VerbPattern;
  source?: ActorSlot;
  target?: ActorSlot;
  compound?: ActorSlot;
  /** Token range covered by the pattern, verb included. */
  first: number;
  end: number;
  /** Number of word/synset elements: more specific patterns win. */
  weight: number;
}

interface Bindings {
  source?: ActorSlot;
  target?: ActorSlot;
  compound?: ActorSlot;
}

type Direction = 1 | -1;

/** Closed-class words a `^` (skipped noun phrase) may begin with: "with Eriador", "the Gondor". */
export interface PhraseOpeners {
  determiner(pos: number): boolean;
  preposition(pos: number): boolean;
}

/**
 * Matches PETRARCH patterns linearly around a verb, in the spirit of TABARI: elements after `*` are
 * found left to right after the verb, elements before `*` right to left before it, with gaps allowed
 * unless the dictionary joined two elements with `_`. Matching stays inside [windowStart, windowEnd).
 */
export class PatternMatcher {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly sentence: CodingSentence,
    private readonly windowStart: number,
    private readonly windowEnd: number,
    private readonly openers?: PhraseOpeners,
  ) {}

  private present?: Set<string>;

  /** Cheap pre-check: every plain word of the pattern occurs somewhere in the window. */
  private couldMatch(pattern: VerbPattern): boolean {
    if (!this.present) {
      this.present = new Set();
      for (let p = this.windowStart; p < this.windowEnd; p++)
        for (const f of this.sentence.forms[p] ?? []) this.present.add(f);
    }
    const present = this.present;
    const has = (w: string) =>
      present.has(w) ||
      present.has(`${w}S`) ||
      present.has(`${w}ES`) ||
      present.has(`${w}X`) ||
      present.has(`${w.slice(0, -1)}IES`);
    return [...pattern.before, ...pattern.after].every((e) => e.type !== 'word' || has(e.value ?? ''));
  }

  best(patterns: readonly VerbPattern[], verbFirst: number, verbEnd: number): PatternMatch | undefined {
    let best: PatternMatch | undefined;
    for (const pattern of patterns) {
      if (!this.couldMatch(pattern)) continue;
      const m = this.match(pattern, verbFirst, verbEnd);
      if (!m) continue;
      if (!best || m.weight > best.weight) best = m;
    }
    return best;
  }

  match(pattern: VerbPattern, verbFirst: number, verbEnd: number): PatternMatch | undefined {
    const bindings: Bindings = {};
    const afterEnd = this.seq(pattern.after, 0, verbEnd, pattern.after[0]?.joined ?? false, bindings);
    if (afterEnd === undefined) return undefined;
    const before = [...pattern.before].reverse();
    // Reversed, an element's adjacency is carried by the element written after it.
    const beforeJoined = before.map((_, i) => (i === 0 ? pattern.verbJoined : before[i - 1].joined));
    const beforeStart = this.seqBack(before, beforeJoined, 0, verbFirst - 1, bindings);
    if (beforeStart === undefined) return undefined;
    const weight = [...pattern.before, ...pattern.after].filter((e) => e.type !== 'skip').length;
    return { pattern, ...bindings, first: beforeStart, end: afterEnd, weight };
  }

  /** Forward match of elements[k..] starting at or after `pos`; returns the end position. */
  private seq(
    elements: PatternElement[],
    k: number,
    pos: number,
    adjacent: boolean,
    b: Bindings,
  ): number | undefined {
    if (k === elements.length) return pos;
    const el = elements[k];
    // `^` skips the noun phrase that comes next, not any word further on.
    const last = adjacent || el.type === 'skip' ? pos : this.windowEnd - 1;
    // "(FROM +)": the actor after a preposition is that preposition's object, so the gap before it does not
    // cross another preposition ("withdrew the US from a treaty with Iran" has no actor after "from").
    const objectOfPreposition =
      isActor(el) &&
      k > 0 &&
      elements[k - 1].type === 'word' &&
      (this.openers?.preposition(pos - 1) ?? false);
    for (let p = pos; p <= last && p < this.windowEnd; p++) {
      if (objectOfPreposition && p > pos && this.openers?.preposition(p - 1)) break;
      for (const next of this.matchAt(el, p, 1)) {
        const saved = { ...b };
        this.bind(el, p, b);
        const end = this.seq(elements, k + 1, next, elements[k + 1]?.joined ?? false, b);
        if (end !== undefined) return end;
        restore(b, saved);
      }
    }
    return undefined;
  }

  /** Backward match: elements (reversed) must end at or before `pos`; returns the first position used. */
  private seqBack(
    elements: PatternElement[],
    joined: boolean[],
    k: number,
    pos: number,
    b: Bindings,
  ): number | undefined {
    if (k === elements.length) return pos + 1;
    const el = elements[k];
    const lowest = joined[k] || el.type === 'skip' ? pos : this.windowStart;
    for (let p = pos; p >= lowest && p >= this.windowStart; p--) {
      for (const start of this.matchAt(el, p, -1)) {
        const saved = { ...b };
        this.bind(el, start, b);
        const first = this.seqBack(elements, joined, k + 1, start - 1, b);
        if (first !== undefined) return first;
        restore(b, saved);
      }
    }
    return undefined;
  }

  /**
   * Ways element `el` can occupy position p. Forward: returns end positions of matches starting at p.
   * Backward: returns start positions of matches ending at p.
   */
  private matchAt(el: PatternElement, p: number, dir: Direction): number[] {
    const forms = this.sentence.forms;
    switch (el.type) {
      case 'word':
        return wordMatches(el.value ?? '', forms[p] ?? []) ? [dir === 1 ? p + 1 : p] : [];
      case 'synset': {
        const out: number[] = [];
        for (const phrase of this.lexicon.synsetPhrases(el.value ?? '')) {
          const start = dir === 1 ? p : p - phrase.length + 1;
          if (start < this.windowStart || start + phrase.length > this.windowEnd) continue;
          if (phrase.every((w, i) => wordMatches(w, forms[start + i] ?? [])))
            out.push(dir === 1 ? start + phrase.length : start);
        }
        return out;
      }
      case 'source':
      case 'target':
      case 'compound': {
        const slot = this.sentence.actors.find((a) => (dir === 1 ? a.first === p : a.end - 1 === p));
        if (!slot) return [];
        if (el.type === 'compound' && !this.sentence.actors.some((a) => a !== slot && a.group === slot.group))
          return [];
        return [dir === 1 ? slot.end : slot.first];
      }
      case 'skip':
        return this.skipPhrase(p, dir);
      default:
        return [];
    }
  }

  /**
   * `^`: one noun phrase (PETRARCH/TABARI) — an actor mention or one word, with its determiners and,
   * going forward, the preposition that opens it ("TABASKI ^ $": "Tabaski with Eriador next week at
   * Cirith Ungol" skips "with Eriador"; "AT ^ +": "at the Gondor of the Prince" skips "the Gondor").
   */
  private skipPhrase(p: number, dir: Direction): number[] {
    const { actors } = this.sentence;
    if (dir === 1) {
      let j = p;
      if (this.openers?.preposition(j)) j++;
      while (j < this.windowEnd && this.openers?.determiner(j)) j++;
      if (j >= this.windowEnd) return [];
      const slot = actors.find((a) => a.first === j);
      return [slot ? slot.end : j + 1];
    }
    const slot = actors.find((a) => a.end - 1 === p);
    let start = slot ? slot.first : p;
    while (start - 1 >= this.windowStart && this.openers?.determiner(start - 1)) start--;
    return [start];
  }

  /** Records the actor an actor mark matched at token p. */
  private bind(el: PatternElement, p: number, b: Bindings): void {
    if (el.type !== 'source' && el.type !== 'target' && el.type !== 'compound') return;
    const slot = this.sentence.actors.find((a) => a.first <= p && p < a.end);
    if (slot) b[el.type] = slot;
  }
}

function isActor(el: PatternElement): boolean {
  return el.type === 'source' || el.type === 'target' || el.type === 'compound';
}

/** Undoes the bindings made by a failed branch of the match. */
function restore(b: Bindings, saved: Bindings): void {
  b.source = saved.source;
  b.target = saved.target;
  b.compound = saved.compound;
}
