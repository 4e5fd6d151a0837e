import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lemmatizer } from './lemmatizer.ts';
import type { LexicalTable } from './lexical.ts';
import { FormLexicon } from './lexicon.ts';
import { MorphGuesser } from './morph.ts';
import { MwtSplitter, type MwtTable } from './mwt.ts';
import { type ParseResult, Parser } from './parser.ts';
import { Perceptron } from './perceptron.ts';
import { type ModelBundle, readBundle, writeBundle } from './store.ts';
import { Tagger } from './tagger.ts';

/** One syntactic word (UD "word"): a surface token, or one part of a multi-word token. */
export interface WordAnalysis {
  form: string;
  upos: string;
  feats: string;
  lemma: string;
  /** Index of the head word in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  /** Index of the surface token (in the sentence) this word is part of. */
  token: number;
}

export const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../models');

export function modelPath(lang: string): string {
  return join(MODELS_DIR, `${lang}.bin.gz`);
}

interface CoreHeader {
  lang: string;
  /** dictionary: exact form → tag of frequent unambiguous words (Tagger.dictionary); absent in older models. */
  tagger: {
    tags: string[];
    bits: number;
    dictionary?: Record<string, string>;
    /** Ambiguity classes: form → the tags it may take, space-separated (Tagger.candidates). */
    candidates?: Record<string, string>;
  };
  parser: {
    tags: string[];
    labels: string[];
    actionBits: number;
    labelBits: number;
    rootAtEnd?: boolean;
    /** The parser reads the external lexicon's word classes. */
    lexicon?: boolean;
    /** Parser.featureVersion; absent in older models (1). */
    featureVersion?: number;
    /** Relations allowed per (direction, dependent tag, head tag) (Parser.setLabelCandidates). */
    labelCandidates?: number[][];
  };
  mwt: MwtTable & { bits: number };
  lemmas: LexicalTable;
  feats: LexicalTable;
  /** Serialised external full-form lexicon (FormLexicon), when the language has one. */
  lexicon?: string;
  trainedOn: string[];
}

/** The trained linguistic core of one language: multi-word splitting, tagging, lemmas, features, parsing. */
export class LanguageCore {
  readonly lang: string;
  readonly tagger: Tagger;
  readonly parser: Parser;
  readonly mwt: MwtSplitter;
  readonly lemmatizer: Lemmatizer;
  readonly morph: MorphGuesser;
  private readonly header: CoreHeader;
  /** tagger tag id → parser tag id */
  private readonly tagMap: Int32Array;

  constructor(header: CoreHeader, parts: { tagger: Tagger; parser: Parser; mwt: MwtSplitter }) {
    this.header = header;
    this.lang = header.lang;
    this.tagger = parts.tagger;
    this.parser = parts.parser;
    this.mwt = parts.mwt;
    this.lemmatizer = new Lemmatizer(header.lemmas, this.tagger.lexicon);
    this.morph = new MorphGuesser(header.feats);
    this.tagMap = Int32Array.from(this.tagger.tags, (t) => Math.max(0, this.parser.tags.indexOf(t)));
  }

  /** Analyses one sentence given as surface tokens. */
  analyseTokens(tokens: readonly string[]): WordAnalysis[] {
    const { words, owner } = this.mwt.expand(tokens);
    return this.analyseWords(words, owner);
  }

  /** Analyses one sentence given as syntactic words (gold tokenisation). */
  analyseWords(words: readonly string[], owner?: readonly number[]): WordAnalysis[] {
    const n = words.length;
    if (n === 0) return [];
    const tagIds = this.tag(words);
    const parse = this.parse(words, tagIds);
    const out: WordAnalysis[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const upos = this.tagger.upos[tagIds[i]];
      const form = words[i];
      const lower = form.toLowerCase();
      out[i] = {
        form,
        upos,
        feats: this.morph.feats(form, upos, lower),
        lemma: this.lemmatizer.lemma(form, upos, lower),
        head: parse.heads[i],
        deprel: this.parser.labels[parse.labels[i]],
        token: owner ? owner[i] : i,
      };
    }
    return out;
  }

