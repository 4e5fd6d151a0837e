import type { Doc } from '../../document/doc.ts';
import type { Token } from '../../document/types.ts';
import { coreFor, type WordAnalysis } from '../../models/core.ts';
import type { Stage } from '../../pipeline/stage.ts';

/**
 * Syntax stage: part of speech, morphological features, lemma and dependency head/relation for
 * every token, from the trained core in models/<lang>.bin.gz.
 *
 * The parser works on UD syntactic words; Doc.tokens stay surface tokens. A contracted token
 * (du = de + le, auxquels = à + lesquels) carries the analysis of its *representative* word: the
 * first of its words whose head lies outside the token (du → "de", case; auxquels → "lesquels").
 * Its head is the surface token holding that word's head. The full word-level analysis is kept
 * by `wordsOf(doc)`.
 */
export interface SyntaxWord extends WordAnalysis {
  /** Index into Doc.tokens of the surface token holding this word. */
  tokenIndex: number;
  /** Index into the document's word list of the head word, -1 for a root. */
  headWord: number;
}

const wordsByDoc = new WeakMap<Doc, SyntaxWord[]>();

/** The word-level analysis of a document (multi-word tokens expanded), in text order. */
export function wordsOf(doc: Doc): readonly SyntaxWord[] {
  return wordsByDoc.get(doc) ?? [];
}

export const syntax: Stage = {
  name: 'syntax',
  requires: ['segment'],
  run(doc: Doc) {
    const core = doc.language ? coreFor(doc.language) : null;
    if (!core) return;
    const all: SyntaxWord[] = [];
    for (const sentence of doc.sentences) {
      const tokens = doc.tokens.slice(sentence.firstToken, sentence.lastToken);
      const words = core.analyseTokens(tokens.map((t) => t.text));
      const firstWord = all.length;
      for (const w of words) {
        // An object literal of fixed shape: V8 builds it much faster than a spread copy.
        all.push({
          form: w.form,
          upos: w.upos,
          feats: w.feats,
          lemma: w.lemma,
          head: w.head,
          deprel: w.deprel,
          token: w.token,
          tokenIndex: sentence.firstToken + w.token,
          headWord: w.head < 0 ? -1 : firstWord + w.head,
        });
      }
      annotateTokens(tokens, words, sentence.firstToken);
    }
    wordsByDoc.set(doc, all);
  },
};

function annotateTokens(tokens: Token[], words: WordAnalysis[], offset: number): void {
  let w = 0;
  for (let t = 0; t < tokens.length; t++) {
    const first = w;
    while (w < words.length && words[w].token === t) w++;
    if (w === first) continue;
    let rep = first;
    for (let i = first; i < w; i++) {
      const head = words[i].head;
      if (head < first || head >= w) {
        rep = i;
        break;
      }
    }
    const word = words[rep];
    const token = tokens[t];
    token.upos = word.upos;
    token.feats = word.feats;
    token.lemma = word.lemma;
    token.deprel = word.deprel;
    token.head = word.head < 0 ? -1 : offset + words[word.head].token;
  }
}
