import type { Doc } from '../../document/doc.ts';
import type { Language } from '../../document/types.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { type GeoPlace, gazetteer } from '../../knowledge/geo/index.ts';
import { table } from '../../lang/index.ts';
import type { NameMention } from '../entities/recognise.ts';

/** How a language writes airports: "Baghdad International Airport", "aéroport international de Bamako". */
interface AirportWords {
  heads: Set<string>;
  modifiers: Set<string>;
  nameBefore: boolean;
}

const cache = new Map<Language, AirportWords>();

function airportWords(lang: Language): AirportWords {
  let words = cache.get(lang);
  if (!words) {
    words = { heads: new Set(), modifiers: new Set(), nameBefore: true };
    for (const [word, role] of table(lang, 'places-airports')) {
      if (role === 'head') words.heads.add(foldName(word));
      else if (role === 'modifier') words.modifiers.add(foldName(word));
      else if (role === 'order') words.nameBefore = word === 'before';
    }
    cache.set(lang, words);
  }
  return words;
}

const OF = new Set(['de', 'du', "d'", 'of']);

/** The city an airport's name starts with: "Istanbul-Atatürk" → Istanbul, "Ankara Esenboğa" → Ankara. */
function cityOf(text: string, countries: ReadonlySet<string>): GeoPlace | undefined {
  const geo = gazetteer();
  const words = text.split(/[\s-]+/);
  for (let n = words.length; n > 0; n--) {
    const place = geo.resolve(words.slice(0, n).join(' '), countries);
    if (place) return place;
  }
  return undefined;
}

/**
 * Airports named after their city become one landmark entity coded with the city's country
 * ("Istanbul Atatürk Airport") with two mentions: the whole phrase and the city's name inside it,
 * which the places stage geocodes. Returns the names with the airport phrases rewritten.
 */
export function findAirports(
  doc: Doc,
  names: readonly NameMention[],
  countries: ReadonlySet<string>,
): NameMention[] {
  const words = airportWords(doc.language ?? 'en');
  if (words.heads.size === 0) return [...names];
  const fold = (k: number) => foldName(doc.tokens[k]?.text ?? '').replace(/’/g, "'");
  const byFirst = new Map(names.map((n) => [n.first, n]));
  const byLast = new Map(names.map((n) => [n.last, n]));
  const consumed = new Set<NameMention>();
  const added: NameMention[] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    if (!words.heads.has(fold(k))) continue;
    const sentence = doc.sentences[doc.tokens[k].sentence];
    let name: NameMention | undefined;
    let first: number;
    let last: number;
    let international = false;
    if (words.nameBefore) {
      // "Baghdad International Airport" (one name) or "Baghdad airport".
      const whole = names.find((n) => n.last === k + 1 && n.last - n.first > 1);
      let j = k;
      if (words.modifiers.has(fold(j - 1))) {
        international = true;
        j--;
      }
      name = whole ?? byLast.get(j);
      if (!name) continue;
      first = name.first;
      last = k + 1;
      if (whole) {
        // The city is the part of the name before the modifier and the head.
        const end = international ? k - 1 : k;
        if (end <= first) continue;
        const cityEnd = doc.tokens[end - 1].end;
        name = { ...whole, last: end, end: cityEnd, text: doc.text.slice(whole.start, cityEnd) };
      }
    } else {
      // "aéroport international de Bamako", "aéroport d'Istanbul-Atatürk".
      let j = k + 1;
      if (words.modifiers.has(fold(j))) {
        international = true;
        j++;
      }
      if (OF.has(fold(j))) j++;
      name = byFirst.get(j);
      if (!name || name.last > sentence.lastToken) continue;
      first = k;
      last = name.last;
    }
    const city = cityOf(name.text, countries);
    if (!city) continue;
    for (const n of names) if (n.first >= first && n.last <= last) consumed.add(n);
    const label = `${name.text.replace(/-/g, ' ')}${international ? ' International' : ''} Airport`;
    added.push({
      first,
      last,
      ...doc.tokenSpan(first, last),
      type: 'LOC',
      source: 'area',
      areaName: label,
      code: city.country,
    });
    // The city part is a second mention of the airport: the places stage geocodes it to the city.
    added.push({
      first: name.first,
      last: name.last,
      start: name.start,
      end: name.end,
      text: name.text,
      type: 'LOC',
      source: 'area',
      areaName: label,
      code: city.country,
    });
  }
  if (added.length === 0) return [...names];
  return [...names.filter((n) => !consumed.has(n)), ...added].sort(
    (a, b) => a.first - b.first || b.last - a.last,
  );
}
