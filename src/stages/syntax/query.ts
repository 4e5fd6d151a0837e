import type { Doc } from '../../document/doc.ts';
import type { Span } from '../../document/types.ts';

/**
 * Questions later stages ask of the dependency parse, at the level of Doc.tokens (indices into
 * doc.tokens; -1 when there is no answer). All rely on UD relations only, so they are language-independent.
 */

const childIndex = new WeakMap<Doc, number[][]>();

/** Dependents of a token, in text order. */
export function childrenOf(doc: Doc, index: number): readonly number[] {
  let children = childIndex.get(doc);
  if (!children) {
    children = doc.tokens.map(() => []);
    for (const t of doc.tokens)
      if (t.head !== undefined && t.head >= 0 && t.head !== t.index) children[t.head].push(t.index);
    childIndex.set(doc, children);
  }
  return children[index] ?? [];
}

const base = (deprel: string | undefined) => (deprel ?? '').split(':')[0];
const SUBJECT = new Set(['nsubj', 'csubj']);
const OBJECT = new Set(['obj', 'iobj']);
const CLAUSE = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'csubj', 'parataxis', 'conj']);
/** Relations linking a function word to the predicate it belongs to. */
const FUNCTION = new Set(['aux', 'cop', 'mark']);

/** The predicate a token belongs to: an auxiliary or copula resolves to its head. */
export function predicateOf(doc: Doc, index: number): number {
  const t = doc.tokens[index];
  if (t && FUNCTION.has(base(t.deprel)) && t.head !== undefined && t.head >= 0) return t.head;
  return index;
}

/**
 * Subject of a verb (head token of the subject phrase). Subjects of auxiliaries resolve through
 * their verb; a verb without its own subject inherits it through xcomp (control: "a décidé de
 * partir") and conj ("a rejeté et condamné").
 */
export function subjectOf(doc: Doc, verbIndex: number): number {
  let v = predicateOf(doc, verbIndex);
  for (let hops = 0; hops < 8 && v >= 0; hops++) {
    for (const c of childrenOf(doc, v)) if (SUBJECT.has(base(doc.tokens[c].deprel))) return c;
    const rel = base(doc.tokens[v].deprel);
    if (rel !== 'xcomp' && rel !== 'conj') return -1;
    v = doc.tokens[v].head ?? -1;
  }
  return -1;
}

/** Direct and indirect objects of a verb. */
export function objectsOf(doc: Doc, verbIndex: number): number[] {
  const v = predicateOf(doc, verbIndex);
  return childrenOf(doc, v).filter((c) => OBJECT.has(base(doc.tokens[c].deprel)));
}

/** Oblique arguments and modifiers (obl, obl:arg, obl:mod...) of a verb. */
export function obliquesOf(doc: Doc, verbIndex: number): number[] {
  const v = predicateOf(doc, verbIndex);
  return childrenOf(doc, v).filter((c) => base(doc.tokens[c].deprel) === 'obl');
}

function isNegationToken(doc: Doc, index: number): boolean {
  const t = doc.tokens[index];
  const feats = t.feats ?? '';
  return base(t.deprel) === 'advmod' && (feats.includes('Polarity=Neg') || feats.includes('PronType=Neg'));
}

/** True when the verb (or one of its auxiliaries) carries a negation: ne…pas, n'…jamais, not, n't, never. */
export function isNegated(doc: Doc, verbIndex: number): boolean {
  const v = predicateOf(doc, verbIndex);
  const candidates = [v, ...childrenOf(doc, v).filter((c) => FUNCTION.has(base(doc.tokens[c].deprel)))];
  return candidates.some((h) => childrenOf(doc, h).some((c) => isNegationToken(doc, c)));
}

/** Nearest verb governing a token (the token itself when it is a verb), or -1. */
export function governingVerb(doc: Doc, index: number): number {
  let i = index;
  for (let hops = 0; hops < 64 && i >= 0; hops++) {
    const t = doc.tokens[i];
    if (t.upos === 'VERB' || (t.upos === 'AUX' && !FUNCTION.has(base(t.deprel)))) return i;
    i = t.head ?? -1;
  }
  return -1;
}

/** Head token of the clause containing a token: the nearest ancestor attached by a clausal relation. */
export function clauseHeadOf(doc: Doc, index: number): number {
  let i = index;
  for (let hops = 0; hops < 64 && i >= 0; hops++) {
    const t = doc.tokens[i];
    const rel = base(t.deprel);
    if (t.head === undefined || t.head < 0 || (CLAUSE.has(rel) && (rel !== 'conj' || isPredicate(doc, i))))
      return i;
    i = t.head;
  }
  return index;
}

function isPredicate(doc: Doc, index: number): boolean {
  const upos = doc.tokens[index].upos;
  return (
    upos === 'VERB' ||
    upos === 'AUX' ||
    childrenOf(doc, index).some((c) => base(doc.tokens[c].deprel) === 'cop')
  );
}

/**
 * Character span of the clause containing a token: the clause head and its dependents, leaving out
 * embedded clauses (complement, adverbial and relative clauses, coordinated predicates).
 */
export function clauseOf(doc: Doc, index: number): Span {
  const head = clauseHeadOf(doc, index);
  let start = doc.tokens[head].start;
  let end = doc.tokens[head].end;
  const stack = [head];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    for (const c of childrenOf(doc, i)) {
      const rel = base(doc.tokens[c].deprel);
      if (CLAUSE.has(rel) && (rel !== 'conj' || isPredicate(doc, c))) continue;
      if (rel === 'punct' && (doc.tokens[c].start < start || doc.tokens[c].end > end)) continue;
      start = Math.min(start, doc.tokens[c].start);
      end = Math.max(end, doc.tokens[c].end);
      stack.push(c);
    }
  }
  return { start, end };
}

/** Character span of a token's whole subtree (e.g. the full noun phrase of a subject). */
export function subtreeSpan(doc: Doc, index: number): Span {
  let start = doc.tokens[index].start;
  let end = doc.tokens[index].end;
  const stack = [index];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    for (const c of childrenOf(doc, i)) {
      start = Math.min(start, doc.tokens[c].start);
      end = Math.max(end, doc.tokens[c].end);
      stack.push(c);
    }
  }
  return { start, end };
}
