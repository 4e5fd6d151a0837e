import type { Doc } from '../../document/doc.ts';
import type { Entity, Place } from '../../document/types.ts';
import { type GeoPlace, gazetteer } from '../../knowledge/geo/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/**
 * Geocodes the document's places: every name mention of a LOC entity that the entities stage
 * resolved to a GeoNames place (its canonical name and country identify the place; the entities
 * stage already disambiguated it by the document's countries and by population).
 * Countries and regions are entities but not places.
 */
export const places: Stage = {
  name: 'places',
  requires: ['entities'],
  run(doc: Doc) {
    const out: Place[] = [];
    for (const entity of doc.entities) {
      const place = entity.type === 'LOC' ? geoPlaceOf(entity) : undefined;
      if (!place) continue;
      for (const m of entity.mentions) {
        if (m.kind !== 'name' && m.kind !== 'alias' && m.kind !== 'metonym') continue;
        out.push({
          start: m.start,
          end: m.end,
          text: m.text,
          name: place.name,
          country: place.country,
          lat: place.lat,
          lon: place.lon,
          geonameid: place.geonameid,
          entity: entity.id,
        });
      }
    }
    doc.places = out.sort((a, b) => a.start - b.start);
  },
};

function geoPlaceOf(entity: Entity): GeoPlace | undefined {
  if (!entity.country || entity.actor !== entity.country) return undefined;
  const geo = gazetteer();
  const byName = geo
    .candidates(entity.name)
    .find((c) => c.country === entity.country && c.name === entity.name);
  if (byName) return byName;
  // Canonical names may be the text's form ("Daraa" for GeoNames "Dar‘ā").
  for (const m of entity.mentions) {
    const hit = geo.candidates(m.text).find((c) => c.country === entity.country);
    if (hit) return hit;
  }
  return undefined;
}
