import type { ActorRef, Language } from '../../document/types.ts';
import { normaliseWord } from '../../knowledge/petrarch/verbs.ts';
import { table } from '../../lang/index.ts';
import { isNegated, modalityOf, type SentenceEvent } from './coder.ts';
import type { Cues } from './cues.ts';
import type { ActorSlot, CodingSentence } from './match.ts';
import type { RoleFinder, TriggerSpan } from './roles.ts';

/*
 * Evaluations: "Netanyahu found the air strike justified", "called Moscow's move a cynical blow",
 * "a qualifié la décision d'inacceptable". A verb of judging, its object and an evaluative word after it
 * praise (051) or criticise (111) whoever the object belongs to. The verbs are cues; the evaluative
 * words and their polarity are language data (src/lang/<lang>/events-evaluations.tsv).
 */

const PRAISE = '051';
const CRITICISM = '111';
/** How far after the verb the evaluative word may stand ("called Trump's order swift, forceful and decisive"). */
const EVALUATION_REACH = 12;

const polarities = new Map<Language, Map<string, '+' | '-'>>();

function polarityTable(language: Language): Map<string, '+' | '-'> {
  let out = polarities.get(language);
  if (!out) {
    out = new Map();
    for (const [word, polarity] of table(language, 'events-evaluations'))
      if (polarity === '+' || polarity === '-') out.set(normaliseWord(word), polarity);
    polarities.set(language, out);
  }
  return out;
}

export interface EvaluationOptions {
  language: Language;
  cues: Cues;
  /** Builds the role finder; called only for a sentence that has a judging verb. */
  roles: () => RoleFinder;
  upos?: (pos: number) => string | undefined;
  /** The author of "the strike" the object names, when it names one and no actor. */
  attackAuthor?: (sentence: CodingSentence, at: TriggerSpan, judge: ActorRef) => ActorRef | undefined;
}

/**
 * Praise and criticism stated by judging verbs. They replace what the verb dictionary made of the same verb
 * ("called X's move" read as an appeal to X): the caller drops coded events at their triggers.
 */
export function codeEvaluations(
  sentence: CodingSentence,
  coded: readonly SentenceEvent[],
  options: EvaluationOptions,
): SentenceEvent[] {
  const { cues, upos } = options;
  const table = polarityTable(options.language);
  if (table.size === 0) return [];
  const out: SentenceEvent[] = [];
  let finder: RoleFinder | undefined;
  for (let v = 0; v < sentence.forms.length; v++) {
    if (!cues.any('evaluation-verb', sentence.forms[v]) || (upos && upos(v) !== 'VERB')) continue;
    const at = coded.filter((e) => e.trigger.first <= v && v < e.trigger.end);
    // "called for", "called on": an appeal, which the dictionary codes.
    if (cues.any('preposition', sentence.forms[v + 1] ?? [])) continue;
    let judged: number | undefined;
    let polarity: '+' | '-' | undefined;
    for (let p = v + 1; p < Math.min(sentence.forms.length, v + EVALUATION_REACH); p++) {
      if (cues.any('boundary', sentence.forms[p])) break;
      polarity = sentence.forms[p].map((f) => table.get(f)).find((x) => x !== undefined);
      if (polarity) {
        judged = p;
        break;
      }
    }
    if (judged === undefined || !polarity) continue;
    const trigger = { first: v, end: v + 1 };
    // A coordinated verb the parse hung elsewhere ("found the strike justified and called …") shares the
    // subject the coder gave the verb before it.
    finder ??= options.roles();
    const source =
      finder.roles(trigger).subject ??
      at.find((e) => e.source)?.source ??
      [...coded]
        .reverse()
        .find((e) => e.trigger.end <= v && e.source && coordinatedAfter(sentence, e.trigger.end, v, cues))
        ?.source;
    if (!source) continue;
    const owner: ActorSlot | undefined = sentence.actors.find(
      (a) => a.first > v && a.end <= judged && a.group !== source.group,
    );
    const author = owner ? undefined : options.attackAuthor?.(sentence, trigger, source.ref);
    const target = owner ?? (author ? { ...trigger, ref: author, group: -1 } : undefined);
    if (!target) continue;
    out.push({
      code: polarity === '+' ? PRAISE : CRITICISM,
      source,
      target,
      trigger,
      first: Math.min(source.first, v),
      end: Math.max(judged + 1, target.end),
      negated: isNegated(sentence, trigger, source, cues),
      modality: modalityOf(sentence, trigger, cues),
      block: 'EVALUATION',
    });
  }
  return out;
}

/** Only the verb's own phrase and a coordination stand between `from` and verb v ("… justified and called"). */
function coordinatedAfter(sentence: CodingSentence, from: number, v: number, cues: Cues): boolean {
  let joined = false;
  for (let p = from; p < v; p++) {
    if (cues.any('boundary', sentence.forms[p])) return false;
    if (cues.any('coordination', sentence.forms[p]) && sentence.forms[p][0] !== ',') joined = true;
  }
  return joined;
}
