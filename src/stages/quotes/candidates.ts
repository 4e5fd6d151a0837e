import type { Doc } from '../../document/doc.ts';
import type { Entity, Span, Token } from '../../document/types.ts';
import { isGivenName } from '../../knowledge/actors/index.ts';
import { set } from '../../lang/index.ts';
import { hasClass, normalise, type PronounInfo, type QuoteLexicon } from './lexicon.ts';

/** A phrase that may name a speaker: a name, a pronoun or a description ("le porte-parole du Kremlin"). */
export interface Candidate extends Span {
  text: string;
  kind: 'name' | 'pronoun' | 'description';
  /** Token range [first, last). */
  first: number;
  last: number;
  entity?: Entity;
  pronoun?: PronounInfo;
  /** Description naming an organisation ("l'ONG", "the ministry"). */
  organisation?: boolean;
  /** Indefinite description ("un manifestant"): a new referent, not someone named before. */
  indefinite?: boolean;
  /** Role word of a description, or the role written just before a name ("President Volodymyr Zelensky"). */
  role?: string;
  /** Inside a prepositional phrase ("du Kremlin", "of Iraq"): not a subject. */
  inPrepositionalPhrase: boolean;
  /** Followed by a possessive 's: not a subject. */
  possessive: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
}

/** Particles inside names ("van", "bin", "de"), from src/lang/common/quotes-name-particles.txt. */
const NAME_CONNECTORS = set('common', 'quotes-name-particles', true);

function isCapitalised(token: Token): boolean {
  return /^[\p{Lu}]/u.test(token.text) && /\p{L}/u.test(token.text);
}

/** Strips "-t-il" / "-il" clitic spelling so inverted pronouns match the pronoun table. */
export function pronounKey(token: Token): string {
  return normalise(token.text).replace(/^-(t-)?/, '');
}

/**
 * Collects speaker candidates over the whole document: entity mentions first, then capitalised
 * name runs the entity layer missed, pronouns and role descriptions.
 */
