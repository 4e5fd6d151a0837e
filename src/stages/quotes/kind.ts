import type { Doc } from '../../document/doc.ts';
import type { QuoteKind } from '../../document/types.ts';
import type { QuoteTokens } from './attribution.ts';
import type { SpeechCue } from './cues.ts';
import { hasClass, normalise, type QuoteLexicon } from './lexicon.ts';

/**
 * Direct quotes are whole statements: they start a sentence, follow a colon, comma or "que/that",
 * span several sentences, or follow a speech verb at clause length. Everything else embedded in the
 * sentence ("a appelé à une « trêve »") is partial.
 */
export function quoteKind(doc: Doc, quote: QuoteTokens, cues: SpeechCue[], lexicon: QuoteLexicon): QuoteKind {
  const tokens = doc.tokens;
  const text = doc.text.slice(quote.span.start, quote.span.end);
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (/[.!?…]\s+[\p{Lu}«“"]/u.test(text)) return 'direct';
  const before = tokens[quote.open - 1];
  const sentence = doc.sentences[tokens[quote.open].sentence];
  if (!before || sentence.firstToken === quote.open) return 'direct';
  if (before.text === ':' || before.text === ',') return 'direct';
  if (hasClass(lexicon, before.text, 'sub') && words.length >= 3) return 'direct';
  const first = tokens[quote.open + 1];
  if (first && hasClass(lexicon, first.text, 'sub') && words.length >= 4) return 'direct';
  const verbBefore = cues.some((c) => c.last === quote.open);
  if (verbBefore && words.length >= 6) return 'direct';
  if (
    first &&
    /^\p{Lu}/u.test(first.text) &&
    words.length >= 4 &&
    !lexicon.notNames.has(normalise(first.text))
  )
    return 'direct';
  return 'partial';
}

/** "l'émission « Les nuits de la pleine lune »", "an operation dubbed "Shield"": a title announced by its noun. */
export function followsTitleCue(
  doc: Doc,
  quote: QuoteTokens,
  titleCues: Set<string>,
  lexicon: QuoteLexicon,
): boolean {
  const tokens = doc.tokens;
  let k = quote.open - 1;
  if (k >= 0 && titleCues.has(normalise(tokens[k].text))) return true;
  // "la loi sur la « transparence… »", "a law on "foreign agents"": the noun, a preposition, a determiner.
  while (k >= 0 && hasClass(lexicon, tokens[k].text, 'det')) k--;
  if (k < 1 || !hasClass(lexicon, tokens[k].text, 'prep')) return false;
  if (hasClass(lexicon, tokens[k].text, 'gen')) return false;
  return titleCues.has(normalise(tokens[k - 1].text));
}

/** Short title-case quotations ("« Stop Soros »") name a law, work or nickname: they are not speech. */
export function isTitle(quoted: string): boolean {
  // American punctuation keeps the sentence's comma inside the marks: “Childhood Under Fire,”.
  const text = quoted.replace(/[,;]$/, '');
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 6) return words.length === 0;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  return /^\p{Lu}/u.test(words[0]) && capitalised.length >= 0.6 * words.length && !/[.,;:!?]/.test(text);
}
