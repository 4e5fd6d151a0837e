import type { ActorRef, Modality } from '../../document/types.ts';
import type { Cues } from './cues.ts';
import type { Lexicon, TriggerEntry } from './lexicon.ts';
import { type ActorSlot, type CodingSentence, type PatternMatch, PatternMatcher } from './match.ts';
import { isSetting, type RoleFinder, type TriggerSpan } from './roles.ts';

/** One coded event inside a sentence, before it is placed in the document. */
export interface SentenceEvent {
  code: string;
  source?: ActorSlot;
  target?: ActorSlot;
  trigger: TriggerSpan;
  /** Token range of the clause material the coding used (actors, pattern words, trigger). */
  first: number;
  end: number;
  negated: boolean;
  modality: Modality;
  /** The dictionary verb block and pattern that produced the code, for diagnostics. */
  block: string;
  pattern?: string;
  /** Who suffered the force the verb's object names ("the killing of X"): no target of the verb's own. */
  victim?: ActorRef;
  /** The trigger is an event noun ("sanctions", "l'attaque"), not a verb. */
  nominal?: boolean;
}

export interface CoderOptions {
  lexicon: Lexicon;
  cues: Cues;
  /** Drop events stated as the infinitive complement of a noun ("sa promesse de vaincre"). */
  dropInfinitiveComplements?: boolean;
  /** PETRARCH's require_dyad: drop events without a target (except the roots listed in `targetOptional`). */
  requireTarget?: boolean;
  /** CAMEO roots whose events stand without a target: appeals and demands addressed to no one in particular. */
  targetOptional?: readonly string[];
  /** Codes never emitted (e.g. the bare "make statement" 010, which the quotes layer covers). */
  ignoredCodes?: readonly string[];
  /** Paired codes ([a:b]) give their first direction only: "X visited Y" states the visit, not Y's hosting. */
  forwardPairsOnly?: boolean;
  /** Builds the role finder for a sentence (dependency or linear). */
  roleFinder(sentence: CodingSentence, triggerStarts: number[]): RoleFinder;
  /** Part of speech of a token when a tagger ran (UPOS), to keep nouns from being read as verbs. */
  upos?(pos: number): string | undefined;
  /** Who protests when a protest noun names no one ("des émeutes ont éclaté"): the story's civilians. */
  crowd?: ActorRef;
  /** Morphological features of a token when a tagger ran (UD FEATS, "Tense=Past|VerbForm=Part"). */
  feats?(pos: number): string | undefined;
  /** Who detains when a passive arrest names no agent ("X, emprisonné depuis mars"): the detainee's state. */
  detainer?(detained: ActorRef): ActorRef | undefined;
  /**
   * Who struck when a passive killing or attack names no agent but "the strike" it happened in
   * ("X, who was also killed in the airstrike"): the author of that strike, reported earlier.
   */
  priorAttacker?(sentence: CodingSentence, trigger: TriggerSpan, victim: ActorRef): ActorRef | undefined;
}

interface FoundTrigger {
  span: TriggerSpan;
  candidates: TriggerEntry[];
  /** A verb the tagger called a noun or adjective (`mistaggedVerb`): roles are read linearly, a target is required. */
  retagged?: boolean;
}

const PROTEST_ROOT = '14';
/** Arrests and detentions, whose unstated agent is a state's authorities. */
const ARREST_CODE = '173';

/**
 * "distancing himself from the killing of Jamal", "a dénoncé l'arrestation de X": the actor after a noun of
 * force and "of" is what that force befell, not the verb's target (the noun's author is, when known).
 * Nouns of speech keep their author there ("rejected the call of Belarus").
 */
function victimOfEventNoun(
  sentence: CodingSentence,
  trigger: TriggerSpan,
  target: ActorSlot,
  options: Pick<CoderOptions, 'cues' | 'lexicon' | 'upos'>,
): boolean {
  if (target.first < trigger.end) return false;
  // "les frappes de l'armée malienne": an armed force after the noun is the one that struck.
  if (ARMED_ROLES.includes((target.ref.actor ?? '').slice(3, 6))) return false;
  for (let p = target.first - 1; p >= Math.max(trigger.end, target.first - 3); p--) {
    const forms = sentence.forms[p];
    if (options.cues.any('affiliation-preposition', forms) || options.cues.any('determiner', forms)) continue;
    if (options.upos && options.upos(p) !== 'NOUN') return false;
    return options.lexicon
      .triggersFor(forms)
      .some(
        (t) =>
          t.entry.nominal &&
          FORCE_ROOTS.has((t.entry.code === '---' ? t.block.code : t.entry.code).slice(0, 2)) &&
          options.cues.any('affiliation-preposition', sentence.forms[p + 1] ?? []),
      );
  }
  return false;
}