export function collectCandidates(doc: Doc, lexicon: QuoteLexicon, quoted: Span[]): Candidate[] {
  const tokens = doc.tokens;
  const covered = new Uint8Array(tokens.length);
  const out: Candidate[] = [];
  const isQuoted = (start: number) => quoted.some((q) => start >= q.start && start < q.end);

  const make = (first: number, last: number, kind: Candidate['kind'], entity?: Entity): Candidate => ({
    start: tokens[first].start,
    end: tokens[last - 1].end,
    text: doc.text.slice(tokens[first].start, tokens[last - 1].end),
    kind,
    first,
    last,
    entity,
    inPrepositionalPhrase: afterPreposition(tokens, first, lexicon),
    possessive: tokens[last]?.text === "'s" || tokens[last]?.text === '’s',
    quoted: isQuoted(tokens[first].start),
  });

  for (const entity of doc.entities) {
    // Only people and organisations speak; places and other names are left to the name scan below.
    if (entity.type !== 'PER' && entity.type !== 'ORG') continue;
    for (const mention of entity.mentions) {
      const tokenSpan = doc.tokensIn(mention);
      // Guard against function words tagged as names ("Un des chercheurs").
      if (tokenSpan.length === 0 || lexicon.notNames.has(normalise(mention.text))) continue;
      const first = tokenSpan[0].index;
      const last = tokenSpan[tokenSpan.length - 1].index + 1;
      let kind: Candidate['kind'] =
        mention.kind === 'pronoun' ? 'pronoun' : mention.kind === 'description' ? 'description' : 'name';
      // A bare role or organisation noun ("ONG") is a description even when tagged as a name.
      if (
        kind === 'name' &&
        (isRoleOnly(tokens, first, last, lexicon) ||
          (isRoleName(mention.text, lexicon) && !(entity.type === 'PER' && hasGivenName(mention.text))))
      ) {
        kind = 'description';
      }
      // "US Secretary of State Mike Pompeo" tagged as one name: keep the name after the role.
      const nameFirst =
        kind === 'name' && entity.type === 'PER' ? stripRoles(tokens, first, last, lexicon)[0] : first;
      const candidate = make(
        nameFirst,
        last,
        kind,
        kind === 'description' && mention.kind === 'name' ? undefined : entity,
      );
      if (kind === 'description') {
        candidate.organisation = entity.type === 'ORG';
        candidate.indefinite =
          hasClass(lexicon, tokens[first].text, 'indef') ||
          (first > 0 && hasClass(lexicon, tokens[first - 1].text, 'indef'));
      }
      if (kind === 'pronoun') candidate.pronoun = lexicon.pronouns.get(pronounKey(tokens[first]));
      out.push(candidate);
      for (let i = first; i < last; i++) covered[i] = 1;
    }
  }

  const capitalisedInside = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (isCapitalised(tokens[i]) && !isSentenceStart(doc, i))
      capitalisedInside.add(normalise(tokens[i].text));
  }

  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const token = tokens[i];
    const key = pronounKey(token);
    const pronoun = lexicon.pronouns.get(key);
    if (pronoun && (!pronoun.afterAccordingOnly || followsAccordingCue(tokens, i, lexicon))) {
      out.push({ ...make(i, i + 1, 'pronoun'), pronoun });
      continue;
    }
    // After an inverted speech verb any noun phrase is the speaker: "explique l'ingénieur", "soupirait un agent".
    if (
      hasClass(lexicon, token.text, 'det') &&
      afterSpeechVerb(tokens, i, lexicon) &&
      isContentWord(tokens[i + 1], lexicon) &&
      !insideDescription(out, token.start)
    ) {
      const last = extendComplement(tokens, covered, i + 2, lexicon);
      const organisation = lexicon.orgNouns.has(normalise(tokens[i + 1].text));
      out.push({
        ...make(i, last, 'description'),
        // The inverted subject follows the addressee, not a preposition: "a affirmé à la presse le maire".
        inPrepositionalPhrase: false,
        organisation,
        indefinite: hasClass(lexicon, token.text, 'indef'),
      });
      i = last - 1;
      continue;
    }
    const role = matchRole(tokens, i, lexicon);
    if (role > i && hasDeterminerBefore(tokens, i, lexicon) && !insideDescription(out, token.start)) {
      const det = determinerStart(tokens, i, lexicon);
      const last = extendComplement(tokens, covered, role, lexicon);
      const organisation = tokens.slice(i, role).some((t) => lexicon.orgNouns.has(normalise(t.text)));
      out.push({
        ...make(det, last, 'description'),
        organisation,
        indefinite: hasClass(lexicon, tokens[det].text, 'indef'),
      });
      // A name right after the description ("président Emmanuel Macron") is found by the name scan.
      i = last - 1;
      continue;
    }
    if (
      isCapitalised(token) &&
      !lexicon.notNames.has(normalise(token.text)) &&
      !isSentenceInitialWord(doc, i, lexicon)
    ) {
      let last = i + 1;
      while (last < tokens.length && !covered[last]) {
        if (
          isCapitalised(tokens[last]) &&
          !lexicon.notNames.has(normalise(tokens[last].text)) &&
          tokens[last].start - tokens[last - 1].end <= 1
        )
          last++;
        else if (
          NAME_CONNECTORS.has(normalise(tokens[last].text)) &&
          tokens[last + 1] &&
          isCapitalised(tokens[last + 1]) &&
          !lexicon.notNames.has(normalise(tokens[last + 1].text))
        )
          last += 2;
        else break;
      }
      // "the Belarusian leader", "the US envoy": a capitalised modifier of a role noun.
      const roleAfter = matchRole(tokens, last, lexicon);
      if (last < tokens.length && roleAfter > last && determinerStart(tokens, i, lexicon) < i) {
        const end = extendComplement(tokens, covered, roleAfter, lexicon);
        const organisation = tokens
          .slice(last, roleAfter)
          .some((t) => lexicon.orgNouns.has(normalise(t.text)));
        out.push({ ...make(determinerStart(tokens, i, lexicon), end, 'description'), organisation });
        i = end - 1;
        continue;
      }
      // A capitalised modifier glued to a known name ("Belarusian KGB", "US Secretary of State Mike Pompeo").
      if (covered[last] && tokens[last].start - tokens[last - 1].end <= 1 && candidateStarting(out, last)) {
        i = last - 1;
        continue;
      }
      // A lone capitalised word opening a sentence is a name only if the text capitalises it elsewhere too.
      const beforeVerb =
        tokens[last] !== undefined &&
        (lexicon.speechVerbs.has(normalise(tokens[last].text)) ||
          lexicon.sourceVerbs.has(normalise(tokens[last].text)));
      if (
        last === i + 1 &&
        isSentenceStart(doc, i) &&
        !capitalisedInside.has(normalise(token.text)) &&
        !beforeVerb
      )
        continue;
      const [nameFirst, kind] = stripRoles(tokens, i, last, lexicon);
      if (kind === 'description') {
        out.push({ ...make(i, last, 'description'), organisation: false });
      } else {
        out.push(make(nameFirst, last, 'name'));
      }
      i = last - 1;
    }
  }
  out.sort((a, b) => a.start - b.start);
  for (const candidate of out) candidate.role = roleOf(tokens, candidate, lexicon);
  for (const candidate of out)
    if (apposedToAdverbial(tokens, out, candidate, lexicon)) candidate.inPrepositionalPhrase = true;
  return out;
}

