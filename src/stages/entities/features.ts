import type { Doc } from '../../document/doc.ts';
import { isGivenName } from '../../knowledge/actors/index.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import type { EntityLexicon } from './lexicon.ts';
import type { NameMention } from './recognise.ts';

function shape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/g, '$1$1');
}

/** BIO tag the rule-and-knowledge recogniser gives each token, plus its source. */
export function ruleTags(doc: Doc, names: readonly NameMention[]): string[] {
  const tags = doc.tokens.map(() => 'O');
  for (const n of names) {
    if (n.tentative) continue;
    for (let k = n.first; k < n.last; k++) tags[k] = `${k === n.first ? 'B' : 'I'}-${n.type}-${n.source}`;
  }
  return tags;
}

/**
 * Features of token i for the sequence tagger: the word and its neighbours, shape, affixes,
 * knowledge-base and lexicon cues, and the rule recogniser's tag (the model learns when to
 * trust it). Previous predicted tags are added by the decoder.
 */
export function tokenFeatures(doc: Doc, lex: EntityLexicon, rules: readonly string[], i: number): string[] {
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[i].sentence];
  const word = tokens[i].text;
  const lower = word.toLowerCase();
  const at = (k: number) =>
    k >= sentence.firstToken && k < sentence.lastToken
      ? tokens[k].text.toLowerCase()
      : k < sentence.firstToken
        ? '<s>'
        : '</s>';
  const f = [
    'b',
    `w=${lower}`,
    `s=${shape(word)}`,
    `p3=${lower.slice(0, 3)}`,
    `x2=${lower.slice(-2)}`,
    `x3=${lower.slice(-3)}`,
    `x4=${lower.slice(-4)}`,
    `w-1=${at(i - 1)}`,
    `w+1=${at(i + 1)}`,
    `w-2=${at(i - 2)}`,
    `w+2=${at(i + 2)}`,
    `w-1w=${at(i - 1)}|${lower}`,
    `ww+1=${lower}|${at(i + 1)}`,
    `r=${rules[i]}`,
    `r-1=${i > sentence.firstToken ? rules[i - 1] : '<s>'}`,
    `r+1=${i + 1 < sentence.lastToken ? rules[i + 1] : '</s>'}`,
    `rt=${rules[i].split('-').slice(0, 2).join('-')}`,
  ];
  if (i === sentence.firstToken) f.push('first');
  if (lex.commonWords.has(lower)) f.push('common');
  if (isGivenName(word)) f.push('given');
  if (lex.titles.has(foldName(at(i - 1)))) f.push('title-1');
  if (lex.orgWords.has(word)) f.push('orgword');
  if (lex.locWords.has(word)) f.push('locword');
  if (lex.demonyms.has(foldName(word))) f.push('demonym');
  if (lex.countries.has(foldName(word))) f.push('country');
  if (lex.placeCues.has(foldName(at(i - 2))) && /^(de|of|d')$/.test(at(i - 1))) f.push('placecue');
  return f;
}
