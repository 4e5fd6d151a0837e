import type { Doc } from '../../document/doc.ts';
import type { Entity, Place } from '../../document/types.ts';
import { areaTable } from '../../knowledge/geo/areas.ts';
import { gazetteer } from '../../knowledge/geo/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/**
 * Geocodes the document's places: every name mention of a LOC entity that the entities stage
 * resolved to a GeoNames place (its canonical name and country identify the place; the entities
 * stage already disambiguated it by the document's countries and by population).
 * First-level regions and disputed territories ("Virginia", "Golan Heights") are places too, from
 * the area table; countries, world regions, seas and landmarks are entities but not places.
 */
export const places: Stage = {
  name: 'places',
  requires: ['entities'],
  run(doc: Doc) {
    const out: Place[] = [];
    for (const entity of doc.entities) {
      if (entity.type !== 'LOC') continue;
      const whole = geoPlaceOf(entity);
      for (const m of entity.mentions) {
        if (m.kind !== 'name' && m.kind !== 'alias' && m.kind !== 'metonym') continue;
        const place = whole ?? cityNamedIn(entity, m.text);
        if (!place) continue;
        out.push({
          start: m.start,
          end: m.end,
          text: m.text,
          name: place.name,
          country: place.country,
          lat: place.lat,
          lon: place.lon,
          ...(place.geonameid !== undefined ? { geonameid: place.geonameid } : {}),
          entity: entity.id,
        });
      }
    }
    doc.places = out.sort((a, b) => a.start - b.start);
  },
};

/**
 * "Istanbul-Atatürk" in "aéroport d'Istanbul-Atatürk": a landmark named after its city is placed
 * at the city when one of its mentions is the city's name, whole or before a hyphen.
 */
function cityNamedIn(entity: Entity, text: string): Located | undefined {
  if (!entity.country || entity.actor !== entity.country || areaTable().byCanonicalName(entity.name))
    return undefined;
  const geo = gazetteer();
  for (const candidate of [text, text.split('-')[0]]) {
    const hit = geo.candidates(candidate).find((c) => c.country === entity.country);
    if (hit) return hit;
  }
  return undefined;
}

interface Located {
  name: string;
  country: string;
  lat: number;
  lon: number;
  geonameid?: number;
}

function geoPlaceOf(entity: Entity): Located | undefined {
  if (!entity.country || entity.actor !== entity.country) return undefined;
  const area = areaTable().byCanonicalName(entity.name);
  if (area) {
    return area.kind === 'region' && area.country === entity.country
      ? { name: area.name, country: area.country, lat: area.lat, lon: area.lon }
      : undefined;
  }
  const geo = gazetteer();
  const byName = geo
    .candidates(entity.name)
    .find((c) => c.country === entity.country && c.name === entity.name);
  if (byName) return byName;
  // Canonical names may be the text's form ("Daraa" for GeoNames "Dar‘ā"); a landmark named after
  // its city ("Baghdad International Airport") is not the city, only its city mention is.
  let found: Located | undefined;
  for (const m of entity.mentions) {
    if (m.kind === 'description') continue;
    const hit = geo.candidates(m.text).find((c) => c.country === entity.country);
    if (!hit) return undefined;
    found ??= hit;
  }
  return found;
}
