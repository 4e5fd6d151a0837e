import type { ActorRef, CodedEvent, Language } from '../../document/types.ts';
import type { SentenceEvent } from './coder.ts';
import { type EarlierEvent, latestEarlier } from './earlier-events.ts';
import type { ActorSlot, CodingSentence } from './match.ts';
import { phraseAt, phraseList } from './phrases.ts';

/*
 * "Those responsible will pay", "ceux impliqués dans cette action paieront": phrases that stand for the
 * author of an act the story has just reported (src/lang/<lang>/events-perpetrators.txt). They become the
 * actor who committed the latest violent act, or whom the latest accusation or criticism was aimed at.
 */

/** Token spans of perpetrator phrases not already inside an actor slot. */
export function perpetratorPhrases(
  sentence: CodingSentence,
  language: Language,
): { first: number; end: number }[] {
  const out: { first: number; end: number }[] = [];
  for (let i = 0; i < sentence.forms.length; i++) {
    if (sentence.actors.some((a) => a.first <= i && i < a.end)) continue;
    const length = phraseAt(sentence.forms, i, phraseList(language, 'events-perpetrators'));
    if (length) out.push({ first: i, end: i + length });
  }
  return out;
}

/** Roots whose source committed an act ("those responsible"): protest turned violent, coercion, assault, fighting. */
const ACT_ROOTS = ['14', '15', '17', '18', '19', '20'];
/** Roots whose target is blamed for an act: disapproval, accusation, criticism. */
const BLAME_ROOTS = ['11'];
/** How many sentences back the act may have been reported. */
const WINDOW = 3;

function culprit(event: EarlierEvent): ActorRef | undefined {
  const root = event.code.slice(0, 2);
  if (ACT_ROOTS.includes(root)) return event.source;
  if (BLAME_ROOTS.includes(root)) return event.target;
  return undefined;
}

/**
 * The actor a perpetrator phrase at `at` stands for: from the sentence's own earlier events first, then
 * from the events of the last few sentences, latest first.
 */
export function perpetrator(
  at: number,
  here: readonly SentenceEvent[],
  recent: readonly { sentence: number; event: CodedEvent }[],
  sentence: number,
): ActorRef | undefined {
  return latestEarlier(at, here, recent, sentence, WINDOW, culprit);
}

/** The sentence with a slot for each resolved perpetrator phrase. */
export function withPerpetrators(
  sentence: CodingSentence,
  spans: readonly { first: number; end: number }[],
  resolve: (at: number) => ActorRef | undefined,
): CodingSentence {
  const next = sentence.actors.reduce((m, a) => Math.max(m, a.group), 0) + 1;
  const added: ActorSlot[] = [];
  for (const span of spans) {
    const ref = resolve(span.first);
    if (ref) added.push({ ...span, ref, group: next + added.length });
  }
  if (added.length === 0) return sentence;
  return { forms: sentence.forms, actors: [...sentence.actors, ...added].sort((a, b) => a.first - b.first) };
}
