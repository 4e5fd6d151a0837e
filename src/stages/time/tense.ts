import type { Doc } from '../../document/doc.ts';
import type { Language, Span } from '../../document/types.ts';
import { table } from '../../lang/index.ts';

/** -1: the clause speaks of the past, +1: of the future, 0: no cue. */
export type Direction = -1 | 0 | 1;

/**
 * Tense cues of one language from src/lang/<lang>/time-tense.tsv: rows `past|future <TAB> regex`
 * (morphological endings, auxiliaries) and `boundary <TAB> regex` (what ends a clause).
 */
interface TenseCues {
  past: RegExp[];
  future: RegExp[];
  boundary: RegExp;
}

const cache = new Map<Language, TenseCues>();

function cues(lang: Language): TenseCues {
  let c = cache.get(lang);
  if (!c) {
    const rows = table(lang, 'time-tense');
    const compile = (kind: string) =>
      rows
        .filter((r) => r[0] === kind && r[1])
        .map((r) => new RegExp(`(?<![\\p{L}])(?:${r[1]})(?![\\p{L}])`, 'giu'));
    const boundaries = rows.filter((r) => r[0] === 'boundary' && r[1]).map((r) => r[1]);
    c = {
      past: compile('past'),
      future: compile('future'),
      boundary: new RegExp(boundaries.length ? boundaries.join('|') : '[.;:!?]', 'gu'),
    };
    cache.set(lang, c);
  }
  return c;
}

/** The clause around a span: from the previous clause boundary to the next one, within `limits`. */
export function clauseAround(text: string, span: Span, limits: Span, lang: Language): Span {
  const { boundary } = cues(lang);
  let start = limits.start;
  let end = limits.end;
  const before = text.slice(limits.start, span.start);
  for (const m of before.matchAll(boundary)) start = limits.start + m.index + m[0].length;
  const after = text.slice(span.end, limits.end);
  const next = after.search(boundary);
  if (next >= 0) end = span.end + next;
  return { start, end };
}

/** Tense from the syntax layer when present: the nearest verb governing the span carries Tense=Fut/Past. */
function tenseFromSyntax(doc: Doc, span: Span): Direction | undefined {
  const tokens = doc.tokensIn(span);
  if (tokens.length === 0 || tokens[0].head === undefined) return undefined;
  let t = tokens[0];
  for (let hops = 0; hops < 4 && t.head !== undefined && t.head >= 0; hops++) {
    t = doc.tokens[t.head];
    if (t.upos === 'VERB' || t.upos === 'AUX') {
      const verbAndAux = [t, ...doc.tokens.filter((d) => d.head === t.index && d.upos === 'AUX')];
      for (const v of verbAndAux) {
        if (v.feats?.includes('Tense=Fut')) return 1;
        if (v.feats?.includes('Tense=Past') || v.feats?.includes('Tense=Imp')) return -1;
      }
      return undefined;
    }
  }
  return undefined;
}

/** Direction of the clause around `span`: the cue nearest to the span decides. */
export function clauseDirection(doc: Doc, span: Span, limits: Span, lang: Language): Direction {
  const fromSyntax = tenseFromSyntax(doc, span);
  if (fromSyntax !== undefined) return fromSyntax;
  const clause = clauseAround(doc.text, span, limits, lang);
  const c = cues(lang);
  let best: { distance: number; direction: Direction } | undefined;
  const consider = (regexes: RegExp[], direction: Direction) => {
    for (const re of regexes) {
      re.lastIndex = 0;
      const segment = doc.text.slice(clause.start, clause.end);
      for (const m of segment.matchAll(re)) {
        const s = clause.start + m.index;
        const e = s + m[0].length;
        if (s < span.end && span.start < e) continue;
        const distance = e <= span.start ? span.start - e : s - span.end;
        if (!best || distance < best.distance) best = { distance, direction };
      }
    }
  };
  consider(c.future, 1);
  consider(c.past, -1);
  return best?.direction ?? 0;
}
