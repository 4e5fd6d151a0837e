import type { Token } from '../../document/types.ts';
import type { ActorSlot, CodingSentence } from './match.ts';

/**
 * Talks (CAMEO 040 consult, 041 discuss by telephone, 046 negotiate) are held between parties: "called
 * Moscow's move a cynical blow" names no call to Moscow. Visits keep an owner: "visited Iran's capital"
 * is a visit to Iran.
 */
const PARTY_CODES = ['040', '041', '046'];

/**
 * True when the party is, in the parse (UD `nmod:poss`), the possessor of a noun that names no actor,
 * and the event's code needs parties.
 */
export function partyOnlyOwnsObject(
  code: string,
  party: ActorSlot | undefined,
  sentence: CodingSentence,
  tokens: readonly Token[],
): boolean {
  if (!party || !PARTY_CODES.includes(code.slice(0, 3))) return false;
  const offset = tokens[0]?.index ?? 0;
  const last = tokens[party.end - 1];
  if (last?.deprel !== 'nmod:poss' || last.head === undefined) return false;
  const owned = last.head - offset;
  if (tokens[owned]?.upos !== 'NOUN') return false;
  return !sentence.actors.some((a) => a.first <= owned && owned < a.end);
}
