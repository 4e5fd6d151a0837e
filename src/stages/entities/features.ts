import type { Doc } from '../../document/doc.ts';
import { actorKB, isGivenName } from '../../knowledge/actors/index.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { gazetteer } from '../../knowledge/geo/index.ts';
import { set } from '../../lang/index.ts';
import { coreFor } from '../../models/core.ts';
import { wordClasses } from './clusters.ts';
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
  f.push(...acronymFeatures(doc, i));
  // The word's distributional class and its coarse class (neighbours' classes measured worse on DEV).
  const wordClass = wordClasses(doc.language ?? 'en').get(lower) ?? '?';
  f.push(`c=${wordClass}`, `cc=${wordClass.split('/')[0]}`);
  if (capitalised(word)) for (const cue of wordCues(doc, lex).get(word) ?? []) f.push(`d=${cue}`);
  const pos = partsOfSpeech(doc);
  const posAt = (k: number) =>
    k >= sentence.firstToken && k < sentence.lastToken ? pos[k] : k < sentence.firstToken ? '<s>' : '</s>';
  f.push(`u=${pos[i]}`, `u-1=${posAt(i - 1)}`, `u+1=${posAt(i + 1)}`, `u-1u=${posAt(i - 1)}|${pos[i]}`);
  f.push(`uu+1=${pos[i]}|${posAt(i + 1)}`);
  const cues = documentCues(doc);
  if (cues.gazetteer[i]) f.push(`gz=${cues.gazetteer[i]}`, `gzw=${cues.gazetteer[i]}|${lower}`);
  if (cues.quoted[i]) f.push(`q=${cues.quoted[i]}`, `q=${cues.quoted[i]}|${shape(word).slice(0, 1)}`);
  if (/^\p{Lu}/u.test(word)) {
    const classes = lexiconClasses(doc.language ?? 'en', lower);
    if (classes !== undefined) f.push(`lx=${classes}`);
  }
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
  if (/^\p{Ll}/u.test(word) && i + 1 < sentence.lastToken && capitalised(tokens[i + 1].text))
    f.push(`w+cap=${lower}`);
  if (i === sentence.firstToken) f.push('first');
  if (lex.commonWords.has(lower)) f.push('common');
  if (isGivenName(word)) f.push('given');
  if (lex.titles.has(foldName(at(i - 1)))) f.push('title-1');
  if (lex.orgWords.has(word)) f.push('orgword');
  if (lex.locWords.has(word)) f.push('locword');
  if (lex.demonyms.has(foldName(word))) f.push('demonym');
  if (lex.countries.has(foldName(word))) f.push('country');
  const heads = headNouns(lex);
  if (heads.loc.has(at(i - 1))) f.push('lochead-1');
  if (heads.org.has(at(i - 1))) f.push('orghead-1');
  if (heads.loc.has(lower) && i + 1 < sentence.lastToken && capitalised(tokens[i + 1].text))
    f.push('lochead+name');
  if (lex.placeCues.has(foldName(at(i - 1)))) f.push('placecue-1');
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
  // The words framing the run ("la bataille de X", "le film X", "X , ville de") type it as a whole.
  const before = (k: number) => (k >= sentence.firstToken ? tokens[k].text.toLowerCase() : '<s>');
  out.push(`rb-1=${before(a - 1)}`, `ra+1=${b < sentence.lastToken ? tokens[b].text.toLowerCase() : '</s>'}`);
  if (RUN_CONNECTOR.test(before(a - 1))) out.push(`rb-2=${before(a - 2)}|${before(a - 1)}`);
  if (words.some((w) => RUN_CONNECTOR.test(w))) out.push('rconn');
  if (words.some((w) => lex.orgWords.has(w))) out.push('rorg');
  const heads = set(doc.language ?? 'en', 'ner-org-heads', true);
  const headAt = words.findIndex((w) => capitalised(w) && heads.has(w.toLowerCase()));
  if (headAt >= 0) out.push(`roh=${headAt === 0 ? 'B' : headAt === words.length - 1 ? 'E' : 'I'}`);
  const acronym = acronymAfter(tokens, b, sentence.lastToken);
  if (acronym) out.push(`racr=${initialsMatch(words, acronym) ? 'm' : 'x'}`);
  if (words.some((w) => lex.locWords.has(w))) out.push('rloc');
  if (isGivenName(words[0])) out.push('rgiven');
  if (a === sentence.firstToken) out.push('rfirst');
  if (lex.titles.has(foldName(a > sentence.firstToken ? tokens[a - 1].text : ''))) out.push('rtitle');
  return out;
}

