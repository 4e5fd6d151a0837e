import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../actors/names.ts';

/** A populated place from the GeoNames-derived gazetteer. */
export interface GeoPlace {
  geonameid: number;
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA first-order admin seat, ... */
  feature: string;
}

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

export class Gazetteer {
  private readonly byName = new Map<string, GeoPlace[]>();
  private readonly byId = new Map<number, GeoPlace>();

  constructor(tsv: string, aliases = '') {
    for (const line of tsv.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [id, name, country, lat, lon, population, feature, alts] = line.split('\t');
      const place: GeoPlace = {
        geonameid: Number(id),
        name,
        country,
        lat: Number(lat),
        lon: Number(lon),
        population: Number(population),
        feature,
      };
      this.byId.set(place.geonameid, place);
      for (const n of [name, ...(alts ? alts.split('|') : [])]) this.add(foldName(n), place);
    }
    for (const line of aliases.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [id, names] = line.split('\t');
      const place = this.byId.get(Number(id));
      if (place) for (const n of names.split('|')) this.add(foldName(n), place);
    }
    for (const list of this.byName.values()) list.sort((a, b) => b.population - a.population);
  }

  private add(key: string, place: GeoPlace): void {
    const list = this.byName.get(key);
    if (!list) this.byName.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  }

  /** Candidates for a name, most populous first. */
  candidates(name: string): readonly GeoPlace[] {
    return this.byName.get(foldName(name)) ?? [];
  }

  /**
   * Picks the place a name most likely refers to: a candidate in one of the document's countries
   * wins over a larger one elsewhere unless the other is a capital or ten times larger.
   */
  resolve(name: string, documentCountries: ReadonlySet<string> = new Set()): GeoPlace | undefined {
    const candidates = this.candidates(name);
    if (candidates.length === 0) return undefined;
    const biggest = candidates[0];
    const local = candidates.find((c) => documentCountries.has(c.country));
    if (!local || local === biggest) return biggest;
    if (documentCountries.has(biggest.country)) return biggest;
    if (biggest.feature === 'PPLC' && local.feature !== 'PPLC') return biggest;
    return biggest.population > local.population * 10 ? biggest : local;
  }
}

let shared: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer(
    readFileSync(join(DATA_DIR, 'cities.tsv'), 'utf8'),
    readFileSync(join(DATA_DIR, 'city-aliases.tsv'), 'utf8'),
  );
  return shared;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
