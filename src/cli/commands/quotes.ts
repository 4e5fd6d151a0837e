import type { StoredQuote } from '../../store/index.ts';
import { runQuery } from '../query.ts';

const line = (q: StoredQuote) =>
  `${q.published ?? '????-??-??'}  ${q.speaker ?? '(unattributed)'}${q.speakerActor ? ` [${q.speakerActor}]` : ''} — ${q.kind}: « ${q.text} »`;

export function quotesCommand(args: string[]): Promise<number> {
  return runQuery(args, ['speaker'], (store, filter) => store.quotes(filter), line, 'quote');
}