/** How far a "between A, led by X, and B" may reach for its second party. */
const SECOND_PARTY_REACH = 16;

/** "between the army, led by Gen. Burhan, and the RSF": the actor right after the first "and" past `from`. */
function afterConjunction(sentence: CodingSentence, from: number, cues: Cues): ActorSlot | undefined {
  for (let p = from; p < Math.min(sentence.forms.length, from + SECOND_PARTY_REACH); p++) {
    if (cues.any('boundary', sentence.forms[p])) return undefined;
    if (!cues.any('coordination', sentence.forms[p]) || sentence.forms[p][0] === ',') continue;
    return sentence.actors.find((a) => a.first > p && a.first <= p + 4);
  }
  return undefined;
}

/** Roots whose events often set two parties one against the other with "between": talks, fighting. */
const RECIPROCAL_ROOTS = new Set(['04', '19']);
/** How far after its trigger "between" may stand ("war erupted in April 2023 between"). */
const BETWEEN_REACH = 8;

/** "War erupted in April 2023 between A and B": the parties after a nearby "between" in the clause. */
function partiesBetween(
  sentence: CodingSentence,
  trigger: TriggerSpan,
  cues: Cues,
): [ActorSlot, ActorSlot] | undefined {
  for (let p = trigger.end; p < Math.min(sentence.forms.length, trigger.end + BETWEEN_REACH); p++) {
    if (cues.any('boundary', sentence.forms[p])) return undefined;
    if (cues.any('reciprocal-preposition', sentence.forms[p])) return partiesAfter(sentence, p, cues);
  }
  return undefined;
}

/** CAMEO roles of armed forces: after "of"/"de" they are the authors of force, not its victims. */
const ARMED_ROLES = ['MIL', 'REB', 'COP', 'SPY'];

/** The two coordinated parties right after position p ("between A and B"), first and second. */
function partiesAfter(sentence: CodingSentence, p: number, cues: Cues): [ActorSlot, ActorSlot] | undefined {
  const first = sentence.actors.find((a) => a.first > p && a.first <= p + 3);
  const second =
    first &&
    (sentence.actors.find((a) => a.group === first.group && a.first >= first.end) ??
      afterConjunction(sentence, first.end, cues));
  // "positions between Kharkiv and Izium": places are where, not who.
  return first && second && !first.place && !second.place ? [first, second] : undefined;
}

/** Words after an infinitive complement's verb a governing verb's pattern may still read ("to hold talks"). */
const COMPLEMENT_REACH = 3;

/** Roots of coercion and material conflict, whose nouns take their victim after "of" ("the arrest of X"). */
const FORCE_ROOTS = new Set(['17', '18', '19', '20']);

/** Roots of material conflict: assault, fight, mass violence. */
const VIOLENCE_ROOTS = new Set(['18', '19', '20']);

/** CAMEO roots whose pattern words state the content of the event (appeals, demands, intents, threats). */
const EMBEDDING_ROOTS = new Set(['02', '10', '03', '13']);

