import type { StoredEvent } from '../../store/index.ts';
import { runQuery } from '../query.ts';

const who = (name: string | null, code: string | null) => `${name ?? '—'}${code ? ` [${code}]` : ''}`;

const line = (e: StoredEvent) =>
  `${e.date ?? e.published ?? '????-??-??'}  ${e.negated ? 'NOT ' : ''}${e.cameo}${e.plover ? `/${e.plover}` : ''}  ${who(e.source, e.sourceActor)} → ${who(e.target, e.targetActor)}${e.modality && e.modality !== 'asserted' ? ` (${e.modality})` : ''}`;

export function eventsCommand(args: string[]): Promise<number> {
  return runQuery(args, ['actor', 'code'], (store, filter) => store.events(filter), line, 'event');
}
