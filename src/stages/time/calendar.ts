/**
 * Calendar arithmetic on plain UTC dates, and TIMEX3 value formatting at a granularity
 * (Y → 2023, M → 2023-03, W → 2023-W13, D → 2023-03-31).
 */

export type Granularity = 'C' | 'DE' | 'Y' | 'Q' | 'M' | 'W' | 'D';

export interface Day {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function toUtc(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function addDays(d: Day, n: number): Day {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

export function addMonths(d: Day, n: number): Day {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(d: Day): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

export function compareDays(a: Day, b: Day): number {
  return toUtc(a).getTime() - toUtc(b).getTime();
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const dayOfYear = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000);
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

export function formatAt(d: Day, granularity: Granularity): string {
  switch (granularity) {
    case 'C':
      return pad(Math.floor(d.year / 100), 2);
    case 'DE':
      return pad(Math.floor(d.year / 10), 3);
    case 'Y':
      return pad(d.year, 4);
    case 'Q':
      return `${pad(d.year, 4)}-Q${Math.floor((d.month - 1) / 3) + 1}`;
    case 'M':
      return `${pad(d.year, 4)}-${pad(d.month)}`;
    case 'W': {
      const w = isoWeek(d);
      return `${pad(w.year, 4)}-W${pad(w.week)}`;
    }
    case 'D':
      return formatDay(d);
  }
}

/** Shifts a day by `n` units of a granularity. */
export function shift(d: Day, granularity: Granularity, n: number): Day {
  switch (granularity) {
    case 'C':
      return addMonths(d, n * 1200);
    case 'DE':
      return addMonths(d, n * 120);
    case 'Y':
      return addMonths(d, n * 12);
    case 'Q':
      return addMonths(d, n * 3);
    case 'M':
      return addMonths(d, n);
    case 'W':
      return addDays(d, n * 7);
    case 'D':
      return addDays(d, n);
  }
}

/**
 * The day with ISO weekday `target` relative to `anchor`: the latest on or before it
 * (direction -1), the earliest on or after it (+1), or the nearest (0, ties to the past).
 */
export function weekdayNear(anchor: Day, target: number, direction: -1 | 0 | 1): Day {
  const back = (weekday(anchor) - target + 7) % 7;
  const forward = (target - weekday(anchor) + 7) % 7;
  if (direction < 0) return addDays(anchor, -back);
  if (direction > 0) return addDays(anchor, forward);
  return forward < back ? addDays(anchor, forward) : addDays(anchor, -back);
}

/**
 * The year for a month (and optional day) given without one: the latest occurrence on or before the
 * anchor (direction -1), the earliest on or after it (+1), or the one within six months (0).
 */
export function yearFor(anchor: Day, month: number, day: number | undefined, direction: -1 | 0 | 1): number {
  if (direction === 0) return strictYearFor(anchor, month, day, 0);
  // Tense is a soft cue: a date far on its side loses to one close on the other side.
  const preferred = strictYearFor(anchor, month, day, direction);
  const other = strictYearFor(anchor, month, day, direction > 0 ? -1 : 1);
  const distance = (year: number) =>
    Math.abs(toUtc({ year, month, day: day ?? 15 }).getTime() - toUtc(anchor).getTime()) / 86_400_000;
  return distance(preferred) > 180 && distance(other) < 62 ? other : preferred;
}

/** The year by direction alone (see yearFor). */
export function strictYearFor(
  anchor: Day,
  month: number,
  day: number | undefined,
  direction: -1 | 0 | 1,
): number {
  const candidate = (year: number): Day => ({
    year,
    month,
    day: day ?? (direction > 0 ? 1 : daysInMonth(year, month)),
  });
  const same = candidate(anchor.year);
  if (direction < 0) {
    const probe = day === undefined ? { year: anchor.year, month, day: 1 } : same;
    return compareDays(probe, anchor) <= 0 ? anchor.year : anchor.year - 1;
  }
  if (direction > 0) {
    const probe =
      day === undefined ? { year: anchor.year, month, day: daysInMonth(anchor.year, month) } : same;
    return compareDays(probe, anchor) >= 0 ? anchor.year : anchor.year + 1;
  }
  const monthsAway = month - anchor.month;
  if (monthsAway > 6) return anchor.year - 1;
  if (monthsAway < -6) return anchor.year + 1;
  return anchor.year;
}