/** Codes every trigger of one sentence. */
export function codeSentence(sentence: CodingSentence, options: CoderOptions): SentenceEvent[] {
  const triggers = findTriggers(sentence, options);
  const codings = triggers.map((trigger, index) => {
    // An infinitive complement ("à tenir des pourparlers") belongs to the pattern of the verb before it,
    // and so does an event noun ("blamed Israel for the attack", "killed in an airstrike").
    const later = triggers.slice(index + 1).filter((t) => !isNominal(t));
    const next = later.find(
      (t) => !options.cues.any('complement-marker', sentence.forms[t.span.first - 1] ?? []),
    );
    // A pattern may read into an infinitive complement and its first words ("urged X to hold talks"), not
    // far past it: "met Li Qiang … to discuss trade and the war" does not match MEET's "* &FIGHT".
    const complement = later.find((t) => t !== next && (!next || t.span.first < next.span.first));
    const end = Math.min(
      next?.span.first ?? sentence.forms.length,
      complement ? complement.span.end + COMPLEMENT_REACH : sentence.forms.length,
    );
    return codeTrigger(sentence, trigger, options, end);
  });
  // Infinitive complements ("threatened to attack Ukraine") do not end the governing verb's clause, nor
  // does a verb that codes nothing ("question whether he has a future with the Orcs").
  const starts = triggers
    .filter(
      (t, i) =>
        codings[i] !== undefined &&
        !options.cues.any('complement-marker', sentence.forms[t.span.first - 1] ?? []),
    )
    .map((t) => t.span.first);
  const roleFinder = options.roleFinder(sentence, starts);
  const events: SentenceEvent[] = [];
  const coveredUntil: { end: number }[] = [];
  const patternSpans: { first: number; end: number }[] = [];
  for (const [index, trigger] of triggers.entries()) {
    const coded = codings[index];
    if (!coded) continue;
    const { code, match, block, nominal } = coded;
    const modality =
      governingModality(sentence, triggers.slice(0, index), trigger.span, options.cues) ??
      modalityOf(sentence, trigger.span, options.cues);
    const embedding = governingEvent(sentence, trigger.span, events, options.cues);
    // Content of an appeal or threat already coded ("exhorté la Russie à tenir des pourparlers"):
    // the governing event carries it. An infinitive complement of a noun is not asserted either.
    if (embedding || coveredUntil.some((c) => c.end > trigger.span.first)) continue;
    // An event noun a verb's pattern already read ("blamed X for the attack") is that verb's event.
    if (nominal && patternSpans.some((m) => m.first <= trigger.span.first && trigger.span.end <= m.end))
      continue;
    if (options.dropInfinitiveComplements && isNonAssertedInfinitive(sentence, trigger, options)) continue;
    const roles = roleFinder.roles(
      nominal ? trigger.span : roleAnchor(trigger, options),
      nominal || trigger.retagged,
      nominal,
    );
    let source = match?.source ?? (roles.passive ? roles.agent : roles.subject);
    // "ont dénoncé une répression": the subject of a verb that only reports or judges what its object
    // noun names is not that event's agent.
    if (nominal && !match?.source && source && source.end <= trigger.span.first) {
      if (reportedByOtherVerb(sentence, trigger.span, options)) source = undefined;
    }
    // "Des émeutes ont éclaté": a protest noun with no agent is the people's.
    if (!source && nominal && options.crowd && code.startsWith(PROTEST_ROOT))
      source = { ...trigger.span, ref: options.crowd, group: -1 };
    let target = match?.target ?? (roles.passive ? roles.subject : roles.object);
    // "the war between the army and the RSF", "fighting erupted between", "des heurts entre la police et
    // des manifestants": a pattern ending on "between" ("- * BETWEEN") sets the two parties after it.
    const parties =
      match &&
      !match.source &&
      !match.target &&
      options.cues.any('reciprocal-preposition', sentence.forms[match.end - 1] ?? [])
        ? partiesAfter(sentence, match.end - 1, options.cues)
        : RECIPROCAL_ROOTS.has(code.slice(0, 2)) &&
            !match?.source &&
            !match?.target &&
            // Only where the parse found no distinct source ("war erupted between …"); "Fornost welcomed
            // talks between A and B" keeps Fornost.
            (!source || (target !== undefined && sameActor(source, target)))
          ? partiesBetween(sentence, trigger.span, options.cues)
          : undefined;
    if (parties) [source, target] = parties;
    let victim: ActorRef | undefined;
    if (!match?.target && !nominal && target && victimOfEventNoun(sentence, trigger.span, target, options)) {
      victim = target.ref;
      target = undefined;
    }
    if (!source && roles.passive && target && options.detainer && code.startsWith(ARREST_CODE)) {
      const detainer = options.detainer(target.ref);
      if (detainer) source = { ...trigger.span, ref: detainer, group: -1 };
    }
    if (!source && roles.passive && target && options.priorAttacker && VIOLENCE_ROOTS.has(code.slice(0, 2))) {
      const attacker = options.priorAttacker(sentence, trigger.span, target.ref);
      if (attacker) source = { ...trigger.span, ref: attacker, group: -1 };
    }
    // `%` before the verb: the coordinated actors act on each other ("Gondor and Osgiliath renewed ties");
    // after it: they are the targets ("agrees with the Philippines and France").
    const mutual = match?.compound !== undefined && match.compound.first < trigger.span.first;
    if (match?.compound && mutual) {
      source = match.compound;
      target = match.compound;
    } else if (match?.compound) {
      target = match.compound;
    }
    // `NOTED + *` ("noted that Cirith Ungol regretted"): the pattern makes the verb's own subject its
    // target, so the source is the actor before the pattern, the subject of the governing verb; a
    // pattern opening on `+` (`+ * ROCKET`) states no source.
    if (match?.target && source === match.target && !mutual) {
      const governed = match.pattern.before[0]?.type !== 'target';
      source = governed ? actorBefore(sentence, match.first, match.target) : undefined;
    }
    if (source && target && source === target && !mutual) target = undefined;
    // "ont ordonné l'activation de la force de l'organisation … au Niger": the source's own name inside
    // the object phrase is its possessor; the next actor in the clause is the target.
    if (source && target && !mutual && !match?.target && sameActor(source, target))
      target = nextActor(sentence, target, source, options.cues) ?? target;
    if (trigger.retagged && !target) continue;
    const negated = isNegated(sentence, trigger.span, source, options.cues);
    const first = Math.min(trigger.span.first, source?.first ?? Infinity, match?.first ?? Infinity);
    const end = Math.max(trigger.span.end, target?.end ?? 0, match?.end ?? 0);
    const pairCode = options.forwardPairsOnly ? code.split(':')[0] : code;
    const stated = match?.source !== undefined && match.target !== undefined && !mutual;
    const coSubject =
      source && !match?.source && !mutual
        ? coordinatedSubject(sentence, source, trigger.span, options)
        : undefined;
    // The two parties of "between A and B" share a coordination but stand one against the other.
    const pairs = parties
      ? [{ code: pairCode.split(':')[0], source: parties[0], target: parties[1] }]
      : [source, coSubject].flatMap((s) =>
          s ? expandPairs(sentence, pairCode, s, target, mutual, stated) : [],
        );
    for (const pair of pairs) {
      if (!pair.source) continue;
      if (options.requireTarget && !pair.target && !options.targetOptional?.includes(pair.code.slice(0, 2)))
        continue;
      if (options.ignoredCodes?.includes(pair.code)) continue;
      events.push({
        code: pair.code,
        source: pair.source,
        target: pair.target,
        trigger: trigger.span,
        first,
        end,
        negated,
        modality,
        block,
        pattern: match?.pattern.text,
        victim,
        nominal,
      });
    }
    if (match && EMBEDDING_ROOTS.has(code.slice(0, 2))) coveredUntil.push({ end: match.end });
    if (match) patternSpans.push(match);
  }
  return events;
}

