import type { Doc } from '../../document/doc.ts';
import type { Sentence, TextSpan, Token } from '../../document/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { CLOSING_PUNCT, OPENING_QUOTE, SENTENCE_FINAL, tokenize } from './tokenizer.ts';

/**
 * Splits the text into paragraphs (line breaks), sentences and tokens.
 * A sentence ends at final punctuation followed by a token that can start a sentence;
 * closing quotes and brackets stay with the sentence they close.
 */
export const segment: Stage = {
  name: 'segment',
  requires: ['language'],
  run(doc: Doc) {
    const lang = doc.language ?? 'en';
    const paragraphRe = /[^\n]+/g;
    let paragraph = 0;
    for (let p = paragraphRe.exec(doc.text); p !== null; p = paragraphRe.exec(doc.text)) {
      const spans = tokenize(p[0], lang, p.index);
      if (spans.length === 0) continue;
      for (const sentence of splitSentences(spans)) {
        addSentence(doc, sentence, paragraph);
      }
      paragraph++;
    }
  },
};

function addSentence(doc: Doc, spans: TextSpan[], paragraph: number): void {
  const index = doc.sentences.length;
  const firstToken = doc.tokens.length;
  for (const span of spans) {
    const token: Token = { ...span, index: doc.tokens.length, sentence: index };
    doc.tokens.push(token);
  }
  const sentence: Sentence = {
    index,
    start: spans[0].start,
    end: spans[spans.length - 1].end,
    firstToken,
    lastToken: doc.tokens.length,
    paragraph,
  };
  doc.sentences.push(sentence);
}

function canStartSentence(token: TextSpan): boolean {
  return (
    /^[\p{Lu}\p{N}]/u.test(token.text) ||
    OPENING_QUOTE.has(token.text) ||
    token.text === '—' ||
    token.text === '-'
  );
}

export function splitSentences(spans: TextSpan[]): TextSpan[][] {
  const sentences: TextSpan[][] = [];
  let current: TextSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const token = spans[i];
    current.push(token);
    if (!SENTENCE_FINAL.has(token.text)) continue;
    // Attach closing punctuation (quotes, brackets) to this sentence.
    let j = i + 1;
    while (j < spans.length && CLOSING_PUNCT.has(spans[j].text) && spans[j].start === spans[j - 1].end) j++;
    while (j < spans.length && (spans[j].text === '»' || spans[j].text === '”')) j++;
    const next = spans[j];
    if (next && !canStartSentence(next)) continue;
    for (let k = i + 1; k < j; k++) current.push(spans[k]);
    i = j - 1;
    sentences.push(current);
    current = [];
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