  /** Part-of-speech tag ids (into `tagger.tags`) of a sentence of words. Timed apart by the benchmark. */
  tag(words: readonly string[]): Int32Array {
    return this.tagger.tag(words);
  }

  /** Dependency parse of a tagged sentence of words. Timed apart by the benchmark. */
  parse(words: readonly string[], tagIds: Int32Array): ParseResult {
    const parserTags = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) parserTags[i] = this.tagMap[tagIds[i]];
    const sameLexicon = this.parser.lexicon === null || this.parser.lexicon === this.tagger.lexicon;
    const hashes = sameLexicon ? this.tagger.hashesOf(words) : null;
    return this.parser.parse({ forms: words, tags: parserTags, hashes });
  }

  save(path = modelPath(this.lang)): number {
    const bundle: ModelBundle = {
      header: {
        ...this.header,
        tagger: {
          ...this.header.tagger,
          dictionary: this.tagger.dictionaryTable(),
          candidates: this.tagger.candidateTable(),
        },
      },
      arrays: {
        tagger: this.tagger.model.weights,
        actions: this.parser.actions.weights,
        labels: this.parser.labeller.weights,
        mwt: this.mwt.model.weights,
      },
    };
    return writeBundle(path, bundle);
  }

  static fromParts(
    header: Omit<CoreHeader, 'tagger' | 'parser' | 'mwt'>,
    parts: { tagger: Tagger; parser: Parser; mwt: MwtSplitter; mwtTable: MwtTable },
  ): LanguageCore {
    const full: CoreHeader = {
      ...header,
      tagger: {
        tags: [...parts.tagger.tags],
        bits: parts.tagger.model.bits,
        dictionary: parts.tagger.dictionaryTable(),
        candidates: parts.tagger.candidateTable(),
      },
      parser: {
        tags: [...parts.parser.tags],
        labels: [...parts.parser.labels],
        actionBits: parts.parser.actions.bits,
        labelBits: parts.parser.labeller.bits,
        rootAtEnd: parts.parser.rootAtEnd,
        lexicon: parts.parser.lexicon !== null,
        labelCandidates: parts.parser.labelCandidateTable(),
        featureVersion: parts.parser.featureVersion,
      },
      mwt: { ...parts.mwtTable, bits: parts.mwt.model.bits },
    };
    return new LanguageCore(full, parts);
  }

  static load(path: string): LanguageCore {
    const { header: raw, arrays } = readBundle(path);
    const header = raw as unknown as CoreHeader;
    const lexicon = header.lexicon ? FormLexicon.parse(header.lexicon) : null;
    const tagger = new Tagger(
      header.tagger.tags,
      new Perceptron(header.tagger.tags.length, header.tagger.bits, arrays.tagger),
      lexicon,
    );
    if (header.tagger.dictionary) tagger.setDictionary(header.tagger.dictionary);
    if (header.tagger.candidates) tagger.setCandidates(header.tagger.candidates);
    const parser = new Parser(
      header.parser.tags,
      header.parser.labels,
      new Perceptron(4, header.parser.actionBits, arrays.actions),
      new Perceptron(header.parser.labels.length, header.parser.labelBits, arrays.labels),
      {
        rootAtEnd: header.parser.rootAtEnd ?? false,
        lexicon: header.parser.lexicon ? lexicon : null,
        featureVersion: header.parser.featureVersion ?? 1,
      },
    );
    if (header.parser.labelCandidates) parser.setLabelCandidates(header.parser.labelCandidates);
    const mwt = new MwtSplitter(header.mwt, new Perceptron(2, header.mwt.bits, arrays.mwt));
    return new LanguageCore(header, { tagger, parser, mwt });
  }
}

const loaded = new Map<string, LanguageCore | null>();

/** The committed model for a language, loaded once per process; null when no model file exists. */
export function coreFor(lang: string): LanguageCore | null {
  if (!loaded.has(lang)) {
    const path = modelPath(lang);
    loaded.set(lang, existsSync(path) ? LanguageCore.load(path) : null);
  }
  return loaded.get(lang) ?? null;
}