/** A trigger found only as an event noun ("attack", "visite"). */
function isNominal(trigger: FoundTrigger): boolean {
  return trigger.candidates.every((t) => t.entry.nominal);
}

/** Tags that may stand between a verb and its object noun ("a dénoncé une « répression croissante »"). */
const NOUN_PHRASE_TAGS = ['DET', 'ADJ', 'ADV', 'NUM', 'PUNCT'];
/** Tags on the way from a verb to an event noun deeper in its object. */
const OBJECT_PATH_TAGS = ['NOUN', 'PROPN', 'ADP', 'CCONJ'];
/** How far back an event noun deep in a verb's object ("pointing to the attack on the embassy as an example of the attacks") looks for that verb. */
const OBJECT_PATH_REACH = 20;

/**
 * The nominal trigger is the object of a verb other than a light verb ("a dénoncé une répression",
 * "condemned the strikes"); "a mené une attaque", "announced sanctions" keep their subject.
 */
function reportedByOtherVerb(
  sentence: CodingSentence,
  trigger: TriggerSpan,
  options: Pick<CoderOptions, 'cues' | 'upos'>,
): boolean {
  if (!options.upos) return false;
  for (let p = trigger.first - 1; p >= Math.max(0, trigger.first - OBJECT_PATH_REACH); p--) {
    const tag = options.upos(p);
    if (tag === 'VERB') return !options.cues.any('light-verb', sentence.forms[p]);
    // A noun modifier stays in the phrase ("follows rocket attacks", "the December 31 attack"); a verb's
    // preposition leads to its object ("pointing to the attack"), and so does a coordination of objects
    // ("passant outre le veto et les mises en garde").
    if (!tag || !(NOUN_PHRASE_TAGS.includes(tag) || OBJECT_PATH_TAGS.includes(tag))) return false;
  }
  return false;
}

