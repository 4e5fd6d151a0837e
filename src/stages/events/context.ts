import type { Doc } from '../../document/doc.ts';
import type { ActorRef, CodedEvent, Sentence } from '../../document/types.ts';
import { cameoCode } from '../../knowledge/cameo/index.ts';
import type { Cues } from './cues.ts';
import { tokenForms } from './lexicon.ts';
import type { ActorSlot, CodingSentence } from './match.ts';

/*
 * Discourse context for the events stage: who pronouns stand for, and the targets a sentence leaves
 * unstated but its document supplies.
 */

/**
 * The actor a pronoun most likely stands for: the latest person or organisation (any actor for an
 * object pronoun) with a code in the previous sentences, other than `except`.
 */
function antecedent(
  doc: Doc,
  sentence: Sentence,
  places: boolean,
  except?: ActorRef | null,
  personsOnly = false,
): ActorRef | null {
  const from = doc.sentences[Math.max(0, sentence.index - REACTION_WINDOW)].start;
  let best: { ref: ActorRef; at: number } | undefined;
  for (const entity of doc.entities) {
    if ((!places && entity.type === 'LOC') || !(entity.actor ?? entity.country)) continue;
    if (personsOnly && entity.type !== 'PER') continue;
    if (
      except &&
      (entity.id === except.entity || (entity.actor ?? entity.country) === (except.actor ?? except.country))
    )
      continue;
    for (const m of entity.mentions) {
      if (m.end > sentence.start || m.start < from || (best && m.start <= best.at)) continue;
      best = {
        ref: { name: entity.name, entity: entity.id, actor: entity.actor, country: entity.country },
        at: m.start,
      };
    }
  }
  return best?.ref ?? null;
}

function isPerson(doc: Doc, ref: ActorRef): boolean {
  return doc.entities.find((e) => e.id === ref.entity)?.type === 'PER';
}

/** The actor an entity mention covering these characters names (places included). */
function actorAt(doc: Doc, start: number, end: number): ActorRef | undefined {
  for (const entity of doc.entities) {
    if (!(entity.actor ?? entity.country)) continue;
    if (entity.mentions.some((m) => m.start <= start && end <= m.end))
      return { name: entity.name, entity: entity.id, actor: entity.actor, country: entity.country };
  }
  return undefined;
}

/** Tokens within which a pronoun opens its sentence ("He urged", "« Il a", "But she said"). */
const OPENING_TOKENS = 3;

/** How many sentences back a subject pronoun's chain of subject pronouns is followed ("X arrived. She spoke. She asked"). */
const SUBJECT_CHAIN = 3;

/**
 * "Pompeo said Washington would not withdraw. He urged ...": a sentence-initial subject pronoun continues
 * the previous sentence's main subject (the subject of its root, or of a reporting clause beside it), not
 * the latest name mentioned. Undefined when that sentence has no parse or its main subject names no actor.
 */
function previousSubject(doc: Doc, sentence: Sentence, cues: Cues, depth = 0): ActorRef | undefined {
  const previous = doc.sentences[sentence.index - 1];
  if (!previous || depth >= SUBJECT_CHAIN) return undefined;
  const tokens = doc.sentenceTokens(previous);
  const root = tokens.find((t) => t.deprel === 'root');
  if (!root) return undefined;
  const reporting = tokens
    .filter((t) => t.head === root.index && /^parataxis/.test(t.deprel ?? ''))
    .map((t) => t.index);
  // « Nous ne céderons pas », a-t-il déclaré: a quoted root's subject is the speaker's own voice; the
  // reporting clause beside it names the main subject.
  const clauses = insideQuotation(doc, previous, root.start) ? reporting : [root.index, ...reporting];
  for (const clause of clauses) {
    // Of several subjects (a parsing slip over a title: "Secretary of State Mike Pompeo"), one naming an actor wins.
    const subjects = tokens.filter((t) => t.head === clause && /^nsubj/.test(t.deprel ?? ''));
    if (subjects.length === 0) continue;
    for (const subject of subjects) {
      const actor = actorAt(doc, subject.start, subject.end);
      if (actor) return actor;
    }
    const pronoun = subjects.find((t) => cues.any('subject-pronoun', tokenForms(t.text, t.lemma)));
    if (pronoun) return previousSubject(doc, previous, cues, depth + 1);
    return undefined;
  }
  return undefined;
}

