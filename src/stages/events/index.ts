import type { Doc } from '../../document/doc.ts';
import type { CodedEvent, Language, Sentence } from '../../document/types.ts';
import { cameoCode } from '../../knowledge/cameo/index.ts';
import { ActorPhraseFinder } from '../../knowledge/petrarch/actor-finder.ts';
import { type DictionarySet, loadDictionaries } from '../../knowledge/petrarch/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { dateForSpan } from '../time/anchor.ts';
import { mainCountry, withAgentActors } from './agent-actors.ts';
import { withBothSides } from './both-sides.ts';
import { codeSentence, type SentenceEvent } from './coder.ts';
import {
  forceTarget,
  protestTarget,
  reactionTarget,
  reportedViolenceClaim,
  repressionTarget,
  topicActor,
  withPronouns,
} from './context.ts';
import { cuesFor } from './cues.ts';
import { dedupEvents } from './dedup.ts';
import { CombinedRoles, DependencyRoles, hasParse } from './dependency-roles.ts';
import { isDiscarded } from './discard.ts';
import { codeEvaluations } from './evaluations.ts';
import {
  assassination,
  definiteAttackNoun,
  latestAttacker,
  sanctionTarget,
  stateAuthorities,
  withProtestTargets,
} from './implied.ts';
import { Lexicon, tokenForms } from './lexicon.ts';
import type { ActorSlot, CodingSentence } from './match.ts';
import { perpetrator, perpetratorPhrases, withPerpetrators } from './perpetrators.ts';
import { partyOnlyOwnsObject } from './possessor.ts';
import { LinearRoles } from './roles.ts';
import { prepareSentence } from './sentence.ts';

export interface EventStageOptions {
  /**
   * Folder of PETRARCH-format dictionaries (`--dictionaries DIR`) or a list of dictionary files;
   * default: relata's own. Actor and agent dictionaries in the set add actors to the entities layer's.
   */
  dictionaries?: string | readonly string[];
}

/** Appeals and demands are events even when addressed to no one in particular ("a appelé à une trêve"). */
const TARGET_OPTIONAL_ROOTS = ['02', '10'];
const DEMAND_ROOT = '10';
/** CAMEO actor code of news media. */
const MEDIA_ACTOR = 'MED';
/** A bare "make a statement" is what the quotes layer records; coding it as an event adds only noise. */
const IGNORED_CODES = ['01', '010'];

const dictionaryActorCache = new Map<string, ActorPhraseFinder>();
function dictionaryActorsFor(set: DictionarySet): ActorPhraseFinder {
  let finder = dictionaryActorCache.get(set.dir);
  if (!finder) {
    finder = new ActorPhraseFinder(set.actors, set.agents);
    dictionaryActorCache.set(set.dir, finder);
  }
  return finder;
}

const lexicons = new Map<string, Lexicon>();

