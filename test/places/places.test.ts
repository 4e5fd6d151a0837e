import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from '../../src/knowledge/geo/index.ts';
import { analyse } from '../entities/helpers.ts';

function near(place: { lat?: number; lon?: number } | undefined, lat: number, lon: number): boolean {
  return (
    place?.lat !== undefined &&
    place.lon !== undefined &&
    distanceKm({ lat: place.lat, lon: place.lon }, { lat, lon }) <= 25
  );
}

test('fr: exonyms are geocoded to the right city', () => {
  const doc = analyse(
    'Xi Jinping a quitté Pékin pour Moscou, puis Londres. Zelensky était dans la ville de Bucha, dans la région de Kiev.',
    'fr',
    '2023-03-31',
  );
  const byText = new Map(doc.places.map((p) => [p.text, p]));
  assert.equal(byText.get('Moscou')?.name, 'Moscow');
  assert.ok(near(byText.get('Moscou'), 55.75, 37.62));
  assert.equal(byText.get('Pékin')?.country, 'CHN');
  assert.equal(byText.get('Londres')?.country, 'GBR');
  assert.equal(byText.get('Bucha')?.country, 'UKR');
  assert.ok(near(byText.get('Bucha'), 50.55, 30.21));
  assert.ok(near(byText.get('Kiev'), 50.45, 30.52));
  for (const p of doc.places) assert.equal(doc.text.slice(p.start, p.end), p.text);
});

test('en: the document countries disambiguate a city name', () => {
  const spain = analyse('Spain said floods hit Valencia on Tuesday.', 'en', '2024-10-30');
  assert.equal(spain.places.find((p) => p.text === 'Valencia')?.country, 'ESP');
  const venezuela = analyse('Venezuela said protests spread to Valencia on Tuesday.', 'en', '2019-01-30');
  assert.equal(venezuela.places.find((p) => p.text === 'Valencia')?.country, 'VEN');
});

test('countries are entities but not places', () => {
  const doc = analyse('La Russie a rejeté la proposition de la Biélorussie.', 'fr', '2023-03-31');
  assert.equal(doc.places.length, 0);
  assert.ok(doc.entities.some((e) => e.name === 'Russia' && e.actor === 'RUS'));
});

test('a following state or country name decides: Paris, Texas', () => {
  const doc = analyse('The storm hit Paris, Texas, on Monday, far from Paris.', 'en', '2024-05-01');
  const [texas, france] = doc.places.filter((p) => p.text === 'Paris');
  assert.equal(texas.country, 'USA');
  assert.ok(near(texas, 33.66, -95.56));
  assert.equal(france.country, 'FRA');
});
