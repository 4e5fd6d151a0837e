import {
  addDays,
  type Day,
  formatAt,
  formatDay,
  type Granularity,
  pad,
  parseDay,
  shift,
  strictYearFor,
  weekdayNear,
  yearFor,
} from './calendar.ts';
import type { TimeLexicon } from './lexicon.ts';
import type { Direction } from './tense.ts';

/**
 * Evaluates a rule's value template, e.g. `{rel D -1}T{lex partofday $1}` or `P{num $1}{unit $2}`:
 * literal text plus `{function arg …}` calls whose arguments are literals or captures ($n, -$n).
 */
export interface NormaliseContext {
  /** Publication (creation) date: the anchor of deictic expressions. */
  anchor: Day | undefined;
  /** The last day-precise date mentioned before, for anaphoric ones ("le lendemain", "à 15 h"). */
  reference: Day | undefined;
  /** Tense of the clause the expression sits in. */
  direction: Direction;
  lexicon: TimeLexicon;
}

type Fn = (ctx: NormaliseContext, args: (string | undefined)[]) => string | undefined;

const GRANULARITIES = new Set<Granularity>(['C', 'DE', 'Y', 'Q', 'M', 'W', 'D']);
const UNRESOLVED: Record<Granularity, string> = {
  C: 'XX',
  DE: 'XXX',
  Y: 'XXXX',
  Q: 'XXXX-QX',
  M: 'XXXX-XX',
  W: 'XXXX-WXX',
  D: 'XXXX-XX-XX',
};

function number(ctx: NormaliseContext, text: string | undefined): number | 'X' | undefined {
  if (text === undefined) return undefined;
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const word =
    ctx.lexicon.lookup('number', body) ??
    ctx.lexicon.lookup('offset', body) ??
    ctx.lexicon.lookup('deictic', body);
  const raw = word ?? body.replace(',', '.');
  if (raw === 'X') return 'X';
  const value = Number(raw);
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

function monthOf(ctx: NormaliseContext, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(ctx.lexicon.lookup('month', text) ?? text);
  return value >= 1 && value <= 12 ? value : undefined;
}

function dayOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number.parseInt(text, 10);
  return value >= 1 && value <= 31 ? value : undefined;
}

