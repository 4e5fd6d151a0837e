/**
 * Reader for PETRARCH/TABARI verb-pattern dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt).
 *
 * Accepted syntax (dictionaries.rst):
 *   &SYNSET / +member lines        synonym sets; `_` joins words that must be consecutive
 *   --- NAME [code] ---            a verb block; its code is the default for the block's verbs
 *   VERB {IRREGULAR FORMS} [code]  a verb of the block, optionally with its own code
 *   +VERB_PARTICLE / WORD_+VERB    a multi-word verb, `+` marks the inflected word
 *   - before * after [code]        a pattern: words, &synsets, $ source, + target, % compound actor,
 *                                  ^ skipped noun phrase; `_` = adjacent; (PREP NOUN) and {ADJ NOUN}
 *                                  groups (PETRARCH2 syntax) are read as word sequences
 *   ~ a (a b VERB) VERB = a b code transformations (stored, not applied)
 * relata superset (documented in src/knowledge/dictionaries/README.md):
 *   =NOUN {FORMS} [code]           a nominal trigger (a noun that states the event: "visite", "arrest")
 *   @lang xx                       the language of the dictionary (selects the verb-inflection table)
 */

export type ElementType = 'word' | 'synset' | 'source' | 'target' | 'compound' | 'skip' | 'verb';

export interface PatternElement {
  type: ElementType;
  /** Upper-cased word or synset name (without &). */
  value?: string;
  /** Must touch the element before it in the written pattern (joined with `_`). */
  joined: boolean;
}

export interface VerbPattern {
  /** Elements before the verb, in text order. */
  before: PatternElement[];
  /** Elements after the verb, in text order; the first one's `joined` = must touch the verb. */
  after: PatternElement[];
  /** The last element before the verb must touch it (`IN_*`). */
  verbJoined: boolean;
  code: string;
  /** The written pattern, for diagnostics. */
  text: string;
  /** Index of the pattern in its block: earlier patterns win ties, as in PETRARCH. */
  order: number;
}

export interface VerbEntry {
  /** The dictionary form (lemma), upper-case, words joined by spaces. */
  lemma: string;
  /** Code of the isolated verb ('---' = no event). */
  code: string;
  block: string;
  /** Words that must precede / follow the inflected word (multi-word verbs). */
  prefix: string[];
  suffix: string[];
  /** Inflected forms of the verb word given in the dictionary ({...}); more are generated. */
  forms: string[];
  nominal: boolean;
}

export interface VerbBlock {
  name: string;
  code: string;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
}

export interface Transformation {
  text: string;
}

export interface VerbDictionary {
  language?: string;
  synsets: Map<string, string[][]>;
  blocks: VerbBlock[];
  transformations: Transformation[];
}

const CODE_RE = /\[([^\]]*)\]/;

function stripComment(line: string): string {
  if (line.trimStart().startsWith('<!--')) return '';
  const hash = line.indexOf('#');
  return (hash >= 0 ? line.slice(0, hash) : line).replace(/\s+$/, '');
}