function findTriggers(sentence: CodingSentence, options: CoderOptions): FoundTrigger[] {
  const out: FoundTrigger[] = [];
  const { forms } = sentence;
  for (let i = 0; i < forms.length; i++) {
    // A word inside an actor's name ("Revolutionary Guards", "United States") is not a trigger,
    // nor is a closed-class cue word ("according to", "selon").
    if (sentence.actors.some((a) => a.first <= i && i < a.end)) continue;
    if (options.cues.any('boundary', forms[i])) continue;
    const candidates: TriggerEntry[] = [];
    let span: TriggerSpan = { first: i, end: i + 1 };
    let retagged = false;
    for (const t of options.lexicon.triggersFor(forms[i])) {
      const { prefix, suffix } = t.entry;
      const first = i - prefix.length;
      if (first < 0 || !prefix.every((w, k) => forms[first + k].includes(w))) continue;
      if (!suffix.every((w, k) => forms[i + 1 + k]?.includes(w))) continue;
      if (!plausiblePartOfSpeech(sentence, i, t, options)) {
        const single = prefix.length === 0 && suffix.length === 0;
        if (t.entry.nominal || !single || !mistaggedVerb(sentence, i, options)) continue;
        retagged = true;
      }
      const candidateSpan = { first, end: i + 1 + suffix.length };
      if (candidateSpan.end - candidateSpan.first > span.end - span.first || candidates.length === 0)
        span = candidateSpan;
      candidates.push(t);
    }
    if (candidates.length === 0) continue;
    // Keep the longest multi-word verb that matched here.
    const longest = candidates.filter(
      (t) => t.entry.prefix.length + t.entry.suffix.length === span.end - span.first - 1,
    );
    out.push({ span, candidates: longest.length > 0 ? longest : candidates, retagged });
    i = span.end - 1;
  }
  return out;
}

/**
 * "Ethiopia departs from Libya", "the new mayor left yesterday for": a dictionary verb the tagger called a
 * noun or adjective is the verb all the same when it follows a noun (its subject), no verb comes before it
 * and none follows it before a preposition or clause boundary. A word the lexicon also knows as an event
 * noun ("attack", "visit") keeps its noun reading.
 */
function mistaggedVerb(sentence: CodingSentence, pos: number, options: CoderOptions): boolean {
  const { upos } = options;
  const tag = upos?.(pos);
  if (!upos || (tag !== 'NOUN' && tag !== 'ADJ')) return false;
  if (options.lexicon.triggersFor(sentence.forms[pos]).some((t) => t.entry.nominal)) return false;
  if (upos(pos - 1) !== 'NOUN' && upos(pos - 1) !== 'PROPN') return false;
  const isVerb = (p: number) => upos(p) === 'VERB' || upos(p) === 'AUX';
  for (let p = 0; p < pos; p++) if (isVerb(p)) return false;
  for (let p = pos + 1; p < sentence.forms.length; p++) {
    if (isVerb(p)) return false;
    if (['ADP', 'SCONJ', 'PUNCT'].includes(upos(p) ?? '') || options.cues.any('boundary', sentence.forms[p]))
      break;
  }
  return true;
}

/** A verb entry needs a verb (a noun after a determiner is not one); a nominal trigger needs a noun. */
function plausiblePartOfSpeech(
  sentence: CodingSentence,
  pos: number,
  t: TriggerEntry,
  options: CoderOptions,
): boolean {
  const upos = options.upos?.(pos);
  if (t.entry.nominal) return !upos || upos === 'NOUN' || upos === 'PROPN';
  // A multi-word verb ("will not wire tap") counts when the tagger saw a verb in any of its words.
  if (options.upos && (t.entry.prefix.length > 0 || t.entry.suffix.length > 0)) {
    const first = pos - t.entry.prefix.length;
    const end = pos + 1 + t.entry.suffix.length;
    for (let p = first; p < end; p++) if (options.upos(p) === 'VERB') return true;
  }
  // Auxiliaries ("have cordoned", "a été") are never the event; a tagged verb or participle is.
  if (upos === 'AUX') return false;
  if (upos === 'VERB') return !adjectivalParticiple(sentence, pos, options);
  const before = pos - t.entry.prefix.length - 1;
  const previous = before >= 0 ? sentence.forms[before] : [];
  // Tagged otherwise: taggers slip on participles, so one after an auxiliary still counts ("a rejeté",
  // "ont fortement critiqué", "n'ont pas condamné").
  if (upos) {
    for (let p = before; p >= Math.max(0, before - 2); p--) {
      const forms = sentence.forms[p];
      if (options.cues.any('auxiliary', forms)) return true;
      const skippable = options.upos?.(p) === 'ADV' || options.cues.any('negation-after', forms);
      if (!skippable) return false;
    }
    return false;
  }
  // Untagged: a verb is not preceded by a determiner.
  return !options.cues.any('determiner', previous);
}

const NOUN_PHRASE_HEADS = ['NOUN', 'PROPN', 'ADJ'];

/**
 * "the fiancée of murdered journalist X", "over alleged plots": a past participle between a determiner or a
 * preposition and the noun it qualifies is an adjective, not an event (a gerund, "by supporting X", and an
 * infinitive, "to support X", stay verbs).
 */
