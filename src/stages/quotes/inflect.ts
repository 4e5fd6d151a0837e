import type { Language } from '../../document/types.ts';

/**
 * Generates the inflected forms of a verb lemma that news prose uses around quotes
 * (present 3rd person, past/participles, imperfect, future, conditional, present participle).
 * Regular morphology only: irregular verbs come from the language's exception table.
 */
export type Inflector = (lemma: string) => string[];

function frenchFirstGroup(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  // -cer/-ger keep their soft consonant before a/o: annonça, exigeant.
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  // -é·er verbs take a grave accent in the present stem: répéter → répète, suggérer → suggère.
  const grave = stem.replace(/é([^aeiouéèêë]+)$/u, 'è$1');
  return [
    lemma,
    `${grave}e`,
    `${grave}es`,
    `${grave}ent`,
    `${stem}é`,
    `${stem}ée`,
    `${stem}és`,
    `${stem}ées`,
    `${soft}ait`,
    `${soft}aient`,
    `${soft}a`,
    `${stem}èrent`,
    `${stem}era`,
    `${grave}era`,
    `${stem}eront`,
    `${stem}erait`,
    `${stem}eraient`,
    `${soft}ant`,
  ];
}

function frenchSecondGroup(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  return [
    lemma,
    `${stem}it`,
    `${stem}issent`,
    `${stem}i`,
    `${stem}ie`,
    `${stem}is`,
    `${stem}ies`,
    `${stem}issait`,
    `${stem}issaient`,
    `${stem}irent`,
    `${stem}ira`,
    `${stem}iront`,
    `${stem}irait`,
    `${stem}iraient`,
    `${stem}issant`,
  ];
}

/** -dre verbs like répondre, défendre, rendre (not -indre/-oudre, which are irregular). */
function frenchDreGroup(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  return [
    lemma,
    stem,
    `${stem}ent`,
    `${stem}u`,
    `${stem}ue`,
    `${stem}us`,
    `${stem}ait`,
    `${stem}aient`,
    `${stem}it`,
    `${stem}irent`,
    `${stem}ra`,
    `${stem}ront`,
    `${stem}rait`,
    `${stem}raient`,
    `${stem}ant`,
  ];
}

/** French: -er verbs (first group), -ir verbs with -iss- (second group) and -dre verbs; others are irregular. */
export const inflectFrench: Inflector = (lemma) => {
  if (lemma.endsWith('er')) return frenchFirstGroup(lemma);
  if (lemma.endsWith('ir')) return frenchSecondGroup(lemma);
  if (lemma.endsWith('dre') && !/(indre|oudre)$/.test(lemma)) return frenchDreGroup(lemma);
  return [lemma];
};

const VOWELS = 'aeiou';

/** A single-syllable consonant-vowel-consonant verb doubles its last consonant: plan → planned. */
function doublesFinalConsonant(lemma: string): boolean {
  const n = lemma.length;
  if (n < 3) return false;
  const [a, b, c] = [lemma[n - 3], lemma[n - 2], lemma[n - 1]];
  const syllables = lemma.match(/[aeiouy]+/g)?.length ?? 0;
  return (
    syllables === 1 && !VOWELS.includes(a) && VOWELS.includes(b) && !VOWELS.includes(c) && !'wxy'.includes(c)
  );
}

/** English: -s, -ed and -ing forms with the usual spelling rules (e-drop, y→ie, consonant doubling). */
export const inflectEnglish: Inflector = (lemma) => {
  const last = lemma[lemma.length - 1];
  const beforeLast = lemma[lemma.length - 2] ?? '';
  const consonantY = last === 'y' && !VOWELS.includes(beforeLast);
  const third = /(s|sh|ch|x|z|o)$/.test(lemma)
    ? `${lemma}es`
    : consonantY
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  let past: string;
  let ing: string;
  if (last === 'e') {
    past = `${lemma}d`;
    ing = /(ee|ye|oe)$/.test(lemma)
      ? `${lemma}ing`
      : lemma.endsWith('ie')
        ? `${lemma.slice(0, -2)}ying`
        : `${lemma.slice(0, -1)}ing`;
  } else if (consonantY) {
    past = `${lemma.slice(0, -1)}ied`;
    ing = `${lemma}ing`;
  } else if (doublesFinalConsonant(lemma)) {
    past = `${lemma}${last}ed`;
    ing = `${lemma}${last}ing`;
  } else {
    past = `${lemma}ed`;
    ing = `${lemma}ing`;
  }
  return [lemma, third, past, ing];
};

export const INFLECTORS: Record<Language, Inflector> = { fr: inflectFrench, en: inflectEnglish };

/** Present participles (-ant, -ing): their subject is the subject of the main clause. */
export const PARTICIPLE_SUFFIX: Record<Language, RegExp> = { fr: /ant$/u, en: /ing$/u };
