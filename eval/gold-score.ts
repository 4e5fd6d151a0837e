import type { Analysis } from '../src/document/analysis.ts';
import type { ActorRef } from '../src/document/types.ts';

/** The hand-made gold format of ../shared/gold/*.gold.json. */
export interface GoldFile {
  document: string;
  language: string;
  published: string;
  quotes: { text: string; span: [number, number]; speaker: string | null; kind: string }[];
  entities: {
    canonical: string;
    type: string;
    actor: string | null;
    mentions: { text: string; span: [number, number] }[];
    aliases?: string[];
  }[];
  dates: { text: string; span: [number, number]; value: string }[];
  sources: { cue: string; span: [number, number]; source: string }[];
  events: {
    id: string;
    required: boolean;
    negated?: boolean;
    source: string | null;
    target: string | null;
    cameo: string;
    root: string;
    cue?: string;
    /** Free text; may name other acceptable codes ("020 also acceptable", "18x/19x acceptable"). */
    note?: string;
  }[];
  places: { text: string; country: string; lat: number; lon: number; span?: [number, number] }[];
}

/** Counts for one layer: true positives, predicted total, gold total, plus layer-specific extras. */
export interface Counts {
  /** Gold items found (recall numerator). */
  tp: number;
  /** Predicted items that are right (precision numerator); equals tp for one-to-one layers. */
  correct: number;
  predicted: number;
  gold: number;
  /** e.g. speakers right, values right, geocoded right. */
  extra: number;
  extraOf: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, correct: 0, predicted: 0, gold: 0, extra: 0, extraOf: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    tp: a.tp + b.tp,
    correct: a.correct + b.correct,
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    extra: a.extra + b.extra,
    extraOf: a.extraOf + b.extraOf,
  };
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.predicted ? c.correct / c.predicted : c.gold ? 0 : 1;
  const r = c.gold ? c.tp / c.gold : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

const overlap = (a: [number, number], b: [number, number]) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** All accepted names of a gold entity (canonical + aliases), normalised. */
function nameIndex(gold: GoldFile): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const e of gold.entities) {
    const names = new Set([e.canonical, ...(e.aliases ?? [])].map(norm));
    for (const n of names) index.set(n, names);
  }
  return index;
}

export function sameName(
  gold: GoldFile,
  goldName: string | null,
  predicted: string | undefined | null,
): boolean {
  if (!goldName || !predicted) return goldName === predicted || (!goldName && !predicted);
  const accepted = nameIndex(gold).get(norm(goldName)) ?? new Set([norm(goldName)]);
  return accepted.has(norm(predicted));
}

/** Quotes: a gold quote is found when one predicted quote covers >= 80% of it; extra = right speaker. */
export function scoreQuotes(gold: GoldFile, analysis: Analysis): Counts {
  const c = emptyCounts();
  c.gold = gold.quotes.length;
  c.predicted = analysis.quotes.filter((q) => q.kind !== 'indirect').length;
  const used = new Set<number>();
  for (const g of gold.quotes) {
    const len = g.span[1] - g.span[0];
    let best = -1;
    for (let i = 0; i < analysis.quotes.length; i++) {
      const q = analysis.quotes[i];
      if (used.has(i)) continue;
      if (overlap(g.span, [q.start, q.end]) >= 0.8 * len) {
        best = i;
        break;
      }
    }
    if (best < 0) continue;
    used.add(best);
    c.tp++;
    c.extraOf++;
    if (sameName(gold, g.speaker, analysis.quotes[best].speaker?.name)) c.extra++;
  }
  // Indirect quotes are not in the gold; only unmatched direct/partial ones count against precision.
  c.predicted = Math.max(c.predicted, c.tp);
  return c;
}

/**
 * Right source name: the canonical name, a name it contains or an alias of it ("AFP/Getty", "X (citing Y)"),
 * or exactly a name its entity goes by in the article (the gold writes "US Treasury Department" as the
 * text calls it; relata names the canonical entity).
 */
export function sourceNameRight(
  gold: GoldFile,
  goldSource: string,
  analysis: Analysis,
  index: number,
): boolean {
  const source = analysis.sources[index].source;
  const predicted = norm(source?.name ?? '');
  if (!source || !predicted) return false;
  const wanted = norm(goldSource);
  if (wanted.includes(predicted) || predicted.includes(wanted) || sameName(gold, goldSource, source.name))
    return true;
  const bare = norm(goldSource.replace(/\s*\([^)]*\)\s*$/, ''));
  const entity = analysis.entities.find((e) => e.id === source.entity);
  return (entity?.mentions ?? []).some((m) => !!m.text && (norm(m.text) === bare || norm(m.text) === wanted));
}

/** Sources: a gold attribution is found when a predicted one overlaps its cue; extra = right source name. */
export function scoreSources(gold: GoldFile, analysis: Analysis): Counts {
  const c = emptyCounts();
  c.gold = gold.sources.length;
  c.predicted = analysis.sources.length;
  const used = new Set<number>();
  for (const g of gold.sources) {
    const i = analysis.sources.findIndex((s, k) => !used.has(k) && overlap(g.span, [s.start, s.end]) > 0);
    if (i < 0) continue;
    used.add(i);
    c.tp++;
    c.extraOf++;
    if (sourceNameRight(gold, g.source, analysis, i)) c.extra++;
  }
  return c;
}