/** Quotation marks that open and close a quotation, paired by position in the sentence. */
const OPENING_QUOTES = '«“';
const CLOSING_QUOTES = '»”';

/** Whether a position of the sentence lies inside a quotation opened in that sentence. */
function insideQuotation(doc: Doc, sentence: Sentence, at: number): boolean {
  let depth = 0;
  for (const char of doc.text.slice(sentence.start, at)) {
    if (OPENING_QUOTES.includes(char)) depth++;
    else if (CLOSING_QUOTES.includes(char)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/**
 * "Même si Trump reste ouvert à une rencontre avec le dirigeant nord-coréen, il le met en garde": subject
 * and object pronouns become actor slots standing for their antecedents — a subject pronoun for the
 * latest subject before it (else the latest person or organisation of the previous sentences), an object
 * pronoun for the latest other actor. A light stand-in for coreference.
 */
export function withPronouns(
  doc: Doc,
  sentence: Sentence,
  coding: CodingSentence,
  cues: Cues,
  upos?: (pos: number) => string | undefined,
  deprel?: (pos: number) => string | undefined,
): CodingSentence {
  const latest = antecedent(doc, sentence, false);
  const continued = previousSubject(doc, sentence, cues) ?? latest;
  const added: ActorSlot[] = [];
  let subject: ActorRef | null = null;
  coding.forms.forEach((forms, pos) => {
    if (coding.actors.some((a) => a.first <= pos && pos < a.end)) return;
    const relation = deprel?.(pos);
    // « Ce dernier a affirmé », "the latter said": the latest name, whatever the previous main subject.
    if (
      relation?.startsWith('nsubj') &&
      cues.any('latest-anaphor', forms) &&
      pos > 0 &&
      cues.any('determiner', coding.forms[pos - 1])
    ) {
      subject = latest;
      if (subject) added.push({ first: pos - 1, end: pos + 1, ref: subject, group: 0 });
      return;
    }
    if (upos && upos(pos) !== 'PRON') return;
    const before = coding.actors.filter((a) => a.end <= pos);
    if (cues.any('subject-pronoun', forms) && (!relation || relation.startsWith('nsubj'))) {
      const inSentence = deprel
        ? [...before]
            .reverse()
            .find((a) => deprel(a.first)?.startsWith('nsubj') || deprel(a.end - 1)?.startsWith('nsubj'))
        : undefined;
      // Only a pronoun opening the sentence continues its main subject; further in, the latest name is likelier.
      subject = inSentence?.ref ?? (pos < OPENING_TOKENS ? continued : latest);
      // "he", "she" stand for a person: a country or an institution in that place yields to the latest person.
      if (subject && cues.any('person-pronoun', forms) && !isPerson(doc, subject))
        subject = antecedent(doc, sentence, false, null, true);
      if (subject) added.push({ first: pos, end: pos + 1, ref: subject, group: 0 });
    } else if (
      upos &&
      cues.any('object-pronoun', forms) &&
      // "against him", "contre lui": after a preposition a pronoun is no article.
      (!relation ||
        /^(obj|iobj)/.test(relation) ||
        (/^(obl|nmod)/.test(relation) && cues.any('preposition', coding.forms[pos - 1] ?? [])))
    ) {
      // Object clitics share their forms with articles ("le", "la"): only a tagger tells them apart.
      const other = [...before]
        .reverse()
        .find((a) => !subject || (a.ref.actor ?? a.ref.country) !== (subject.actor ?? subject.country));
      const ref = other?.ref ?? antecedent(doc, sentence, true, subject);
      if (ref) added.push({ first: pos, end: pos + 1, ref, group: 0 });
    }
  });
  if (added.length === 0) return coding;
  // Each pronoun stands alone; existing coordinations keep their groups.
  const offset = coding.actors.reduce((m, a) => Math.max(m, a.group), 0) + 1;
  const slots = [...coding.actors, ...added.map((a, i) => ({ ...a, group: offset + i }))];
  slots.sort((a, b) => a.first - b.first);
  return { forms: coding.forms, actors: slots };
}

/** CAMEO roles of a society's actors that are not its state: citizens, opposition, rebels. */
const NON_STATE_ROLES = ['CVL', 'OPP', 'REB'];

/**
 * "Protesters defied a ban" after "the US sanctioned the generals": citizens or an opposition do not
 * answer what was done to their state, nor a state what was done to its opposition.
 */
function sameSide(a: ActorRef, b: ActorRef): boolean {
  const nonState = (r: ActorRef) => NON_STATE_ROLES.includes((r.actor ?? '').slice(3, 6));
  return nonState(a) === nonState(b);
}

/** Roots of reactions (statements, criticism, rejection, warnings) whose target is often the author of what they react to. */
const REACTION_ROOTS = ['01', '11', '12', '13'];
/** How many sentences back a reaction looks for what it reacts to. */
export const REACTION_WINDOW = 2;

/**
 * "La CPI a émis un mandat d'arrêt contre Poutine. La Russie a nié les accusations.": a reaction without
 * a stated target answers the latest event that targeted its source, within a couple of sentences.
 */
export function reactionTarget(
  event: CodedEvent,
  recent: readonly { sentence: number; event: CodedEvent }[],
  sentence: number,
  topic: ActorRef | null,
): ActorRef | null {
  if (!REACTION_ROOTS.includes(event.root) || !event.source) return null;
  for (let i = recent.length - 1; i >= 0; i--) {
    const previous = recent[i];
    if (sentence - previous.sentence > REACTION_WINDOW) break;
    const p = previous.event;
    const reactsTo =
      event.source.country !== undefined &&
      p.target?.country === event.source.country &&
      sameSide(event.source, p.target);
    if (reactsTo && p.source && p.source.country !== event.source.country) {
      return { ...p.source, mention: undefined };
    }
  }
  // "Les Européens ont déclenché le mécanisme contre l'Iran. […] Téhéran a dénoncé une erreur": further
  // away, a reaction answers the story's lead event when that targeted its source.
  const lead = recent[0]?.event;
  if (
    lead?.source &&
    !lead.negated &&
    event.source.country !== undefined &&
    lead.target?.country === event.source.country &&
    sameSide(event.source, lead.target) &&
    lead.source.country !== event.source.country
  )
    return { ...lead.source, mention: undefined };
  const force = forceTarget(event, recent);
  if (force) return force;
  if (!topic || !TOPIC_TARGET_ROOTS.includes(event.root) || topic.entity === event.source.entity) return null;
  return topic.country !== undefined && topic.country === event.source.country ? null : topic;
}

/**
 * "Iran condemned the strikes": a third party's criticism answers the story's use of force, the one its
 * lead reports (the earliest) rather than the background that follows.
 */
export function forceTarget(
  event: CodedEvent,
  recent: readonly { sentence: number; event: CodedEvent }[],
): ActorRef | null {
  const source = event.source;
  if (!source || !TOPIC_TARGET_ROOTS.includes(event.root)) return null;
  const force = recent.find(
    (r) =>
      FORCE_ROOTS.includes(r.event.root) &&
      !r.event.negated &&
      r.event.source?.country !== undefined &&
      r.event.source.country !== source.country &&
      // A party with no country (an NGO, a news outlet) is no side of the act.
      (source.country === undefined || r.event.target?.country !== source.country),
  );
  return force?.event.source ? { ...force.event.source, mention: undefined } : null;
}

/** Criticism and rejection with no stated target are aimed, in news, at the story's main actor. */
const TOPIC_TARGET_ROOTS = ['11', '12'];
/** Acts a third party's criticism most often answers: sanctions and cut ties, repression, assault, fighting, mass violence. */
const FORCE_ROOTS = ['16', '17', '18', '19', '20'];

/** The document's main actor: the entity with a code mentioned most often. */
export function topicActor(doc: Doc): ActorRef | null {
  let best: { ref: ActorRef; count: number } | undefined;
  for (const entity of doc.entities) {
    if (!(entity.actor ?? entity.country) || entity.mentions.length < 2) continue;
    if (!best || entity.mentions.length > best.count) {
      best = {
        ref: { name: entity.name, entity: entity.id, actor: entity.actor, country: entity.country },
        count: entity.mentions.length,
      };
    }
  }
  return best?.ref ?? null;
}

/** Codes of repression: violent repression (175) and arrests (173) by a state's forces. */
const REPRESSION_CODES = ['175', '173'];
/** Roles of the forces that repress and arrest. */
const FORCE_ROLES = ['GOV', 'MIL', 'COP', 'SPY'];

/**
 * Violent repression and arrests by a state's forces ("la police a effectué 1 000 arrestations") with no
 * stated target are used against its country's civilians.
 */
export function repressionTarget(event: CodedEvent): ActorRef | null {
  const country = event.source?.country;
  if (!REPRESSION_CODES.includes(event.cameo) || !country) return null;
  if (event.cameo !== '175' && !FORCE_ROLES.includes((event.source?.actor ?? '').slice(3, 6))) return null;
  return { name: `${country} civilians`, actor: `${country}CVL`, country };
}

/** Roots whose events by a group within a country address that country's government when no target is said. */
const DOMESTIC_ROOTS = ['10', '14'];

/**
 * CAMEO convention: a protest or a demand with no stated target by a group or institution ("the court
 * ordered the reinstatement") is directed at the government of its country. A state protesting ("la
 * France a protesté") protests to another state, which the sentence leaves unsaid.
 */
export function protestTarget(event: CodedEvent): ActorRef | null {
  const country = event.source?.country;
  const actor = event.source?.actor ?? country;
  if (!DOMESTIC_ROOTS.includes(event.root) || !country || actor === country || actor === `${country}GOV`)
    return null;
  return { name: `${country} government`, actor: `${country}GOV`, country };
}

/** Roots of repression and material conflict whose report by a third party is itself an accusation. */
const VIOLENCE_ROOTS = ['17', '18', '19', '20'];

/** CAMEO role codes of a state's own institutions. */
const STATE_ROLES = ['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG'];

/**
 * A state's institution reporting what another of its institutions did ("the Department of Defense said
 * the military killed ...") claims the act; it does not accuse. An opposition reporting it does.
 */
function sameState(a: ActorRef, b: ActorRef): boolean {
  const role = (r: ActorRef) => (r.actor ?? '').slice(3, 6);
  const country = (r: ActorRef) => (r.actor ?? r.country ?? '').slice(0, 3);
  return (
    country(a) !== '' &&
    country(a) === country(b) &&
    STATE_ROLES.includes(role(a)) &&
    (STATE_ROLES.includes(role(b)) || role(b) === '')
  );
}

/**
 * PETRARCH's transformation "a (b . ATTACK) SAY = a b 112": someone who reports that b attacked
 * (a quotation, or a "selon X" attribution) accuses b. The reported attack is kept as well.
 */
export function reportedViolenceClaim(doc: Doc, event: CodedEvent): CodedEvent | undefined {
  if (!VIOLENCE_ROOTS.includes(event.root) || !event.source || !event.target || !event.trigger)
    return undefined;
  const at = event.trigger;
  const covering = (span?: { start: number; end: number }) =>
    span !== undefined && span.start <= at.start && at.end <= span.end;
  const speaker =
    doc.quotes.find((q) => covering(q) && q.speaker)?.speaker ??
    doc.sources.find((s) => covering(s.covers) && s.source)?.source;
  if (!speaker || !(speaker.actor ?? speaker.country)) return undefined;
  if ((speaker.actor ?? speaker.country) === (event.source.actor ?? event.source.country)) return undefined;
  if (sameState(speaker, event.source)) return undefined;
  const info = cameoCode('112');
  return {
    ...event,
    cameo: '112',
    root: '11',
    quadClass: info?.quadClass,
    goldstein: info?.goldstein,
    plover: info?.plover,
    mode: info?.mode,
    source: speaker,
    target: event.source,
    modality: 'asserted',
    mentions: undefined,
  };
}
