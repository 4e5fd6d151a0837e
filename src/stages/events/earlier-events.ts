import type { ActorRef, CodedEvent } from '../../document/types.ts';
import type { SentenceEvent } from './coder.ts';

/** The parts of an event that discourse phrases ("those responsible", "both sides") look back at. */
export interface EarlierEvent {
  code: string;
  source?: ActorRef;
  target?: ActorRef;
}

/**
 * The first answer `pick` gives for the asserted events before token `at`: this sentence's own, latest
 * first, then those of the last `window` sentences (their actors without this sentence's mention spans).
 */
export function latestEarlier<T>(
  at: number,
  here: readonly SentenceEvent[],
  recent: readonly { sentence: number; event: CodedEvent }[],
  sentence: number,
  window: number,
  pick: (event: EarlierEvent) => T | undefined,
): T | undefined {
  for (const e of [...here].reverse()) {
    if (e.trigger.first >= at || e.negated) continue;
    const found = pick({ code: e.code, source: e.source?.ref, target: e.target?.ref });
    if (found !== undefined) return found;
  }
  const detached = (ref: ActorRef | null) => (ref ? { ...ref, mention: undefined } : undefined);
  for (let i = recent.length - 1; i >= 0; i--) {
    const { event, sentence: s } = recent[i];
    if (sentence - s > window) break;
    if (event.negated) continue;
    const found = pick({ code: event.cameo, source: detached(event.source), target: detached(event.target) });
    if (found !== undefined) return found;
  }
  return undefined;
}