function adjectivalParticiple(sentence: CodingSentence, pos: number, options: CoderOptions): boolean {
  const { upos, feats, cues } = options;
  if (!upos || !feats || !NOUN_PHRASE_HEADS.includes(upos(pos + 1) ?? '')) return false;
  if (/VerbForm=(Ger|Inf)|Tense=Pres/.test(feats(pos) ?? '')) return false;
  const previous = sentence.forms[pos - 1] ?? [];
  if (cues.any('complement-marker', previous)) return false;
  // "has alleged ties to the IRGC": an evidential participle before a bare plural noun qualifies it.
  if (cues.any('evidential-participle', sentence.forms[pos]) && /Number=Plur/.test(feats(pos + 1) ?? ''))
    return true;
  return cues.any('determiner', previous) || cues.any('preposition', previous);
}

/**
 * "Ithilen's sheep and goats of Gondor warned": subject phrases joined by a conjunction, each naming its own
 * actor; the parse hangs the subject on the first. Returns the actor of the later conjunct, if the words up
 * to the verb hold no other verb, clause boundary or setting.
 */
function coordinatedSubject(
  sentence: CodingSentence,
  source: ActorSlot,
  trigger: TriggerSpan,
  options: Pick<CoderOptions, 'cues' | 'upos'>,
): ActorSlot | undefined {
  if (source.end > trigger.first || !options.upos) return undefined;
  let conjoined = false;
  for (let p = source.end; p < trigger.first; p++) {
    const forms = sentence.forms[p];
    const slot = sentence.actors.find((a) => a.first === p);
    if (slot && slot.group !== source.group) {
      if (!conjoined || isSetting(sentence, slot, options.cues)) return undefined;
      const rest = sentence.actors.find((a) => a.first >= slot.end && a.end <= trigger.first);
      return rest ? undefined : slot;
    }
    if (slot) {
      // A conjunction inside the source's own coordination ("A and the evil B") joins no new subject.
      conjoined = false;
      p = slot.end - 1;
    } else if (options.upos(p) === 'VERB' || options.cues.any('boundary', forms) || forms[0] === ',')
      return undefined;
    else if (options.cues.any('coordination', forms)) conjoined = true;
  }
  return undefined;
}

/** The nearest actor ending before position `pos`, outside the coordination of `other`. */
function actorBefore(sentence: CodingSentence, pos: number, other: ActorSlot): ActorSlot | undefined {
  return [...sentence.actors].reverse().find((a) => a.end <= pos && a.group !== other.group);
}

/**
 * The word of a multi-word trigger the parse hangs its roles on: the one tagged as a verb ("wire tapped",
 * "will not wire tap"), else the inflected word.
 */
function roleAnchor(trigger: FoundTrigger, options: Pick<CoderOptions, 'upos'>): TriggerSpan {
  const { span } = trigger;
  if (span.end - span.first === 1) return span;
  for (let p = span.first; p < span.end; p++)
    if (options.upos?.(p) === 'VERB') return { first: p, end: p + 1 };
  const verb = span.first + (trigger.candidates[0]?.entry.prefix.length ?? 0);
  return { first: verb, end: verb + 1 };
}

function codeTrigger(
  sentence: CodingSentence,
  trigger: FoundTrigger,
  options: CoderOptions,
  nextTriggerStart: number,
): { code: string; match?: PatternMatch; block: string; nominal: boolean } | undefined {
  let best:
    | { code: string; match?: PatternMatch; block: string; weight: number; nominal: boolean }
    | undefined;
  const matcher = new PatternMatcher(
    options.lexicon,
    sentence,
    0,
    clauseEnd(sentence, trigger.span, nextTriggerStart, options.cues),
    {
      determiner: (p) => options.cues.any('determiner', sentence.forms[p] ?? []),
      preposition: (p) => options.cues.any('preposition', sentence.forms[p] ?? []),
    },
  );
  for (const t of trigger.candidates) {
    const match = matcher.best(t.block.patterns, trigger.span.first, trigger.span.end);
    const code = match ? match.pattern.code : t.entry.code;
    const weight = match ? match.weight + 1 : 0;
    // Ties go to the first entry that codes something: a verb listed in a block only for its patterns
    // ("attaquer en justice") does not hide its plain meaning ("attaquer" 190).
    const better =
      !best || weight > best.weight || (weight === best.weight && !isCode(best.code) && isCode(code));
    if (better) best = { code, match, block: t.block.name, weight, nominal: t.entry.nominal };
  }
  if (!best || !isCode(best.code)) return undefined;
  // "added that", "headed the campaign": a verb whose plain sense is no interaction codes only through a pattern.
  if (!best.match && !best.nominal && isPatternOnly(sentence, trigger.span, options.cues)) return undefined;
  return best;
}

