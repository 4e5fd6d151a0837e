import type { Token } from '../../document/types.ts';
import type { PhraseSlot } from './actor-finder.ts';

/** Relations of a verb's arguments whose noun phrases may name an actor. */
const ARGUMENT = /^(nsubj|obj|iobj|obl)/;
/** Dependents that stay outside the phrase's words: its preposition and punctuation. */
const OUTSIDE = /^(case|punct|cc)$/;
/** Phrase-internal words that do not count or show in the new actor's name ("Gryffindor's"). */
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);

/**
 * PETRARCH's `new_actor_length` option: a noun phrase in a verb's argument position that names no known
 * actor, and has at most `maxWords` words, is an actor of its own, coded by its words in quotes
 * ("Gryffindor's head Minerva McGonagall" → `"GRYFFINDOR HEAD MINERVA MCGONAGALL"`). A phrase with a known
 * actor anywhere inside it ("the dispute with Osgiliath") is that actor's; coordinated nouns each form
 * their own phrase ("Eriador's death and injury toll" → ERI and `"INJURY TOLL"`).
 * `tokens` are one sentence's tokens with a parse; returned slots are sentence-relative, group 0.
 */
export function newActorSlots(
  tokens: readonly Token[],
  known: readonly PhraseSlot[],
  maxWords: number,
): PhraseSlot[] {
  if (maxWords <= 0 || tokens.length === 0) return [];
  const offset = tokens[0].index;
  const head = (i: number) => {
    const h = tokens[i].head;
    return h === undefined || h < 0 ? undefined : h - offset;
  };
  const children: number[][] = tokens.map(() => []);
  tokens.forEach((_, i) => {
    const h = head(i);
    if (h !== undefined && h >= 0 && h < tokens.length) children[h].push(i);
  });
  const isNoun = (i: number) => tokens[i].upos === 'NOUN' || tokens[i].upos === 'PROPN';
  const phraseRoots = tokens
    .map((_, i) => i)
    .filter((i) => {
      if (!isNoun(i)) return false;
      const h = head(i);
      if (h === undefined) return false;
      const rel = tokens[i].deprel ?? '';
      if (ARGUMENT.test(rel)) return tokens[h]?.upos === 'VERB';
      // A noun coordinated with an argument ("death and injury toll").
      return rel === 'conj' && ARGUMENT.test(tokens[h]?.deprel ?? '');
    });
  // The words a phrase root heads, coordinated phrases left out: they are phrases of their own.
  const span = (root: number): [number, number] => {
    let first = root;
    let last = root;
    const walk = (i: number) => {
      for (const c of children[i]) {
        const rel = tokens[c].deprel ?? '';
        if (i === root && (OUTSIDE.test(rel) || rel === 'conj')) continue;
        first = Math.min(first, c);
        last = Math.max(last, c);
        walk(c);
      }
    };
    walk(root);
    return [first, last + 1];
  };
  // Sibling roots the parse split over one phrase ("head" and "Minerva McGonagall", both subjects) join.
  const spans: [number, number][] = [];
  for (const root of phraseRoots) {
    const [first, end] = span(root);
    const previous = spans[spans.length - 1];
    const sibling = phraseRoots.find((r) => r < root && span(r)[1] === first);
    if (
      previous &&
      sibling !== undefined &&
      previous[1] === first &&
      head(sibling) === head(root) &&
      tokens[sibling].deprel === tokens[root].deprel
    ) {
      previous[1] = end;
    } else {
      spans.push([first, end]);
    }
  }
  const out: PhraseSlot[] = [];
  for (const [first, end] of spans) {
    if (known.some((k) => k.first < end && first < k.end)) continue;
    const words = tokens
      .slice(first, end)
      .filter((t) => t.upos !== 'PUNCT' && !POSSESSIVE.has(t.text.toLowerCase()))
      .map((t) => t.text.toUpperCase());
    if (words.length === 0 || words.length > maxWords) continue;
    const code = `"${words.join(' ')}"`;
    out.push({ first, end, ref: { name: words.join(' '), actor: code }, group: 0 });
  }
  return out;
}
