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

test('en: US states and disputed territories are geocoded places', () => {
  const doc = analyse(
    'The senator flew from Ohio to the Golan Heights, then visited the West Bank and Crimea.',
    'en',
    '2021-05-01',
  );
  const byText = new Map(doc.places.map((p) => [p.text, p]));
  assert.equal(byText.get('Ohio')?.country, 'USA');
  assert.equal(byText.get('Golan Heights')?.country, 'SYR');
  assert.ok(near(byText.get('Golan Heights'), 33.0, 35.75));
  assert.equal(byText.get('West Bank')?.country, 'PSE');
  assert.equal(byText.get('Crimea')?.country, 'UKR');
});

test('fr: a region written in French is the same place', () => {
  const doc = analyse(
    'Le gouverneur de Pennsylvanie a rencontré des élus de Caroline du Nord.',
    'fr',
    '2022-03-01',
  );
  const names = doc.places.map((p) => p.name).sort();
  assert.deepEqual(names, ['North Carolina', 'Pennsylvania']);
});

test('seas and straits are entities without a code and are not places', () => {
  const doc = analyse(
    'Ships in the Gulf of Aden and the Strait of Hormuz changed course to avoid the Red Sea.',
    'en',
    '2024-01-12',
  );
  const gulf = doc.entities.find((e) => e.name === 'Gulf of Aden');
  assert.equal(gulf?.type, 'LOC');
  assert.equal(gulf?.actor, undefined);
  assert.ok(doc.entities.some((e) => e.name === 'Strait of Hormuz' && e.actor === undefined));
  assert.ok(doc.entities.some((e) => e.name === 'Red Sea' && e.actor === undefined));
  assert.equal(doc.places.length, 0);
  const fr = analyse('Les navires évitent la mer Rouge et le golfe d’Aden.', 'fr', '2024-01-12');
  assert.deepEqual(
    fr.entities.map((e) => e.name),
    ['Red Sea', 'Gulf of Aden'],
  );
});

test('landmarks take the code of their country and leave the place to their city', () => {
  const doc = analyse(
    'Crowds gathered at Tahrir Square in Cairo. Erdogan said Ayasofya would become a mosque again.',
    'en',
    '2020-07-10',
  );
  assert.equal(doc.entities.find((e) => e.name === 'Tahrir Square')?.actor, 'EGY');
  assert.equal(doc.entities.find((e) => e.name === 'Hagia Sophia')?.actor, 'TUR');
  assert.deepEqual(
    doc.places.map((p) => p.text),
    ['Cairo'],
  );
});

test('a landmark name shared by two cities follows the document countries', () => {
  const minsk = analyse(
    'Loukachenko a reçu Poutine au Palais de l’Indépendance, à Minsk, en Biélorussie.',
    'fr',
    '2023-03-31',
  );
  assert.ok(minsk.entities.some((e) => e.name === 'Independence Palace (Minsk)' && e.actor === 'BLR'));
  const saigon = analyse(
    'Veterans met at the Independence Palace in Ho Chi Minh City, Vietnam.',
    'en',
    '2015-04-30',
  );
  assert.ok(saigon.entities.some((e) => e.name === 'Independence Palace (Ho Chi Minh City)'));
});

test('a state after a city and a comma is the state: "Atlanta, Georgia", "New York, New York"', () => {
  const doc = analyse(
    'She spoke in Atlanta, Georgia, before flying to New York, New York. Georgia’s president was not there.',
    'en',
    '2019-06-01',
  );
  const georgia = doc.entities.filter((e) => e.name.startsWith('Georgia'));
  assert.deepEqual(georgia.map((e) => `${e.name} ${e.actor}`).sort(), [
    'Georgia (U.S. state) USA',
    'Georgia GEO',
  ]);
  assert.ok(doc.entities.some((e) => e.name === 'New York (state)'));
  assert.ok(doc.places.some((p) => p.text === 'Atlanta' && p.country === 'USA'));
});

test('airports: the airport is a landmark, the city named in it is the place', () => {
  const fr = analyse("Tous les vols à l'aéroport d'Istanbul-Atatürk sont annulés.", 'fr', '2016-07-15');
  assert.ok(fr.entities.some((e) => e.name === 'Istanbul Atatürk Airport' && e.actor === 'TUR'));
  const place = fr.places.find((p) => p.text === 'Istanbul-Atatürk');
  assert.equal(place?.country, 'TUR');
  assert.ok(near(place, 40.98, 28.82));
  const en = analyse('A drone struck a convoy leaving Kabul International Airport.', 'en', '2021-08-29');
  assert.ok(en.entities.some((e) => e.name === 'Kabul International Airport' && e.actor === 'AFG'));
  assert.ok(en.places.some((p) => p.text === 'Kabul' && p.country === 'AFG'));
});

test('press spellings missing from GeoNames still geocode: Hodeidah', () => {
  const doc = analyse('Strikes hit the port of Hodeidah, Yemen, on Friday.', 'en', '2024-01-12');
  const place = doc.places.find((p) => p.text === 'Hodeidah');
  assert.equal(place?.country, 'YEM');
  assert.ok(near(place, 14.8, 42.95));
});
