import type { Doc } from '../../document/doc.ts';
import { actorKB, isGivenName } from '../../knowledge/actors/index.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { gazetteer } from '../../knowledge/geo/index.ts';
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
  f.push(`s-1=${i > sentence.firstToken ? shape(tokens[i - 1].text) : '<s>'}`);
  f.push(`s+1=${i + 1 < sentence.lastToken ? shape(tokens[i + 1].text) : '</s>'}`);
  f.push(`x3-1=${at(i - 1).slice(-3)}`);
  f.push(`p3+1=${at(i + 1).slice(0, 3)}`);
  f.push(...runFeatures(doc, lex, i));
  if (/^\p{Lu}/u.test(word)) {
    const kbTypes = actorKB().typesOfWord(word);
    if (kbTypes) f.push(`kbw=${kbTypes}`);
    const places = gazetteer().candidates(word);
    if (places.length > 0) f.push(`geo=${places[0].population >= 100_000 ? 'big' : 'small'}`);
  }
  const usage = documentUsage(doc);
  if (/^\p{Lu}/u.test(word)) {
    if (usage.lowerCase.has(lower)) f.push('lc-seen');
    if (usage.capitalisedInside.has(word)) f.push('cap-inside');
  }
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

const RUN_CONNECTOR = /^(de|du|des|d'|d’|of|the|and|et|la|le|l'|l’|von|van|der|y|da|do|dos|al|el|&)$/i;

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Where token i sits in its run of capitalised words joined by connectors ("Flyers de Philadelphie",
 * "Tampa Bay Lightning"): the run's head words and cues let the tagger type whole names.
 */
function runFeatures(doc: Doc, lex: EntityLexicon, i: number): string[] {
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[i].sentence];
  const inRun = (k: number) =>
    capitalised(tokens[k].text) ||
    (RUN_CONNECTOR.test(tokens[k].text) &&
      k > sentence.firstToken &&
      k + 1 < sentence.lastToken &&
      capitalised(tokens[k - 1].text) &&
      (capitalised(tokens[k + 1].text) ||
        (k + 2 < sentence.lastToken &&
          RUN_CONNECTOR.test(tokens[k + 1].text) &&
          capitalised(tokens[k + 2].text))));
  if (!inRun(i)) return [];
  let a = i;
  while (a > sentence.firstToken && inRun(a - 1)) a--;
  let b = i + 1;
  while (b < sentence.lastToken && inRun(b)) b++;
  const words = tokens.slice(a, b).map((t) => t.text);
  const out = [
    `rl=${Math.min(b - a, 4)}`,
    `rp=${i === a ? 'B' : i === b - 1 ? 'E' : 'I'}`,
    `rh=${words[0].toLowerCase()}`,
    `re=${words[words.length - 1].toLowerCase()}`,
    `rsx=${words[0].toLowerCase().slice(-2)}`,
  ];
  if (words.some((w) => RUN_CONNECTOR.test(w))) out.push('rconn');
  if (words.some((w) => lex.orgWords.has(w))) out.push('rorg');
  if (words.some((w) => lex.locWords.has(w))) out.push('rloc');
  if (isGivenName(words[0])) out.push('rgiven');
  if (a === sentence.firstToken) out.push('rfirst');
  if (lex.titles.has(foldName(a > sentence.firstToken ? tokens[a - 1].text : ''))) out.push('rtitle');
  return out;
}

interface DocumentUsage {
  /** Words written in lower case somewhere in the document. */
  lowerCase: Set<string>;
  /** Capitalised words seen inside a sentence, not just opening one. */
  capitalisedInside: Set<string>;
}

const usageCache = new WeakMap<Doc, DocumentUsage>();

/** How the document writes its words elsewhere: a capitalised word also written in lower case is rarely a name. */
function documentUsage(doc: Doc): DocumentUsage {
  let usage = usageCache.get(doc);
  if (!usage) {
    usage = { lowerCase: new Set(), capitalisedInside: new Set() };
    for (const t of doc.tokens) {
      if (/^\p{Ll}/u.test(t.text)) usage.lowerCase.add(t.text);
      else if (
        /^\p{Lu}/u.test(t.text) &&
        t.index > doc.sentences[t.sentence].firstToken &&
        !/^[«“"(]$/.test(doc.tokens[t.index - 1].text)
      )
        usage.capitalisedInside.add(t.text);
    }
    usageCache.set(doc, usage);
  }
  return usage;
}
