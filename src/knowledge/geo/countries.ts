import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import type { Language } from '../../document/types.ts';

const require = createRequire(import.meta.url);
let registered = false;

function ensureLocales(): void {
  if (registered) return;
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  registered = true;
}

export function alpha2ToAlpha3(alpha2: string): string | undefined {
  return countries.alpha2ToAlpha3(alpha2) || undefined;
}

export function isCountryCode(alpha3: string): boolean {
  return countries.isValid(alpha3);
}

/** All names (official and aliases) of every country in one language, by ISO alpha-3. */
export function countryNames(lang: Language): Map<string, string[]> {
  ensureLocales();
  const out = new Map<string, string[]>();
  const all = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
  for (const [alpha2, names] of Object.entries(all)) {
    const alpha3 = countries.alpha2ToAlpha3(alpha2);
    if (alpha3) out.set(alpha3, names);
  }
  return out;
}

/** The short English name of a country ("Russia", "United States"), from the alias list. */
export function englishShortName(alpha3: string): string | undefined {
  ensureLocales();
  const alpha2 = countries.alpha3ToAlpha2(alpha3);
  if (!alpha2) return undefined;
  return (countries.getName(alpha2, 'en', { select: 'alias' }) as string | undefined) ?? undefined;
}

let qids: Map<string, string> | undefined;

/** Wikidata QID of a country, when the hand-written table knows it. */
export function countryWikidata(alpha3: string): string | undefined {
  qids ??= new Map(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'data/country-wikidata.tsv'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t') as [string, string]),
  );
  return qids.get(alpha3);
}
