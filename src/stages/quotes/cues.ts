import type { Token } from '../../document/types.ts';
import { matchRole, pronounKey } from './candidates.ts';
import { PARTICIPLE_SUFFIX } from './inflect.ts';
import { hasClass, normalise, type QuoteLexicon, type SpeechVerb } from './lexicon.ts';

/** A speech verb (or verbal phrase) found in the token stream. */
export interface SpeechCue {
  /** Token range [first, last) of the verb phrase, auxiliary excluded. */
  first: number;
  last: number;
  lemma: string;
  /** Present participle ("saying", "déplorant"): its subject is the main clause's. */
  participle: boolean;
  /** Index of an inverted clitic subject ("a-t-il déclaré", "dit-elle"), if any. */
  clitic?: number;
}

/** An "according to X" cue: the speaker or source is the noun phrase after it. */
export interface AccordingMatch {
  first: number;
  last: number;
  needsName: boolean;
  origin: boolean;
  opensWithVerb: boolean;
}

function matchVerb(
  tokens: Token[],
  i: number,
  index: Map<string, SpeechVerb[]>,
): { last: number; verb: SpeechVerb } | null {
  const entries = index.get(normalise(tokens[i].text));
  if (!entries) return null;
  let best: { last: number; verb: SpeechVerb } | null = null;
  for (const verb of entries) {
    // Phrase words may be separated from the head by an inverted clitic: "met-il en garde".
    let k = i + 1;
    if (verb.rest.length > 0 && tokens[k]?.text.startsWith('-')) k++;
    if (verb.rest.every((word, n) => tokens[k + n] && normalise(tokens[k + n].text) === word)) {
      const last = verb.rest.length > 0 ? k + verb.rest.length : i + 1;
      if (!best || last > best.last) best = { last, verb };
    }
  }
  return best;
}

/** Finds speech cues among tokens [from, to). */
export function findSpeechCues(
  tokens: Token[],
  from: number,
  to: number,
  lexicon: QuoteLexicon,
  index = lexicon.speechVerbs,
): SpeechCue[] {
  const out: SpeechCue[] = [];
  for (let i = from; i < to; i++) {
    const match = matchVerb(tokens, i, index);
    if (!match) continue;
    const word = normalise(tokens[i].text);
    const participle = PARTICIPLE_SUFFIX[lexicon.language].test(word) && word.length > 5;
    // A passive participle ("sont maintenus", "was told") is not a speech act of its subject;
    // the pronominal "s'est dit" is.
    const before = tokens[i - 1];
    if (
      !participle &&
      before &&
      hasClass(lexicon, before.text, 'passive') &&
      normalise(tokens[i - 2]?.text ?? '') !== "s'"
    )
      continue;
    if (isTitleModifier(tokens, i, match, lexicon)) continue;
    const cue: SpeechCue = {
      first: i,
      last: match.last,
      lemma: match.verb.lemma,
      participle,
    };
    cue.clitic = invertedClitic(tokens, i, lexicon);
    out.push(cue);
    i = match.last - 1;
  }
  return out;
}

/**
 * "Pentagon press secretary Pat Ryder": an uninflected verb form heading a role before a name is part
 * of the title ("said President Xi" keeps its inflected verb).
 */
function isTitleModifier(
  tokens: Token[],
  i: number,
  match: { last: number; verb: SpeechVerb },
  lexicon: QuoteLexicon,
): boolean {
  if (normalise(tokens[i].text) !== normalise(match.verb.lemma.split(/\s+/)[0])) return false;
  const roleEnd = matchRole(tokens, match.last, lexicon);
  if (roleEnd <= match.last) return false;
  return /^\p{Lu}/u.test(tokens[roleEnd]?.text ?? '');
}

/** "dit-il", "a-t-il déclaré", "estime-t-elle": the clitic after the verb or its auxiliary. */
function invertedClitic(tokens: Token[], verb: number, lexicon: QuoteLexicon): number | undefined {
  for (const k of [verb + 1, verb - 1]) {
    const token = tokens[k];
    if (token?.text.startsWith('-') && lexicon.pronouns.has(pronounKey(token))) return k;
  }
  return undefined;
}

/** Finds "selon", "according to", "d'après"... among tokens [from, to). */
export function findAccordingCues(
  tokens: Token[],
  from: number,
  to: number,
  lexicon: QuoteLexicon,
  sentenceStarts: Set<number>,
  cues = lexicon.accordingCues,
): AccordingMatch[] {
  const out: AccordingMatch[] = [];
  for (let i = from; i < to; i++) {
    for (const cue of cues) {
      if (cue.initialOnly && !sentenceStarts.has(i)) continue;
      if (cue.words.every((word, k) => tokens[i + k] && normalise(tokens[i + k].text) === word)) {
        out.push({
          first: i,
          last: i + cue.words.length,
          needsName: cue.needsName,
          origin: cue.origin,
          opensWithVerb: cue.opensWithVerb,
        });
        i += cue.words.length - 1;
        break;
      }
    }
  }
  return out;
}