function isPatternOnly(sentence: CodingSentence, span: TriggerSpan, cues: Cues): boolean {
  for (let p = span.first; p < span.end; p++) if (cues.any('pattern-only', sentence.forms[p])) return true;
  return false;
}

/** A CAMEO code (not PETRARCH's null code `---` or a placeholder). */
function isCode(code: string): boolean {
  return /^\d/.test(code);
}

/** Patterns after the verb stay in its clause: up to the next trigger or clause boundary. */
function clauseEnd(
  sentence: CodingSentence,
  trigger: TriggerSpan,
  nextTriggerStart: number,
  cues: Cues,
): number {
  for (let p = trigger.end + 1; p < nextTriggerStart; p++) {
    if (cues.any('boundary', sentence.forms[p])) return p;
  }
  return nextTriggerStart;
}

/** Paired codes ("032:033") give an event in each direction; coordinated actors give one event each. */
function expandPairs(
  sentence: CodingSentence,
  code: string,
  source: ActorSlot | undefined,
  target: ActorSlot | undefined,
  compound: boolean,
  /** Both actors were placed by the dictionary pattern (`$` and `+`): no heuristic overrides them. */
  stated = false,
): { code: string; source?: ActorSlot; target?: ActorSlot }[] {
  const [forward, backward] = code.split(':');
  const members = (slot?: ActorSlot) => {
    if (!slot) return [undefined];
    const group = sentence.actors.filter((a) => a.group === slot.group);
    return group.length > 0 ? group : [slot];
  };
  const out: { code: string; source?: ActorSlot; target?: ActorSlot }[] = [];
  if (compound && source) {
    const group = members(source);
    for (const a of group)
      for (const b of group) if (a !== b) out.push({ code: forward, source: a, target: b });
    return out;
  }
  const targets = members(target);
  for (const s of members(source)) {
    for (const candidate of targets) {
      // An actor's own country as a whole is no target ("advised U.S. citizens"): no event, except a
      // protest, which then stands without a target (the stage aims it at the government).
      const own = !stated && s !== undefined && candidate !== undefined && ownCountry(s, candidate);
      if (own && (forward.slice(0, 2) !== PROTEST_ROOT || targets.length > 1)) continue;
      const t = own ? undefined : candidate;
      if (s && t && sameActor(s, t)) continue;
      // "l'annulation du sommet entre les États-Unis et la Corée du Nord" by the US: the other party is the target.
      if (s && t && targets.length > 1 && s.ref.country && s.ref.country === t.ref.country) continue;
      out.push({ code: forward, source: s, target: t });
      if (backward && s && t) out.push({ code: backward, source: t, target: s });
    }
  }
  return out;
}

/** "advised U.S. citizens", "an aggression on Iraq" by Iraq's PM: the target is the source's own country. */
function ownCountry(source: ActorSlot, target: ActorSlot): boolean {
  const code = target.ref.actor ?? target.ref.country;
  return code !== undefined && code.length === 3 && code === source.ref.country;
}

/** How far after a slot the next actor of its clause may stand. */
const NEXT_ACTOR_REACH = 12;

/** The first actor after `slot` in its clause that is not `source`. */
function nextActor(
  sentence: CodingSentence,
  slot: ActorSlot,
  source: ActorSlot,
  cues: Cues,
): ActorSlot | undefined {
  for (const a of sentence.actors) {
    if (a.first < slot.end || sameActor(a, source)) continue;
    if (a.first - slot.end > NEXT_ACTOR_REACH) return undefined;
    for (let p = slot.end; p < a.first; p++) if (cues.any('boundary', sentence.forms[p])) return undefined;
    return a;
  }
  return undefined;
}

function sameActor(a: ActorSlot, b: ActorSlot): boolean {
  if (a === b) return true;
  if (a.ref.entity && a.ref.entity === b.ref.entity) return true;
  return false;
}

/** Tokens a negation may stand before its verb: "n'a pas pour autant réimposé". */
const NEGATION_REACH = 6;

/**
 * Negation of the trigger: a negation cue between the subject (or the clause start) and the verb,
 * or a French-style second negation word right after the auxiliary/verb, or "sans/without" + verb.
 */
