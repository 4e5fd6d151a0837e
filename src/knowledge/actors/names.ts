import type { EntityType } from '../../document/types.ts';
import type { ActorRecord } from '../petrarch/actors.ts';

const folded = new Map<string, string>();
const FOLD_CACHE_SIZE = 200_000;

/** Lower-cases, removes diacritics and unifies apostrophes, hyphens and spaces, for name lookup. */
export function foldName(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = fold(text);
    // Names and words repeat across documents; a bounded memo keeps lookups cheap.
    if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
    folded.set(text, out);
  }
  return out;
}

function fold(text: string): string {
  if (/^[a-z0-9 ]*$/.test(text)) return text.replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ`´]/g, "'")
    .replace(/ı/g, 'i')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[‐‑–—-]/g, ' ')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const LOWER_PARTICLES = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'al',
  'bin',
  'van',
  'von',
  'der',
  'in',
  'on',
]);

/** "VLADIMIR PUTIN" → "Vladimir Putin"; keeps short all-consonant acronyms upper case. */
export function titleCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(' ')
    .map((word, i) => {
      if (i > 0 && LOWER_PARTICLES.has(word)) return word;
      // "US SECRETARY OF STATE": the pronoun "us" never opens a name, the country does.
      if (i === 0 && word === 'us' && phrase.includes(' ')) return 'US';
      if (/^[^aeiouy]{2,5}$/.test(word) && /^[a-z]+$/.test(word)) return word.toUpperCase();
      return word.replace(/(^|[-'(])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

const ORG_WORDS =
  /\b(ORGANI[SZ]ATION|COUNCIL|UNION|PARTY|ARMY|FRONT|MINISTRY|DEPARTMENT|ASSOCIATION|INTERNATIONAL|COMMITTEE|AGENCY|BANK|FORCES?|BRIGADES?|MOVEMENT|GROUP|COMMISSION|COURT|FUND|INSTITUTE|FOUNDATION|CENTRE|CENTER|NETWORK|SOCIETY|LEAGUE|ALLIANCE|CORPS|NATIONS|PROGRAMME|PROGRAM|OFFICE|ASSEMBLY|CONGRESS|PARLIAMENT|GOVERNMENT|POLICE|SERVICE|AUTHORITY|COALITION|FEDERATION|BUREAU|TRIBUNAL|CHURCH|COMPANY|CORPORATION|NEWS|TIMES|PRESS|RADIO|TELEVISION|WATCH)\b/;

/** Phoenix records carry no entity type: persons are dated roles, organisations carry org words. */
export function guessActorType(record: ActorRecord): EntityType {
  const words = record.primary.split(' ');
  if (ORG_WORDS.test(record.primary)) return 'ORG';
  const dated = record.codes.some((c) => c.from !== undefined || c.to !== undefined);
  const personSource = /CountryInfo|rulers|leaders/i.test(record.comment ?? '');
  if ((dated || personSource) && words.length >= 2 && words.length <= 5) return 'PER';
  if (/^(IGO|NGO|IMG|MED|BUS)/.test(record.codes[0]?.code ?? '') || words.length === 1) return 'ORG';
  return words.length <= 4 && dated ? 'PER' : 'ORG';
}