/**
 * A name apposed to a noun inside an adverbial phrase belongs to that phrase: "cité par l'agence
 * officielle IRNA", "en conflit avec le parti au pouvoir, Rêve géorgien, a promis". A noun
 * complement ("le ministre des Affaires étrangères, Sergueï Lavrov") does not count.
 */
function apposedToAdverbial(
  tokens: Token[],
  candidates: Candidate[],
  name: Candidate,
  lexicon: QuoteLexicon,
): boolean {
  if (name.kind !== 'name' || name.inPrepositionalPhrase) return false;
  let end = name.first;
  if (tokens[end - 1]?.text === ',') {
    end--;
    // Past a short lower-case complement of the noun: "le parti au pouvoir, X".
    for (let steps = 0; steps < 4 && end > 0 && /^\p{Ll}[\p{L}'’-]*$/u.test(tokens[end - 1].text); steps++) {
      if (candidates.some((c) => c.last === end)) break;
      end--;
    }
  }
  const host = candidates.find((c) => c !== name && c.last === end && c.kind === 'description');
  if (!host?.inPrepositionalPhrase) return false;
  let k = host.first - 1;
  while (k >= 0 && hasClass(lexicon, tokens[k].text, 'det')) k--;
  return k >= 0 && hasClass(lexicon, tokens[k].text, 'prep') && !hasClass(lexicon, tokens[k].text, 'gen');
}

/** The role inside a description, or in the few words before a name. */
function roleOf(tokens: Token[], candidate: Candidate, lexicon: QuoteLexicon): string | undefined {
  if (candidate.kind === 'pronoun') return undefined;
  const from = candidate.kind === 'description' ? candidate.first : Math.max(0, candidate.first - 4);
  const to = candidate.kind === 'description' ? candidate.last : candidate.first;
  let role: string | undefined;
  for (let i = from; i < to; i++) {
    if (tokens[i].sentence !== tokens[candidate.first].sentence) continue;
    const end = matchRole(tokens, i, lexicon);
    if (end > i && end <= Math.max(to, i + 1)) role = normalise(tokens[end - 1].text);
  }
  return role;
}

/** Token i follows a speech verb inverted after a quotation: "», explique l'ingénieur", "», a déclaré le ministre". */
/** Words an inverted subject may follow: "a déclaré jeudi à l'AFP une source diplomatique". */
const INTERVENING = 4;

function afterSpeechVerb(tokens: Token[], i: number, lexicon: QuoteLexicon): boolean {
  let verb = i - 1;
  // "à la presse" is the addressee, not the subject.
  if (tokens[verb] && hasClass(lexicon, tokens[verb].text, 'prep')) return false;
  // A speech-verb form after a determiner is a noun: "à la presse".
  const isVerb = (k: number) =>
    lexicon.speechVerbs.has(normalise(tokens[k].text)) &&
    !hasClass(lexicon, tokens[k - 1]?.text ?? '', 'det');
  // Skip a time adverbial and an addressee between the verb and its subject.
  for (let k = 0; k < INTERVENING && tokens[verb] && !isVerb(verb); k++) {
    const text = tokens[verb].text;
    const clauseWord = ['sub', 'rel', 'coord'].some((cls) => hasClass(lexicon, text, cls));
    if (!/^\p{L}[\p{L}'’-]*$/u.test(text) || clauseWord || lexicon.pronouns.has(normalise(text)))
      return false;
    verb--;
  }
  if (tokens[verb]?.text.startsWith('-')) verb--;
  if (!tokens[verb] || !lexicon.speechVerbs.has(normalise(tokens[verb].text))) return false;
  let before = verb - 1;
  if (tokens[before] && hasClass(lexicon, tokens[before].text, 'aux')) before--;
  if (tokens[before] && hasClass(lexicon, tokens[before].text, 'refl')) before--;
  if (tokens[before]?.text === ',') before--;
  // Only right after a quotation ("», explique…"); after "Binali Yildirim, dénonce…" the phrase is an object.
  return tokens[before] !== undefined && /^[»”"]$/.test(tokens[before].text);
}

function isContentWord(token: Token | undefined, lexicon: QuoteLexicon): boolean {
  if (!token || !/^\p{Ll}[\p{L}'’-]*$/u.test(token.text)) return false;
  if (token.upos) return token.upos === 'NOUN';
  return !lexicon.wordClass.has(normalise(token.text)) && !lexicon.speechVerbs.has(normalise(token.text));
}

function insideDescription(candidates: Candidate[], offset: number): boolean {
  const last = candidates[candidates.length - 1];
  return last !== undefined && last.kind === 'description' && last.start <= offset && offset < last.end;
}

function candidateStarting(candidates: Candidate[], token: number): boolean {
  return candidates.some((c) => c.first === token && c.entity !== undefined);
}

function isSentenceStart(doc: Doc, i: number): boolean {
  const sentence = doc.sentences[doc.tokens[i].sentence];
  if (!sentence) return i === 0;
  let first = sentence.firstToken;
  while (first < i && /^[«“"„‘—–\-(]$/.test(doc.tokens[first].text)) first++;
  return first === i;
}

/** A capitalised ordinary word at the start of a sentence or quotation ("Bucha était..." stays a name). */
function isSentenceInitialWord(doc: Doc, i: number, lexicon: QuoteLexicon): boolean {
  if (!isSentenceStart(doc, i) && !/^[«“"„:]$/.test(doc.tokens[i - 1]?.text ?? '')) return false;
  const word = normalise(doc.tokens[i].text);
  return lexicon.notNames.has(word) || lexicon.wordClass.has(word) || lexicon.speechVerbs.has(word);
}

function afterPreposition(tokens: Token[], first: number, lexicon: QuoteLexicon): boolean {
  // A name in brackets ("WASHINGTON (Reuters) -") is no subject either.
  if (tokens[first - 1]?.text === '(') return true;
  let i = first - 1;
  // Skip determiners and adjectives between the preposition and the noun: "de la Syrie", "of the acting".
  for (let steps = 0; i >= 0 && steps < 3; steps++, i--) {
    const word = tokens[i].text;
    if (hasClass(lexicon, word, 'prep')) return true;
    if (!hasClass(lexicon, word, 'det') && !/^\p{Ll}+$/u.test(word)) return false;
    if (hasClass(lexicon, word, 'det')) continue;
    // A lower-case word that is neither a determiner nor a preposition ends the phrase
    // unless it looks like an adjective directly after a determiner.
    if (!(i > 0 && hasClass(lexicon, tokens[i - 1].text, 'det'))) return false;
  }
  return false;
}

/** "Bruno Le Maire" is a person, not the role "le maire": a known given name makes a name. */
function hasGivenName(name: string): boolean {
  return name.split(/\s+/).some((word) => /^\p{Lu}/u.test(word) && isGivenName(word));
}

/** A name made of role words and at most one modifier ("US Secretary of State", "Prime Minister of Iraq"). */
export function isRoleName(name: string, lexicon: QuoteLexicon): boolean {
  const roleWords = new Set(lexicon.roles.flat());
  const words = normalise(name).split(/\s+/);
  const rest = words.filter(
    (w) => !roleWords.has(w) && !hasClass(lexicon, w, 'gen') && !hasClass(lexicon, w, 'det'),
  );
  return words.length > 1 && rest.length <= 1 && rest.length < words.length - 1;
}

/** "selon lui", "according to him": an according cue ends right before token `i`. */
function followsAccordingCue(tokens: Token[], i: number, lexicon: QuoteLexicon): boolean {
  return lexicon.accordingCues.some((cue) => {
    const first = i - cue.words.length;
    return first >= 0 && cue.words.every((word, k) => normalise(tokens[first + k].text) === word);
  });
}

function isRoleOnly(tokens: Token[], first: number, last: number, lexicon: QuoteLexicon): boolean {
  let i = first;
  while (i < last && hasClass(lexicon, tokens[i].text, 'det')) i++;
  return i < last && matchRole(tokens, i, lexicon) === last;
}

/** Index after a role phrase starting at `i`, or `i` when none starts there. */
export function matchRole(tokens: Token[], i: number, lexicon: QuoteLexicon): number {
  let best = i;
  if (i >= tokens.length) return best;
  for (const role of lexicon.rolesByFirstWord.get(normalise(tokens[i].text)) ?? []) {
    if (i + role.length > tokens.length || i + role.length <= best) continue;
    if (role.every((word, k) => normalise(tokens[i + k].text) === word)) best = i + role.length;
  }
  if (best === i && lexicon.orgNouns.has(normalise(tokens[i].text))) best = i + 1;
  return best;
}

function hasDeterminerBefore(tokens: Token[], i: number, lexicon: QuoteLexicon): boolean {
  return determinerStart(tokens, i, lexicon) < i;
}

/** The determiner opening the noun phrase whose head is at `i`, allowing two adjectives in between. */
function determinerStart(tokens: Token[], i: number, lexicon: QuoteLexicon): number {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (hasClass(lexicon, tokens[k].text, 'det')) return k;
    if (!/^\p{L}[\p{L}-]*$/u.test(tokens[k].text) || hasClass(lexicon, tokens[k].text, 'prep')) break;
  }
  return i;
}

/** Extends a description over its adjective and complement: "le porte-parole du Kremlin", "the Belarusian leader". */
function extendComplement(tokens: Token[], covered: Uint8Array, end: number, lexicon: QuoteLexicon): number {
  let last = end;
  // Post-posed adjective: "le président biélorusse". With a parse, only a tagged adjective; without,
  // any lower-case content word that is not a speech verb.
  const next = tokens[last];
  // A speech verb after the noun is the verb even when tagged as an adjective ("l'ONG précise que").
  const adjective =
    next !== undefined &&
    !lexicon.speechVerbs.has(normalise(next.text)) &&
    (next.upos
      ? next.upos === 'ADJ'
      : /^\p{Ll}+$/u.test(next.text) && !lexicon.wordClass.has(normalise(next.text)));
  if (adjective && lexicon.postposedAdjectives) last++;
  const prep = tokens[last];
  if (prep && hasClass(lexicon, prep.text, 'gen')) {
    let k = last + 1;
    while (k < tokens.length && hasClass(lexicon, tokens[k].text, 'det')) k++;
    let j = k;
    // A complement the entity layer found is taken whole ("l'avocate de Bernard", "de la Maison Blanche").
    while (j < tokens.length && covered[j]) j++;
    if (j > k) return j;
    // Otherwise stops at a name the entity layer found: "le ministre de la Défense | Shaoul Mofaz".
    while (
      j < tokens.length &&
      !covered[j] &&
      (isCapitalised(tokens[j]) ||
        (j > k &&
          NAME_CONNECTORS.has(normalise(tokens[j].text)) &&
          tokens[j + 1] &&
          isCapitalised(tokens[j + 1])))
    )
      j++;
    if (j > k) last = j;
  }
  return last;
}

/** A capitalised run that contains a role ("Greek Foreign Minister George Katrougalos") keeps only the name after it. */
function stripRoles(
  tokens: Token[],
  first: number,
  last: number,
  lexicon: QuoteLexicon,
): [number, Candidate['kind']] {
  let nameFirst = first;
  for (let i = first; i < last; i++) {
    const end = matchRole(tokens, i, lexicon);
    if (end <= i) continue;
    // A role word closing a run of two or more names is a surname: "Bruno Le Maire", "Pierre Le Roi".
    if (end === last && i - nameFirst >= 2) break;
    nameFirst = end;
    i = end - 1;
  }
  // "Secretary of State Mike Pompeo": skip connectors and role complements left over.
  while (nameFirst < last && NAME_CONNECTORS.has(normalise(tokens[nameFirst].text))) nameFirst++;
  if (nameFirst >= last) return [first, 'description'];
  return [nameFirst, 'name'];
}
