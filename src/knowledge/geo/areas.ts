import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../actors/names.ts';

/**
 * What an area is: a region is a place (geocoded, coded with its country); water (seas, straits,
 * cross-border natural regions) has no actor code and is not a place; a landmark is coded with the
 * country that holds it but is not a place of its own.
 */
export type AreaKind = 'region' | 'water' | 'landmark';

/** A named area that the city gazetteer does not hold. */
export interface Area {
  /** Canonical English name, unique in the table ("Independence Palace (Minsk)"). */
  name: string;
  kind: AreaKind;
  /** ISO alpha-3 of the country that holds it; absent for seas and disputed holy sites. */
  country?: string;
  lat: number;
  lon: number;
  /** Every name it is written as, in any language. */
  names: string[];
  /** Names that mean this area only after a city and a comma ("Atlanta, Georgia"). */
  qualifierNames: string[];
}

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data/areas.tsv');

function asKind(raw: string): AreaKind {
  return raw === 'water' || raw === 'landmark' ? raw : 'region';
}

function addTo(map: Map<string, Area[]>, name: string, area: Area): void {
  const key = foldName(name);
  const list = map.get(key) ?? [];
  if (!list.includes(area)) list.push(area);
  map.set(key, list);
}

export class AreaTable {
  private readonly byName = new Map<string, Area[]>();
  private readonly byCanonical = new Map<string, Area>();
  private readonly byQualifier = new Map<string, Area[]>();

  constructor(tsv: string) {
    for (const line of tsv.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [name, kind, country, lat, lon, names, qualifiers] = line.split('\t');
      const area: Area = {
        name,
        kind: asKind(kind),
        lat: Number(lat),
        lon: Number(lon),
        names: [name, ...(names ? names.split('|') : [])].filter(Boolean),
        qualifierNames: qualifiers ? qualifiers.split('|') : [],
      };
      if (country) area.country = country;
      this.byCanonical.set(name, area);
      for (const n of area.names) addTo(this.byName, n, area);
      for (const n of [...area.names, ...area.qualifierNames]) addTo(this.byQualifier, n, area);
    }
  }

  /** Areas written with this name (several for "Independence Palace"). */
  lookup(name: string): readonly Area[] {
    return this.byName.get(foldName(name)) ?? [];
  }

  /** Regions a name may mean right after "City,": "Georgia" in "Atlanta, Georgia". */
  qualifiers(name: string): readonly Area[] {
    return (this.byQualifier.get(foldName(name)) ?? []).filter((a) => a.kind === 'region');
  }

  /** The area with this canonical English name. */
  byCanonicalName(name: string): Area | undefined {
    return this.byCanonical.get(name);
  }

  /** Every (folded name, areas) pair, for building lookup tables. */
  entries(): IterableIterator<[string, Area[]]> {
    return this.byName.entries();
  }

  /** Of several areas sharing a name, the one in a country the document talks about, else the first. */
  choose(name: string, documentCountries: ReadonlySet<string>): Area | undefined {
    const candidates = this.lookup(name);
    return candidates.find((a) => a.country && documentCountries.has(a.country)) ?? candidates[0];
  }
}

let shared: AreaTable | undefined;

export function areaTable(): AreaTable {
  shared ??= new AreaTable(readFileSync(DATA, 'utf8'));
  return shared;
}