/** The all-capitals word in "( ACR )" right after token `b` ("Organisation des Nations unies ( ONU )"). */
function acronymAfter(tokens: Doc['tokens'], b: number, end: number): string | undefined {
  if (b + 2 >= end || tokens[b].text !== '(' || tokens[b + 2].text !== ')') return undefined;
  const word = tokens[b + 1].text;
  return /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(word) ? word : undefined;
}

/** Whether an acronym's letters are the name's capitalised initials, in order (connectors may be skipped or kept). */
function initialsMatch(words: readonly string[], acronym: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const all = words
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w[0].toUpperCase())
    .join('');
  const capitals = words
    .filter((w) => capitalised(w))
    .map((w) => w[0])
    .join('');
  return letters.length > 1 && (letters === capitals || letters === all || capitals.startsWith(letters));
}

/** "( ACR )" after a capitalised run: the acronym names what the run names. */
function acronymFeatures(doc: Doc, i: number): string[] {
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[i].sentence];
  if (i - 2 < sentence.firstToken || tokens[i - 1].text !== '(' || !capitalised(tokens[i - 2].text))
    return [];
  if (acronymAfter(tokens, i - 1, sentence.lastToken) !== tokens[i].text) return [];
  let a = i - 2;
  while (
    a > sentence.firstToken &&
    (capitalised(tokens[a - 1].text) || RUN_CONNECTOR.test(tokens[a - 1].text))
  )
    a--;
  const words = tokens.slice(a, i - 1).map((t) => t.text);
  return [`acr=${initialsMatch(words, tokens[i].text) ? 'm' : 'x'}`, `acr-h=${words[0].toLowerCase()}`];
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

const posCache = new WeakMap<Doc, string[]>();

/**
 * Universal part of speech of every token: the syntax stage's when it ran, else the core tagger's
 * (a multi-word token takes its first word's tag). A proper-noun tag carries what the tagger learnt
 * from its much larger treebank.
 */
function partsOfSpeech(doc: Doc): string[] {
  let pos = posCache.get(doc);
  if (pos) return pos;
  pos = doc.tokens.map((t) => t.upos ?? '');
  const core = doc.language ? coreFor(doc.language) : null;
  if (core && doc.tokens.some((t) => t.upos === undefined)) {
    for (const s of doc.sentences) {
      const tokens = doc.tokens.slice(s.firstToken, s.lastToken).map((t) => t.text);
      const { words, owner } = core.mwt.expand(tokens);
      const tags = core.tag(words);
      for (let w = words.length - 1; w >= 0; w--) pos[s.firstToken + owner[w]] = core.tagger.upos[tags[w]];
    }
  }
  posCache.set(doc, pos);
  return pos;
}

/** Open word classes the core's full-form lexicon gives a lower-cased form ("NOUN+ADJ"), undefined without a lexicon. */
function lexiconClasses(lang: string, lower: string): string | undefined {
  const lexicon = coreFor(lang)?.tagger.lexicon;
  if (!lexicon) return undefined;
  return String(lexicon.classes(lower));
}

interface DocumentCues {
  /** Position in the longest raw gazetteer match (GeoNames place or actor name) covering the token, e.g. "B-LOC". */
  gazetteer: (string | undefined)[];
  /** Position in a short quoted phrase ("B", "I"), with "w" when a work noun introduces it (le film « … »). */
  quoted: (string | undefined)[];
}