function lexiconFor(set: DictionarySet, language: Language): Lexicon {
  const key = `${set.dir}\u0000${language}`;
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    lexicon = new Lexicon(
      set.verbs.filter((d) => (d.language ?? 'en') === language),
      language,
    );
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

/** The events stage: codes who did what to whom in CAMEO and PLOVER, per clause. */
export function createEventsStage(options: EventStageOptions = {}): Stage {
  return {
    name: 'events',
    requires: ['entities', 'quotes', 'dates', 'places'],
    run(doc: Doc) {
      const language = doc.language ?? 'en';
      const set = loadDictionaries(options.dictionaries);
      const lexicon = lexiconFor(set, language);
      const cues = cuesFor(language);
      const dictionaryActors = set.actors.length > 0 ? dictionaryActorsFor(set) : undefined;
      const coded: CodedEvent[] = [];
      const storyDiscards = set.discards.filter((d) => d.story);
      const sentenceDiscards = set.discards.filter((d) => !d.story);
      if (
        storyDiscards.length > 0 &&
        isDiscarded(
          doc.tokens.map((t) => tokenForms(t.text, t.lemma)),
          storyDiscards,
        )
      ) {
        doc.events = [];
        return;
      }
      const recent: { sentence: number; event: CodedEvent }[] = [];
      const topic = topicActor(doc);
      const country = mainCountry(doc);
      const linking = (f: readonly string[]) =>
        cues.any('determiner', f) || cues.any('affiliation-preposition', f);
      for (const sentence of doc.sentences) {
        const tokens = doc.sentenceTokens(sentence);
        const parsed = hasParse(tokens);
        const upos = parsed ? (pos: number) => tokens[pos]?.upos : undefined;
        // PETRARCH dictionary sets bring their own agents; relata's group nouns serve its own set.
        const addSlots = dictionaryActors
          ? undefined
          : (slots: ActorSlot[], forms: string[][]) =>
              withAgentActors(
                slots,
                forms,
                language,
                country,
                upos,
                linking,
                (pos) => tokens[pos]?.text ?? '',
                (f) => cues.any('locative-preposition', f),
              );
        const found = prepareSentence(doc, sentence, cues, upos, dictionaryActors, addSlots);
        const prepared = withPronouns(
          doc,
          sentence,
          found,
          cues,
          upos,
          parsed ? (pos) => tokens[pos]?.deprel : undefined,
        );
        if (prepared.actors.length === 0 || isDiscarded(prepared.forms, sentenceDiscards)) continue;
        const roleFinder = (s: CodingSentence, starts: number[]) => {
          const linear = new LinearRoles(s, cues, starts, upos);
          return parsed ? new CombinedRoles(new DependencyRoles(s, tokens, cues), linear) : linear;
        };
        const codeAll = (prepared: CodingSentence) => {
          // The sentence is coded again once perpetrator phrases have their actor (below).
          const events = codeSentence(prepared, {
            lexicon,
            cues,
            dropInfinitiveComplements: true,
            ignoredCodes: IGNORED_CODES,
            forwardPairsOnly: true,
            roleFinder,
            upos,
            feats: parsed ? (pos) => tokens[pos]?.feats : undefined,
            detainer: dictionaryActors ? undefined : stateAuthorities,
            priorAttacker: (s, trigger, victim) =>
              definiteAttackNoun(s, trigger, lexicon, cues)
                ? latestAttacker(recent, sentence.index, victim)
                : undefined,
            crowd:
              country && !dictionaryActors
                ? { name: `${country} civilians`, actor: `${country}CVL`, country }
                : undefined,
          });
          const evaluations = codeEvaluations(prepared, events, {
            language,
            cues,
            upos,
            roles: () => roleFinder(prepared, []),
            attackAuthor: (s, trigger, judge) =>
              definiteAttackNoun(s, trigger, lexicon, cues)
                ? latestAttacker(recent, sentence.index, judge)
                : undefined,
          });
          return { events, evaluations };
        };
        let coding = prepared;
        let { events, evaluations } = codeAll(coding);
        // "those responsible will pay", "urged both sides": once the sentence's own events are known, such
        // phrases get their actors and the sentence is coded again.
        const phrases = perpetratorPhrases(coding, language);
        const own = [...events, ...evaluations];
        const withActors = withBothSides(
          phrases.length > 0
            ? withPerpetrators(coding, phrases, (at) => perpetrator(at, own, recent, sentence.index))
            : coding,
          language,
          own,
          recent,
          sentence.index,
        );
        if (withActors !== coding) {
          coding = withActors;
          ({ events, evaluations } = codeAll(coding));
        }
        const judged = (e: SentenceEvent) => evaluations.some((x) => x.trigger.first === e.trigger.first);
        for (const e of withProtestTargets([...events.filter((e) => !judged(e)), ...evaluations])) {
          // Paired codes ([a:b]) also run backwards: the possessor may stand as either party.
          const owner = [e.target, e.source].some((slot) =>
            partyOnlyOwnsObject(e.code, slot, coding, tokens),
          );
          if (parsed && owner) continue;
          const event = toCodedEvent(doc, sentence, assassination(doc, e, coding.forms, cues));
          const claim = reportedViolenceClaim(doc, event);
          if (claim) coded.push(claim);
          if (isAttribution(doc, event.target)) event.target = null;
          // A verb aimed at "the killing of X" answers the story's use of force, if any; nothing else is guessed.
          event.target ??= e.victim
            ? forceTarget(event, recent)
            : (reactionTarget(event, recent, sentence.index, topic) ??
              protestTarget(event) ??
              repressionTarget(event) ??
              (e.nominal ? null : sanctionTarget(event, country)));
          // News outlets report (the sources layer); they are neither agents nor targets of what they report.
          if (event.source?.actor === MEDIA_ACTOR) continue;
          // A demand with no addressee stands only when it states what it demands (a pattern matched):
          // a bare "ordered", "insisted" reports no event.
          const untargeted =
            TARGET_OPTIONAL_ROOTS.includes(event.root) &&
            (event.root !== DEMAND_ROOT || e.pattern !== undefined);
          if (event.target || event.negated || untargeted) {
            coded.push(event);
            recent.push({ sentence: sentence.index, event });
          }
        }
      }
      doc.events = dedupEvents(coded, (offset) => doc.sentenceAt(offset)?.index);
    },
  };
}

export const events: Stage = createEventsStage();

/** "D'après l'AFP, ...": the outlet a sentence is attributed to (the sources layer) is not a party to it. */
function isAttribution(doc: Doc, target: CodedEvent['target']): boolean {
  const at = target?.mention;
  if (!at) return false;
  return doc.sources.some((s) => s.start <= at.start && at.end <= s.end);
}

function charSpanOf(
  doc: Doc,
  sentence: Sentence,
  first: number,
  end: number,
): { start: number; end: number } {
  const tokens = doc.tokens;
  return { start: tokens[sentence.firstToken + first].start, end: tokens[sentence.firstToken + end - 1].end };
}

function toCodedEvent(doc: Doc, sentence: Sentence, e: SentenceEvent): CodedEvent {
  const info = cameoCode(e.code);
  const clause = charSpanOf(doc, sentence, e.first, e.end);
  const triggerSpan = charSpanOf(doc, sentence, e.trigger.first, e.trigger.end);
  const inQuote = doc.quotes.some((q) => q.start <= triggerSpan.start && triggerSpan.end <= q.end);
  // The time stage's anchoring: the date of the trigger's clause, else of its sentence, else publication.
  const when = dateForSpan(doc, triggerSpan);
  const place = doc.places.find((p) => p.start >= clause.start && p.end <= clause.end) ?? null;
  return {
    start: clause.start,
    end: clause.end,
    cameo: e.code,
    root: info?.root ?? e.code.slice(0, 2),
    quadClass: info?.quadClass,
    goldstein: info?.goldstein,
    plover: info?.plover,
    mode: info?.mode,
    source: e.source?.ref ?? null,
    target: e.target?.ref ?? null,
    negated: e.negated,
    modality: inQuote && e.modality === 'asserted' ? 'reported' : e.modality,
    date: when.value,
    dateSource: when.dateSource,
    place,
    trigger: { ...triggerSpan, text: doc.slice(triggerSpan) },
  };
}