/** Upper-cases dictionary text and unifies apostrophes. */
export function normaliseWord(word: string): string {
  return word.replace(/[’`]/g, "'").toUpperCase();
}

/** Regular English-style plurals used by PETRARCH for synset and pattern nouns. */
export function regularPlurals(word: string): string[] {
  if (word.endsWith('Y')) return [`${word.slice(0, -1)}IES`];
  if (word.endsWith('SS')) return [`${word}ES`];
  return [`${word}S`];
}

function parseSynsetMember(text: string): string[] {
  return text
    .split(/[_\s]+/)
    .filter((w) => w.length > 0)
    .map(normaliseWord);
}

/** Splits a pattern (text between `-` and `[code]`) into elements. */
export function parsePatternElements(text: string): PatternElement[] {
  const out: PatternElement[] = [];
  // Groups of PETRARCH2 syntax become plain word sequences.
  const chunks = text
    .replace(/[(){}]/g, ' ')
    .split(/\s+/)
    .filter((c) => c.length > 0);
  for (const chunk of chunks) {
    // Split on `_` but keep `*` and the actor marks as their own elements: IN_AND_*_OUT, FAILED_TO_*.
    const parts = chunk.split('_');
    let first = true;
    for (const part of parts) {
      if (part === '') {
        // Trailing/leading underscore: "no plural" marker in TABARI, or adjacency with an empty part.
        continue;
      }
      const joined = !first;
      first = false;
      out.push(elementFor(part, joined));
    }
  }
  return out;
}

function elementFor(part: string, joined: boolean): PatternElement {
  switch (part) {
    case '*':
      return { type: 'verb', joined };
    case '$':
      return { type: 'source', joined };
    case '+':
      return { type: 'target', joined };
    case '%':
      return { type: 'compound', joined };
    case '^':
      return { type: 'skip', joined };
    default:
      if (part.startsWith('&')) return { type: 'synset', value: normaliseWord(part.slice(1)), joined };
      return { type: 'word', value: normaliseWord(part), joined };
  }
}

/** `[032:033]` stays as written; the coder splits paired codes. */
function readCode(line: string): string | undefined {
  const m = CODE_RE.exec(line);
  return m ? m[1].trim() : undefined;
}

function parseVerbLine(line: string, blockName: string, blockCode: string): VerbEntry | undefined {
  const nominal = line.startsWith('=');
  let body = nominal ? line.slice(1) : line;
  const code = readCode(body) ?? blockCode;
  body = body.replace(CODE_RE, ' ');
  const formsMatch = /\{([^}]*)\}/.exec(body);
  const written = formsMatch ? body.slice(0, formsMatch.index) : body;
  const head = written.trim().split(/\s+/)[0];
  if (!head) return undefined;
  const irregular = formsMatch
    ? formsMatch[1]
        .trim()
        .split(/\s+/)
        .filter((f) => f.length > 0)
    : [];
  const words = head.split('_').filter((w) => w.length > 0);
  let verbIndex = words.findIndex((w) => w.startsWith('+'));
  if (verbIndex < 0) verbIndex = 0;
  const clean = words.map((w) => normaliseWord(w.replace(/^\+/, '')));
  const forms = irregular
    .map((f) => f.split('_').find((w) => w.startsWith('+')) ?? f.split('_')[0])
    .map((f) => normaliseWord(f.replace(/^\+/, '')));
  return {
    lemma: clean.join(' '),
    code,
    block: blockName,
    prefix: clean.slice(0, verbIndex),
    suffix: clean.slice(verbIndex + 1),
    forms: [clean[verbIndex], ...forms],
    nominal,
  };
}

function parsePattern(line: string, order: number): VerbPattern | undefined {
  const code = readCode(line);
  if (code === undefined) return undefined;
  const text = line.slice(1, line.indexOf('[')).trim();
  const elements = parsePatternElements(text);
  const verbAt = elements.findIndex((e) => e.type === 'verb');
  if (verbAt < 0) return undefined;
  return {
    before: elements.slice(0, verbAt),
    after: elements.slice(verbAt + 1),
    verbJoined: elements[verbAt].joined,
    code,
    text,
    order,
  };
}

/** Reads a verb dictionary from its text. */
export function parseVerbDictionary(source: string): VerbDictionary {
  const dict: VerbDictionary = { synsets: new Map(), blocks: [], transformations: [] };
  let synset: string[][] | undefined;
  let block: VerbBlock | undefined;
  for (const raw of source.split(/\r?\n/)) {
    const langMatch = /^@lang\s+(\S+)/.exec(raw.trim());
    if (langMatch) {
      dict.language = langMatch[1];
      continue;
    }
    const line = stripComment(raw).trim();
    if (!line) continue;
    if (line.startsWith('&')) {
      synset = [];
      dict.synsets.set(normaliseWord(line.slice(1).split(/\s+/)[0].replace(/_$/, '')), synset);
      continue;
    }
    if (synset && line.startsWith('+')) {
      const member = line.slice(1).trim();
      if (member.startsWith('&')) synset.push([`&${normaliseWord(member.slice(1).replace(/_$/, ''))}`]);
      else synset.push(parseSynsetMember(member));
      continue;
    }
    synset = undefined;
    if (line.startsWith('---')) {
      const name = line.replace(/-{3}/g, ' ').replace(CODE_RE, ' ').trim();
      block = { name, code: readCode(line) ?? '---', verbs: [], patterns: [] };
      dict.blocks.push(block);
      continue;
    }
    if (line.startsWith('~')) {
      dict.transformations.push({ text: line.slice(1).trim() });
      continue;
    }
    if (!block) continue;
    if (line.startsWith('-')) {
      const pattern = parsePattern(line, block.patterns.length);
      if (pattern) block.patterns.push(pattern);
      continue;
    }
    const verb = parseVerbLine(line, block.name, block.code);
    if (verb) block.verbs.push(verb);
  }
  return dict;
}
