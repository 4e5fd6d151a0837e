import type { ActorRef, CodedEvent, Language } from '../../document/types.ts';
import type { SentenceEvent } from './coder.ts';
import { latestEarlier } from './earlier-events.ts';
import type { ActorSlot, CodingSentence } from './match.ts';
import { phraseAt, phraseList } from './phrases.ts';

/*
 * "urged both sides to show restraint", "a appelé les deux pays à la retenue": phrases that stand for the
 * two parties of the latest event between two actors (src/lang/<lang>/events-both-sides.txt). They become
 * two coordinated actor slots, so the event is coded once towards each party.
 */

/** How many sentences back the two parties may have been named. */
const WINDOW = 3;

type Pair = [ActorRef, ActorRef];

function partiesOf(
  source: ActorRef | null | undefined,
  target: ActorRef | null | undefined,
): Pair | undefined {
  if (!source || !target) return undefined;
  const country = (r: ActorRef) => (r.actor ?? r.country ?? '').slice(0, 3);
  if (!country(source) || (country(source) === country(target) && source.actor === target.actor))
    return undefined;
  return [
    { ...source, mention: undefined },
    { ...target, mention: undefined },
  ];
}

/** The parties of the latest two-sided event before token `at`: the sentence's own first, then recent ones. */
function latestParties(
  at: number,
  here: readonly SentenceEvent[],
  recent: readonly { sentence: number; event: CodedEvent }[],
  sentence: number,
): Pair | undefined {
  return latestEarlier(at, here, recent, sentence, WINDOW, (e) => partiesOf(e.source, e.target));
}

/** The sentence with two coordinated slots for each "both sides" phrase whose parties are known. */
export function withBothSides(
  sentence: CodingSentence,
  language: Language,
  here: readonly SentenceEvent[],
  recent: readonly { sentence: number; event: CodedEvent }[],
  index: number,
): CodingSentence {
  const added: ActorSlot[] = [];
  let group = sentence.actors.reduce((m, a) => Math.max(m, a.group), 0) + 1;
  for (let i = 0; i < sentence.forms.length; i++) {
    if (sentence.actors.some((a) => a.first <= i && i < a.end)) continue;
    const length = phraseAt(sentence.forms, i, phraseList(language, 'events-both-sides'));
    if (!length) continue;
    const pair = latestParties(i, here, recent, index);
    if (!pair) continue;
    for (const ref of pair) added.push({ first: i, end: i + length, ref, group });
    group++;
    i += length - 1;
  }
  if (added.length === 0) return sentence;
  return { forms: sentence.forms, actors: [...sentence.actors, ...added].sort((a, b) => a.first - b.first) };
}