const cuesCache = new WeakMap<Doc, DocumentCues>();
const GAZETTEER_WORDS = 4;
const ELIDED_SPACE = /(\b\p{L}['’]) /gu;
const QUOTED_WORDS = 8;
const OPENING_QUOTE = /^["«“]$/;
const CLOSING_QUOTE = /^["»”]$/;

/**
 * Knowledge matches over token n-grams, unfiltered (the rule recogniser only keeps the trustworthy
 * ones): the model learns how far to trust a place or actor name in each context.
 */
function documentCues(doc: Doc): DocumentCues {
  let cues = cuesCache.get(doc);
  if (cues) return cues;
  const tokens = doc.tokens;
  cues = { gazetteer: tokens.map(() => undefined), quoted: tokens.map(() => undefined) };
  const workNouns = set(doc.language ?? 'en', 'ner-work-nouns', true);
  const geo = gazetteer();
  const kb = actorKB();
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.lastToken; i++) {
      if (!capitalised(tokens[i].text) || cues.gazetteer[i]) continue;
      for (let last = Math.min(s.lastToken, i + GAZETTEER_WORDS); last > i; last--) {
        if (!capitalised(tokens[last - 1].text)) continue;
        // Elided articles join the next word as in the dictionaries: "Côte d'Ivoire", not "Côte d' Ivoire".
        const text = tokens
          .slice(i, last)
          .map((t) => t.text)
          .join(' ')
          .replace(ELIDED_SPACE, '$1');
        const type = kb.best(text)?.type ?? (geo.candidates(text).length > 0 ? 'LOC' : undefined);
        if (!type) continue;
        for (let k = i; k < last; k++) cues.gazetteer[k] = `${k === i ? 'B' : 'I'}-${type}`;
        break;
      }
    }
    let open = -1;
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const text = tokens[i].text;
      if (open >= 0 && (CLOSING_QUOTE.test(text) || i - open > QUOTED_WORDS)) {
        const introduced = [open - 1, open - 2].some(
          (k) => k >= s.firstToken && workNouns.has(tokens[k].text.toLowerCase()),
        );
        if (i - open <= QUOTED_WORDS)
          for (let k = open + 1; k < i; k++)
            cues.quoted[k] = `${k === open + 1 ? 'B' : 'I'}${introduced ? 'w' : ''}`;
        open = -1;
      } else if (OPENING_QUOTE.test(text)) open = i;
    }
  }
  cuesCache.set(doc, cues);
  return cues;
}

const wordCuesCache = new WeakMap<Doc, Map<string, Set<string>>>();
const CARRIED_RUN_CUES = new Set(['rgiven', 'rtitle', 'rorg', 'rloc', 'roh=B', 'roh=E', 'racr=m']);

/**
 * What the document says about a capitalised word across all its occurrences (a surname after a
 * given name or a title, a word inside an organisation or place name, a gazetteer type): every
 * occurrence shares it, so "Beauford" alone is typed like "Carter Beauford".
 */
function wordCues(doc: Doc, lex: EntityLexicon): Map<string, Set<string>> {
  let cues = wordCuesCache.get(doc);
  if (cues) return cues;
  cues = new Map();
  const gz = documentCues(doc).gazetteer;
  for (const t of doc.tokens) {
    if (!capitalised(t.text)) continue;
    const set = cues.get(t.text) ?? new Set<string>();
    cues.set(t.text, set);
    const run = runFeatures(doc, lex, t.index);
    for (const cue of run) {
      if (!CARRIED_RUN_CUES.has(cue)) continue;
      // A given name starts the run: the cue is about the words after it.
      if (cue === 'rgiven' && run.includes('rp=B')) continue;
      set.add(cue);
    }
    const type = gz[t.index];
    if (type) set.add(`gz${type.slice(1)}`);
    if (acronymFeatures(doc, t.index).includes('acr=m')) set.add('acr=m');
  }
  wordCuesCache.set(doc, cues);
  return cues;
}

const headCache = new WeakMap<EntityLexicon, { loc: Set<string>; org: Set<string> }>();

/** The lexicon's place and organisation head words in lower case ("mer", "îles", "ministère"): "la mer Égée". */
function headNouns(lex: EntityLexicon): { loc: Set<string>; org: Set<string> } {
  let heads = headCache.get(lex);
  if (!heads) {
    heads = {
      loc: new Set([...lex.locWords].map((w) => w.toLowerCase())),
      org: new Set([...lex.orgWords].map((w) => w.toLowerCase())),
    };
    headCache.set(lex, heads);
  }
  return heads;
}
