import type { ActorRef, CodedEvent } from '../../document/types.ts';

function actorKey(ref: ActorRef | null): string {
  if (!ref) return '-';
  // The actor code, not the entity: "le Kremlin" and "son porte-parole" rejecting the same offer is one event.
  return ref.actor ?? ref.country ?? ref.entity ?? ref.name;
}

/**
 * The same event stated several times (headline, lead, caption) becomes one event: same CAMEO code,
 * same source and target actors, same polarity. The first statement keeps the event's spans; the
 * others are listed in `mentions`.
 */
export function dedupEvents(
  events: readonly CodedEvent[],
  /** Index of the sentence holding a character offset: an untargeted event joins a targeted one there. */
  sentenceOf?: (offset: number) => number | undefined,
): CodedEvent[] {
  const byKey = new Map<string, CodedEvent>();
  const out: CodedEvent[] = [];
  for (const e of events) {
    const key = [e.cameo, actorKey(e.source), actorKey(e.target), e.negated].join('|');
    const first = byKey.get(key);
    if (!first) {
      const copy = { ...e };
      byKey.set(key, copy);
      out.push(copy);
      continue;
    }
    if (first.start === e.start && first.end === e.end) continue;
    first.mentions = [...(first.mentions ?? []), { start: e.start, end: e.end }];
  }
  return sentenceOf ? out.filter((e) => !restatedWithTarget(e, out, sentenceOf)) : out;
}

/**
 * "She asked for support, asking voters to vote": an event with no target that the same sentence states
 * again with one (same code, source and polarity) is that event.
 */
function restatedWithTarget(
  e: CodedEvent,
  all: readonly CodedEvent[],
  sentenceOf: (offset: number) => number | undefined,
): boolean {
  if (e.target) return false;
  const at = sentenceOf(e.start);
  return all.some(
    (o) =>
      o !== e &&
      o.target !== null &&
      o.cameo === e.cameo &&
      o.negated === e.negated &&
      actorKey(o.source) === actorKey(e.source) &&
      at !== undefined &&
      sentenceOf(o.start) === at,
  );
}