export function isNegated(
  sentence: CodingSentence,
  trigger: TriggerSpan,
  subject: ActorSlot | undefined,
  cues: Cues,
): boolean {
  const from = Math.max(
    subject && subject.end <= trigger.first ? subject.end : 0,
    trigger.first - NEGATION_REACH,
  );
  for (let p = trigger.first - 1; p >= from; p--) {
    const forms = sentence.forms[p];
    // "has never obstructed aid and blamed": a coordination ends the negated verb's reach.
    if (cues.any('boundary', forms) || cues.any('coordination', forms)) break;
    if (cues.any('negation-before', forms) || cues.any('negation-word', forms)) return true;
    if (forms.some((f) => cues.endsWith('negation-suffix', f) || cues.is('negation-suffix', f))) return true;
  }
  return false;
}

/** What an embedding verb makes of its infinitive complement: the content of an appeal, or of a threat or promise. */
const EMBEDDED_MODALITY: Record<string, Modality> = {
  '02': 'appeal',
  '10': 'appeal',
  '03': 'future',
  '13': 'future',
};

/**
 * "X a appelé la Russie à attaquer": an infinitive complement of an appeal is an appeal, of a threat or a
 * promise a future event. Applies when the governing verb is in the dictionary, coded or not.
 */
function governingModality(
  sentence: CodingSentence,
  earlier: readonly FoundTrigger[],
  trigger: TriggerSpan,
  cues: Cues,
): Modality | undefined {
  const marker = trigger.first - 1;
  if (marker < 1 || !cues.any('complement-marker', sentence.forms[marker])) return undefined;
  const governor = earlier[earlier.length - 1];
  if (!governor) return undefined;
  for (let p = governor.span.end; p < marker; p++)
    if (cues.any('boundary', sentence.forms[p])) return undefined;
  for (const t of governor.candidates) {
    const modality =
      EMBEDDED_MODALITY[t.entry.code.slice(0, 2)] ?? EMBEDDED_MODALITY[t.block.code.slice(0, 2)];
    if (modality) return modality;
  }
  return undefined;
}

export function modalityOf(sentence: CodingSentence, trigger: TriggerSpan, cues: Cues): Modality {
  for (let p = trigger.first - 1; p >= Math.max(0, trigger.first - 3); p--) {
    const forms = sentence.forms[p];
    if (cues.any('boundary', forms)) break;
    if (cues.any('future-auxiliary', forms)) return 'future';
    if (cues.any('hypothetical-auxiliary', forms)) return 'hypothetical';
  }
  const verb = sentence.forms[trigger.end - 1][0];
  if (cues.endsWith('hypothetical-suffix', verb)) return 'hypothetical';
  if (cues.endsWith('future-suffix', verb)) return 'future';
  for (let p = trigger.first - 1; p >= 0; p--) {
    const forms = sentence.forms[p];
    if (cues.any('hypothetical-conjunction', forms)) return 'hypothetical';
    if (cues.any('boundary', forms)) break;
  }
  return 'asserted';
}

/** An earlier event of the sentence whose content this trigger is ("appelé à ... attaquer"). */
function governingEvent(
  sentence: CodingSentence,
  trigger: TriggerSpan,
  events: SentenceEvent[],
  cues: Cues,
): SentenceEvent | undefined {
  const marker = trigger.first - 1;
  if (marker < 0 || !cues.any('complement-marker', sentence.forms[marker])) return undefined;
  // Any coded verb governs its infinitive complement: proposals, appeals, refusals, promises, threats.
  const previous = events[events.length - 1];
  if (!previous || cues.any('aspectual', sentence.forms[marker - 1] ?? [])) return undefined;
  for (let p = previous.trigger.end; p < marker; p++)
    if (cues.any('boundary', sentence.forms[p])) return undefined;
  return previous;
}

/**
 * "sa promesse de vaincre", "une proposition de tenir des pourparlers": an infinitive completing a noun
 * states no event. The noun is known from the tagger, or (untagged) from the determiner before it.
 */
function isNonAssertedInfinitive(
  sentence: CodingSentence,
  trigger: FoundTrigger,
  options: Pick<CoderOptions, 'cues' | 'upos'>,
): boolean {
  const { cues } = options;
  const marker = trigger.span.first - 1;
  if (marker < 1 || !cues.any('complement-marker', sentence.forms[marker])) return false;
  const verb = sentence.forms[trigger.span.end - 1];
  const infinitive = trigger.candidates.some((t) => !t.entry.nominal && verb.includes(t.entry.forms[0]));
  if (!infinitive || cues.any('aspectual', sentence.forms[marker - 1])) return false;
  const tag = options.upos?.(marker - 1);
  if (tag) return tag === 'NOUN';
  return marker >= 2 && cues.any('determiner', sentence.forms[marker - 2]);
}