/** Dates: extent found by overlap; extra = normalised value right. */
export function scoreDates(gold: GoldFile, analysis: Analysis): Counts {
  const c = emptyCounts();
  c.gold = gold.dates.length;
  c.predicted = analysis.dates.length;
  const used = new Set<number>();
  for (const g of gold.dates) {
    const i = analysis.dates.findIndex((d, k) => !used.has(k) && overlap(g.span, [d.start, d.end]) > 0);
    if (i < 0) continue;
    used.add(i);
    c.tp++;
    c.extraOf++;
    if (analysis.dates[i].value === g.value) c.extra++;
  }
  return c;
}

const EARTH_KM = 6371;
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** Places: a gold place is found when a predicted place has its text; extra = right country and within 25 km. */
export function scorePlaces(gold: GoldFile, analysis: Analysis): Counts {
  const c = emptyCounts();
  c.gold = gold.places.length;
  const distinct = new Map<string, Analysis['places'][number]>();
  for (const p of analysis.places) if (!distinct.has(norm(p.text))) distinct.set(norm(p.text), p);
  c.predicted = distinct.size;
  for (const g of gold.places) {
    const p = distinct.get(norm(g.text));
    if (!p) continue;
    c.tp++;
    c.extraOf++;
    if (
      p.country === g.country &&
      p.lat !== undefined &&
      p.lon !== undefined &&
      distanceKm(p as never, g) <= 25
    )
      c.extra++;
  }
  c.predicted = Math.max(c.predicted, c.tp);
  return c;
}

/**
 * Entities: a gold entity is found when a predicted entity has one of its names (canonical or alias)
 * and shares a mention span; extra = the actor code is right too (gold null: any or none).
 */
export function scoreEntities(gold: GoldFile, analysis: Analysis): Counts {
  const c = emptyCounts();
  c.gold = gold.entities.length;
  c.predicted = analysis.entities.length;
  for (const g of gold.entities) {
    const names = new Set([g.canonical, ...(g.aliases ?? [])].map(norm));
    const e = analysis.entities.find((p) => names.has(norm(p.name)));
    if (!e) continue;
    c.tp++;
    c.extraOf++;
    if (!g.actor || e.actor === g.actor) c.extra++;
  }
  c.predicted = Math.max(c.predicted, c.tp);
  return c;
}

function actorCountry(ref: ActorRef | null): string | null {
  if (!ref) return null;
  return (ref.actor ?? ref.country ?? '').slice(0, 3) || null;
}

function countryMatches(goldCode: string | null, predicted: ActorRef | null): boolean {
  if (!goldCode) return true; // gold leaves the slot open
  const options = goldCode.split('|').map((code) => code.slice(0, 3));
  const p = actorCountry(predicted);
  return p !== null && options.includes(p);
}

/**
 * Events: right when root code and source/target countries agree. Required gold events count for
 * recall; a predicted asserted event matching no gold event (required or not) is a false positive.
 * A gold negated event is found only by a predicted negated event; an asserted prediction matching it
 * is a false positive. extra = predicted negated events that match gold negated ones.
 */
/** Scoring option: with strictCodes, only the gold event's own root counts (no noted alternatives). */
export const scoring = { strictCodes: false };

/**
 * Roots a gold event accepts: its own, plus codes its note calls acceptable, correct or defensible
 * ("186 assassinate also acceptable", "0213/0214 acceptable", "18x/19x acceptable"). Only the
 * parts of the note (split at ";", "(", ")") that carry such a word are read.
 */
export function acceptedRoots(g: GoldFile['events'][number]): Set<string> {
  const roots = new Set([g.root]);
  if (scoring.strictCodes || !g.note) return roots;
  for (const part of g.note.split(/[;()]/)) {
    if (!/\b(acceptable|correct|defensible)\b/.test(part)) continue;
    for (const m of part.matchAll(/\b(\d{2})(?:\d{1,2}|x)\b/g)) roots.add(m[1]);
  }
  return roots;
}

/** A predicted event matches a gold one when root (or a noted alternative) and source/target countries agree. */
export function eventMatches(g: GoldFile['events'][number], p: Analysis['events'][number]): boolean {
  return (
    acceptedRoots(g).has(p.root) && countryMatches(g.source, p.source) && countryMatches(g.target, p.target)
  );
}

export function scoreEvents(gold: GoldFile, analysis: Analysis): Counts {
  const c = emptyCounts();
  const required = gold.events.filter((e) => e.required);
  c.gold = required.length;
  const asserted = analysis.events.filter((e) => !e.negated);
  const negated = analysis.events.filter((e) => e.negated);
  c.predicted = asserted.length;
  for (const g of required) {
    const pool = g.negated ? negated : asserted;
    if (pool.some((p) => eventMatches(g, p))) c.tp++;
  }
  const positives = gold.events.filter((g) => !g.negated);
  c.correct = asserted.filter((p) => positives.some((g) => eventMatches(g, p))).length;
  for (const g of gold.events.filter((e) => e.negated)) {
    c.extraOf++;
    if (negated.some((p) => eventMatches(g, p))) c.extra++;
  }
  return c;
}

/** One-to-one layers: every found gold item is one right prediction. */
const oneToOne =
  (score: (gold: GoldFile, analysis: Analysis) => Counts) =>
  (gold: GoldFile, analysis: Analysis): Counts => {
    const c = score(gold, analysis);
    return { ...c, correct: c.tp };
  };

export const LAYERS = {
  quotes: { score: oneToOne(scoreQuotes), extra: 'speaker' },
  sources: { score: oneToOne(scoreSources), extra: 'source' },
  dates: { score: oneToOne(scoreDates), extra: 'value' },
  places: { score: oneToOne(scorePlaces), extra: 'geocode' },
  entities: { score: oneToOne(scoreEntities), extra: 'actor' },
  events: { score: scoreEvents, extra: 'negated' },
} as const;

export type LayerName = keyof typeof LAYERS;