/** Two-digit years take the century that puts them at most ten years after the anchor. */
function yearOf(ctx: NormaliseContext, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const digits = text.replace(/^'/, '');
  const value = Number.parseInt(digits, 10);
  if (!Number.isFinite(value)) return undefined;
  if (digits.length > 2) return value;
  const ceiling = (ctx.anchor?.year ?? 2000) + 10;
  const century = Math.floor(ceiling / 100) * 100;
  return century + value > ceiling ? century - 100 + value : century + value;
}

/** `last`/`next` force a strict direction; otherwise the clause tense decides. */
function directionOf(ctx: NormaliseContext, word: string | undefined): { dir: Direction; strict: boolean } {
  const arg = ctx.lexicon.lookup('lastnext', word) ?? word;
  if (arg === 'last') return { dir: -1, strict: true };
  if (arg === 'next') return { dir: 1, strict: true };
  return { dir: ctx.direction, strict: false };
}

function granularityOf(ctx: NormaliseContext, arg: string | undefined): Granularity | undefined {
  if (arg === undefined) return undefined;
  if (GRANULARITIES.has(arg as Granularity)) return arg as Granularity;
  const unit = ctx.lexicon.lookup('unit', arg);
  return unit && GRANULARITIES.has(unit as Granularity) ? (unit as Granularity) : undefined;
}

function shiftFrom(
  base: Day | undefined,
  ctx: NormaliseContext,
  args: (string | undefined)[],
): string | undefined {
  const g = granularityOf(ctx, args[0]);
  if (!g) return undefined;
  const n = number(ctx, args[1] ?? '0');
  if (n === undefined || n === 'X') return undefined;
  if (!base) return UNRESOLVED[g];
  return formatAt(shift(base, g, n), g);
}

const FUNCTIONS: Record<string, Fn> = {
  /** Day, month and optional year; a missing year is chosen by tense relative to the anchor. */
  ymd(ctx, [y, m, d, dir]) {
    const month = monthOf(ctx, m);
    const day = dayOf(d);
    if (!month || !day) return undefined;
    let year = yearOf(ctx, y);
    if (year === undefined) {
      if (!ctx.anchor) return `XXXX-${pad(month)}-${pad(day)}`;
      const { dir: direction, strict } = directionOf(ctx, dir);
      year = strict
        ? strictYearFor(ctx.anchor, month, day, direction)
        : yearFor(ctx.anchor, month, day, direction);
    }
    return formatDay({ year, month, day });
  },
  ym(ctx, [y, m, dir]) {
    const month = monthOf(ctx, m);
    if (!month) return undefined;
    let year = yearOf(ctx, y);
    if (year === undefined) {
      if (!ctx.anchor) return `XXXX-${pad(month)}`;
      const { dir: direction, strict } = directionOf(ctx, dir);
      year = strict
        ? strictYearFor(ctx.anchor, month, undefined, direction)
        : yearFor(ctx.anchor, month, undefined, direction);
      if (strict && year === ctx.anchor.year && month === ctx.anchor.month) year += direction;
    }
    return `${pad(year, 4)}-${pad(month)}`;
  },
  y(ctx, [y]) {
    const year = yearOf(ctx, y);
    return year === undefined ? undefined : pad(year, 4);
  },
  /** A weekday: on or before the anchor in news register, on or after it in a future clause. */
  wd(ctx, [w, dir]) {
    const target = Number(ctx.lexicon.lookup('weekday', w));
    if (!(target >= 1 && target <= 7)) return undefined;
    if (!ctx.anchor) return `XXXX-WXX-${target}`;
    const { dir: direction, strict } = directionOf(ctx, dir);
    if (direction > 0) return formatDay(weekdayNear(strict ? addDays(ctx.anchor, 1) : ctx.anchor, target, 1));
    return formatDay(weekdayNear(strict ? addDays(ctx.anchor, -1) : ctx.anchor, target, -1));
  },
  /** The anchor shifted by n units, at that unit's granularity: {rel D -1} → yesterday. */
  rel(ctx, args) {
    return shiftFrom(ctx.anchor, ctx, args);
  },
  /** A weekend: {weekend -1} the last one, {weekend 1} the next, {weekend 0} by tense (past → the last one). */
  weekend(ctx, [n]) {
    const offset = Number(n ?? 0);
    if (!ctx.anchor) return 'XXXX-WXX-WE';
    const direction = offset !== 0 ? offset : ctx.direction < 0 ? -1 : 1;
    const saturday = direction < 0 ? weekdayNear(ctx.anchor, 6, -1) : weekdayNear(ctx.anchor, 6, 1);
    const strict = offset !== 0 && formatDay(saturday) === formatDay(ctx.anchor);
    return `${formatAt(strict ? addDays(saturday, 7 * direction) : saturday, 'W')}-WE`;
  },
  /** "il y a deux semaines", "dans trois jours": a day for day and week units, else the unit's granularity. */
  ago(ctx, [unit, n]) {
    const g = granularityOf(ctx, unit);
    const amount = number(ctx, n);
    if (!g || typeof amount !== 'number' || !Number.isInteger(amount)) return undefined;
    const at: Granularity = g === 'W' ? 'D' : g;
    if (!ctx.anchor) return UNRESOLVED[at];
    return formatAt(shift(ctx.anchor, g, amount), at);
  },
  /** The last mentioned day shifted: {ref D 1} → "le lendemain". */
  ref(ctx, args) {
    return shiftFrom(ctx.reference ?? ctx.anchor, ctx, args);
  },
  /** A duration: {dur $1 $2} → P13M, PT2H, PXY. */
  dur(ctx, [n, u]) {
    const amount = n === 'X' ? 'X' : number(ctx, n);
    const unit = ctx.lexicon.lookup('unit', u) ?? u;
    if (amount === undefined || !unit) return undefined;
    const value = amount === 'X' ? 'X' : String(amount);
    if (unit === 'H' || unit === 'MIN' || unit === 'S') return `PT${value}${unit === 'MIN' ? 'M' : unit}`;
    if (unit === 'C') return `P${value}CE`;
    return `P${value}${unit}`;
  },
  /** Clock time on the reference day: {time $1 $2} → 2023-03-31T14:30. */
  time(ctx, [h, m]) {
    const clock = FUNCTIONS.hm(ctx, [h, m]);
    if (!clock) return undefined;
    const day = ctx.reference ?? ctx.anchor;
    return `${day ? formatDay(day) : 'XXXX-XX-XX'}T${clock}`;
  },
  /** Clock time alone, to compose with a day: {rel D -1}T{hm $1 $2}. */
  hm(ctx, [h, m]) {
    const hour = number(ctx, h);
    const minute = m === undefined || m === '' ? 0 : number(ctx, m);
    if (typeof hour !== 'number' || typeof minute !== 'number' || hour > 24 || minute > 59) return undefined;
    return `${pad(hour)}:${pad(minute)}`;
  },
  /** Twelve-hour clock: {hm12 $1 $2 $3} with $3 = am/pm word. */
  hm12(ctx, [h, m, meridiem]) {
    const hour = number(ctx, h);
    if (typeof hour !== 'number' || hour > 12) return undefined;
    const pm = ctx.lexicon.lookup('meridiem', meridiem) === 'PM';
    return FUNCTIONS.hm(ctx, [String((hour % 12) + (pm ? 12 : 0)), m]);
  },
  /** The reference day (last mentioned, else the anchor). */
  day(ctx) {
    const day = ctx.reference ?? ctx.anchor;
    return day ? formatDay(day) : 'XXXX-XX-XX';
  },
  /** A lexicon value: {lex partofday $2} → EV. */
  lex(ctx, [className, word]) {
    return className ? ctx.lexicon.lookup(className, word) : undefined;
  },
  /** "les années 60" → 196X. */
  decade(ctx, [d]) {
    if (d === undefined) return undefined;
    const digits = d.replace(/\D/g, '');
    if (digits.length === 4) return `${digits.slice(0, 3)}X`;
    if (digits.length === 2) {
      const year = yearOf(ctx, digits);
      return year === undefined ? undefined : `${String(year).slice(0, 3)}X`;
    }
    return undefined;
  },
  /** "XIXe siècle" → 18 (TIMEX3 centuries are the first two digits). */
  century(_ctx, [c]) {
    if (c === undefined) return undefined;
    const n = /^\d+$/.test(c) ? Number(c) : romanToNumber(c);
    return n ? pad(n - 1) : undefined;
  },
};

function romanToNumber(text: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  const upper = text.toUpperCase();
  for (let i = 0; i < upper.length; i++) {
    const v = values[upper[i]];
    if (!v) return undefined;
    const next = values[upper[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const CALL = /\{(\w+)((?:\s+[^\s{}]+)*)\}/g;

/** The value of a template for one match; undefined when a function cannot resolve its arguments. */
export function evaluate(
  template: string,
  captures: (string | undefined)[],
  ctx: NormaliseContext,
): string | undefined {
  let failed = false;
  const value = template.replace(CALL, (_all, name: string, rawArgs: string) => {
    const fn = FUNCTIONS[name];
    if (!fn) throw new Error(`time value template: unknown function ${name}`);
    const args = rawArgs
      .trim()
      .split(/\s+/)
      .filter((a) => a.length > 0)
      .map((a) => {
        const ref = /^(-?)\$(\d+)$/.exec(a);
        if (!ref) return a === '_' ? undefined : a;
        const captured = captures[Number(ref[2])];
        return captured === undefined ? undefined : `${ref[1]}${captured.trim()}`;
      });
    const out = fn(ctx, args);
    if (out === undefined) failed = true;
    return out ?? '';
  });
  return failed ? undefined : value;
}

export { parseDay };
