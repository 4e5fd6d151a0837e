import type { SourceAttribution, Span } from '../../document/types.ts';
import type { Candidate } from '../quotes/candidates.ts';
import { findSpeechCues, type SpeechCue } from '../quotes/cues.ts';
import { hasClass, isAttributionTail, normalise } from '../quotes/lexicon.ts';
import {
  coveredClause,
  firstOfVerbGroup,
  isPerson,
  overlaps,
  reportedContent,
  resolveSource,
  type SourceContext,
  sentenceOf,
  span,
  stripDeterminer,
} from './context.ts';

/** "a rapporté le Moscow Times", "Reuters reported": the subject of a reporting verb, if not a person. */
export function reportingSources(ctx: SourceContext, out: SourceAttribution[]): void {
  const { doc, tokens, lexicon } = ctx;
  const reportCues = findSpeechCues(tokens, 0, tokens.length, lexicon, lexicon.sourceVerbs);
  for (const cue of reportCues) {
    // "published a report": after a determiner the word is the noun; "il se révéla" is no report.
    const before = tokens[cue.first - 1]?.text ?? '';
    if (hasClass(lexicon, before, 'det') || hasClass(lexicon, before, 'refl')) continue;
    const found = verbSubject(ctx, cue);
    if (!found || found.source.kind === 'pronoun' || isPerson(doc, found.source)) continue;
    pushSubjectSource(ctx, out, cue, found);
  }
}

/**
 * "The council will meet on Friday, the body said.": a statement closed by an organisation's short
 * attribution clause comes from that organisation. Quote cues are the quotes' business.
 */
export function trailingSources(ctx: SourceContext, out: SourceAttribution[], quoteCues: Span[]): void {
  const { doc, tokens, lexicon } = ctx;
  for (const cue of findSpeechCues(tokens, 0, tokens.length, lexicon)) {
    const sentence = sentenceOf(ctx, cue.first);
    const found = isAttributionTail(tokens, cue.last, sentence.lastToken - 1, lexicon)
      ? verbSubject(ctx, cue)
      : invertedClosingSubject(ctx, cue);
    if (!found) continue;
    if (!found.inverted && tokens[found.source.first - 1]?.text !== ',') continue;
    if (isPerson(doc, found.source) || found.source.kind === 'pronoun') continue;
    const organisation = found.source.entity?.type === 'ORG' || found.source.organisation === true;
    if (!organisation || quoteCues.some((q) => overlaps(q, span(ctx, cue.first, cue.last)))) continue;
    pushSubjectSource(ctx, out, cue, found);
  }
}

/** Feminine or plural past participles ("détaillée", "publiés"), adjectives after a noun when no parse says otherwise. */
const PAST_PARTICIPLE = /(?:ée|ées|és)$/u;

/**
 * "A U.S. Central Command statement said…", "le communiqué du ministère précise…": a document speaking
 * is a source; its issuer, when named inside the phrase, is the source's name.
 */
export function documentSources(ctx: SourceContext, out: SourceAttribution[], quoteCues: Span[]): void {
  const { doc, tokens, lexicon, candidates, resolver, documents } = ctx;
  const cues = [
    ...findSpeechCues(tokens, 0, tokens.length, lexicon),
    ...findSpeechCues(tokens, 0, tokens.length, lexicon, lexicon.sourceVerbs),
  ];
  for (const cue of cues) {
    if (cue.participle || quoteCues.some((q) => overlaps(q, span(ctx, cue.first, cue.last)))) continue;
    // "une étude détaillée": a participle used as an adjective, not the document's verb.
    const verb = tokens[cue.first];
    if (verb.upos ? verb.upos !== 'VERB' : PAST_PARTICIPLE.test(normalise(verb.text))) continue;
    const sentence = sentenceOf(ctx, cue.first);
    let k = cue.first - 1;
    if (k < sentence.firstToken) continue;
    while (
      k > sentence.firstToken &&
      (hasClass(lexicon, tokens[k].text, 'aux') || /^\p{Ll}+ly$/u.test(tokens[k].text))
    )
      k--;
    // The document noun heads the subject: right before the verb, or before a named complement
    // ("le communiqué du ministère", "the report of the UN commission").
    let head = -1;
    if (documents.has(normalise(tokens[k].text))) head = k;
    else {
      const complement = candidates.find((c) => c.last === k + 1 && c.kind !== 'pronoun');
      let g = complement ? complement.first - 1 : -1;
      while (
        g > sentence.firstToken &&
        hasClass(lexicon, tokens[g].text, 'det') &&
        !hasClass(lexicon, tokens[g].text, 'gen')
      )
        g--;
      if (
        g > sentence.firstToken &&
        hasClass(lexicon, tokens[g].text, 'gen') &&
        documents.has(normalise(tokens[g - 1].text))
      )
        head = g - 1;
    }
    if (head < 0) continue;
    let first = head;
    while (
      first > sentence.firstToken &&
      first > head - 5 &&
      !hasClass(lexicon, tokens[first - 1].text, 'prep') &&
      /^[\p{L}\p{N}.'’-]+$/u.test(tokens[first - 1].text) &&
      (hasClass(lexicon, tokens[first - 1].text, 'det') ||
        /^\p{Lu}/u.test(tokens[first - 1].text) ||
        first === head)
    )
      first--;
    if (!hasClass(lexicon, tokens[first].text, 'det') && first !== sentence.firstToken) continue;
    // "a affirmé dans un rapport publié jeudi": a document inside a prepositional phrase is no subject.
    if (first > sentence.firstToken && hasClass(lexicon, tokens[first - 1].text, 'prep')) continue;
    const issuer =
      candidates.find((c) => c.first >= first && c.last <= k + 1 && c.entity?.type === 'ORG' && !c.quoted) ??
      candidates.find((c) => c.first >= first && c.last <= k + 1 && c.kind === 'name' && !c.quoted);
    const attribution = span(ctx, first, cue.last);
    if (out.some((x) => overlaps(x, attribution))) continue;
    out.push({
      ...attribution,
      source: issuer ? resolver.resolve(issuer) : { name: stripDeterminer(doc, first, k + 1, lexicon) },
      covers: reportedContent(doc, lexicon, first, cue.last, sentence),
    });
  }
}

/**
 * ", a annoncé lundi soir l'Instance électorale (ISIE).": after a comma, an inverted subject that closes
 * the sentence, past a short time adverbial.
 */
function invertedClosingSubject(ctx: SourceContext, cue: SpeechCue): VerbSubject | null {
  const { tokens, lexicon, candidates } = ctx;
  const verbGroup = firstOfVerbGroup(ctx.doc, cue.first, lexicon);
  if (tokens[verbGroup - 1]?.text !== ',') return null;
  const sentence = sentenceOf(ctx, cue.first);
  let k = cue.last;
  while (
    k < cue.last + 3 &&
    /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') &&
    !hasClass(lexicon, tokens[k].text, 'det')
  )
    k++;
  while (k < sentence.lastToken && hasClass(lexicon, tokens[k].text, 'det')) k++;
  const source = candidates.find((c) => c.first <= k && k < c.last && c.kind !== 'pronoun' && !c.quoted);
  if (!source) return null;
  // Only a short complement and a bracketed acronym may follow it: "… pour les élections (ISIE)."
  let end = source.last;
  while (end < source.last + 4 && /^\p{Ll}[\p{L}'’]*$/u.test(tokens[end]?.text ?? '')) end++;
  if (tokens[end]?.text === '(') while (end < sentence.lastToken && tokens[end].text !== ')') end++;
  if (tokens[end]?.text === ')') end++;
  return end >= sentence.lastToken - 1 ? { source, inverted: true } : null;
}

interface VerbSubject {
  source: Candidate;
  inverted: boolean;
}

/** The subject of a reporting verb: before it ("Reuters reported") or inverted after it ("a rapporté le Moscow Times"). */
function verbSubject(ctx: SourceContext, cue: SpeechCue): VerbSubject | null {
  const { tokens, lexicon, candidates } = ctx;
  const sentence = sentenceOf(ctx, cue.first);
  // "rapporte le journal Le Monde", "a rapporté l'agence Irna": the outlet's name may follow its kind.
  let nameAt = cue.last;
  while (nameAt < sentence.lastToken && hasClass(lexicon, tokens[nameAt].text, 'det')) nameAt++;
  if (ctx.documents.has(normalise(tokens[nameAt]?.text ?? ''))) nameAt++;
  const inverted = candidates.find(
    (c) =>
      c.first >= cue.last && c.first <= Math.max(cue.last + 1, nameAt) && c.kind !== 'pronoun' && !c.quoted,
  );
  // The subject may sit before a parenthetical: "The Daily Telegraph, citing local groups, reported".
  let subjectEnd = cue.first;
  if (tokens[subjectEnd - 1]?.text === ',') {
    let k = subjectEnd - 2;
    while (k > sentence.firstToken && tokens[k].text !== ',') k--;
    if (tokens[k].text === ',') subjectEnd = k;
  }
  const before = [...candidates]
    .reverse()
    .find(
      (c) =>
        c.last <= subjectEnd &&
        c.last >= subjectEnd - 2 &&
        c.first >= sentence.firstToken &&
        !c.quoted &&
        !c.inPrepositionalPhrase,
    );
  const precededByComma =
    tokens[cue.first - 1]?.text === ',' ||
    (hasClass(lexicon, tokens[cue.first - 1]?.text ?? '', 'aux') && tokens[cue.first - 2]?.text === ',');
  const source = precededByComma && inverted ? inverted : before;
  if (!source) return null;
  return { source, inverted: source === inverted };
}

function pushSubjectSource(
  ctx: SourceContext,
  out: SourceAttribution[],
  cue: SpeechCue,
  { source, inverted }: VerbSubject,
): void {
  const { doc, lexicon } = ctx;
  const sentence = sentenceOf(ctx, cue.first);
  const first = inverted ? firstOfVerbGroup(doc, cue.first, lexicon) : source.first;
  const last = inverted ? source.last : cue.last;
  const attribution = span(ctx, first, last);
  if (out.some((s) => overlaps(s, attribution))) return;
  out.push({
    ...attribution,
    source: resolveSource(ctx, source),
    covers: inverted
      ? coveredClause(doc, first, last, sentence.firstToken, sentence.lastToken)
      : reportedContent(doc, lexicon, first, last, sentence),
  });
}

/** "UNESCO reportedly said", "The CIA … reportedly believe", "was reportedly": second-hand through reports. */
export function hedgedSources(ctx: SourceContext, out: SourceAttribution[]): void {
  const { doc, tokens, candidates, resolver, hedges } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!hedges.has(normalise(tokens[i].text))) continue;
    const sentence = sentenceOf(ctx, i);
    const source = candidates.find(
      (c) =>
        c.first >= sentence.firstToken &&
        c.last <= i &&
        !c.quoted &&
        !c.inPrepositionalPhrase &&
        c.kind !== 'pronoun',
    );
    const first = source ? source.first : Math.max(sentence.firstToken, i - 1);
    const verbEnd = Math.min(i + 2, sentence.lastToken);
    const attribution = span(ctx, first, verbEnd);
    if (out.some((s) => overlaps(s, attribution))) continue;
    out.push({
      ...attribution,
      source: source ? resolver.resolve(source) : null,
      covers: coveredClause(doc, first, verbEnd, sentence.firstToken, sentence.lastToken),
    });
  }
}

/** Unnamed and collective sources: "German officials said", "des témoins ont raconté". */
export function anonymousSources(ctx: SourceContext, out: SourceAttribution[]): void {
  const { doc, tokens, lexicon, anonymous } = ctx;
  // "ont rapporté les médias d'État": reporting verbs take an inverted unnamed subject too.
  for (const cue of findSpeechCues(tokens, 0, tokens.length, lexicon, lexicon.sourceVerbs))
    invertedAnonymous(ctx, out, cue);
  for (const cue of findSpeechCues(tokens, 0, tokens.length, lexicon)) {
    const sentence = sentenceOf(ctx, cue.first);
    if (invertedAnonymous(ctx, out, cue)) continue;
    let head = cue.first - 1;
    while (
      head > sentence.firstToken &&
      (hasClass(lexicon, tokens[head].text, 'aux') || /^\p{Ll}+ly$/u.test(tokens[head].text))
    )
      head--;
    // "a German government source, whom they did not name, said": skip the relative clause.
    if (tokens[head]?.text === ',') {
      let open = head - 1;
      while (open > sentence.firstToken && tokens[open].text !== ',') open--;
      if (tokens[open].text === ',' && hasClass(lexicon, tokens[open + 1]?.text ?? '', 'rel'))
        head = open - 1;
    }
    // The collective noun may carry a complement: "les observateurs spécialistes du monde arabe craignent".
    for (let k = head; k >= sentence.firstToken && k > head - 6; k--) {
      if (anonymous.has(normalise(tokens[k].text))) {
        head = k;
        break;
      }
      const word = normalise(tokens[k].text);
      const clauseWord =
        ['rel', 'sub', 'coord'].some((cls) => hasClass(lexicon, word, cls)) || lexicon.pronouns.has(word);
      if (!/^[\p{Ll}'’-]+$/u.test(tokens[k].text) || clauseWord || lexicon.speechVerbs.has(word)) break;
    }
    if (head < sentence.firstToken || !anonymous.has(normalise(tokens[head].text))) continue;
    let first = head;
    while (
      first > sentence.firstToken &&
      first > head - 4 &&
      /^[\p{L}'’-]+$/u.test(tokens[first - 1].text) &&
      (!lexicon.notNames.has(normalise(tokens[first - 1].text)) ||
        hasClass(lexicon, tokens[first - 1].text, 'det')) &&
      !hasClass(lexicon, tokens[first - 1].text, 'prep') &&
      !hasClass(lexicon, tokens[first - 1].text, 'coord') &&
      !lexicon.speechVerbs.has(normalise(tokens[first - 1].text))
    )
      first--;
    const attribution = span(ctx, first, cue.last);
    if (out.some((s) => overlaps(s, attribution))) continue;
    const name = stripDeterminer(doc, first, head + 1, lexicon);
    out.push({
      ...attribution,
      source: { name },
      covers: reportedContent(doc, lexicon, first, cue.last, sentence),
    });
  }
}

/** Words of an inverted subject's complement: "une source proche du dossier", "un responsable américain". */
const INVERTED_REACH = 6;

/**
 * "« … », a indiqué une source proche du dossier.", ", a affirmé mardi un diplomate": an unnamed
 * subject inverted after the speech verb of an incise.
 */
function invertedAnonymous(ctx: SourceContext, out: SourceAttribution[], cue: SpeechCue): boolean {
  const { doc, tokens, lexicon, anonymous } = ctx;
  const sentence = sentenceOf(ctx, cue.first);
  const verbGroup = firstOfVerbGroup(doc, cue.first, lexicon);
  if (!/^[,»”"]$/.test(tokens[verbGroup - 1]?.text ?? '')) return false;
  let k = cue.last;
  // A short time adverbial may sit between verb and subject: "a affirmé jeudi soir un responsable".
  const adverbial = (text: string) =>
    /^\p{Ll}+$/u.test(text) &&
    !['det', 'indef', 'sub', 'rel', 'coord', 'prep'].some((cls) => hasClass(lexicon, text, cls));
  while (k < cue.last + 3 && k < sentence.lastToken && adverbial(tokens[k].text)) k++;
  const determiner = (i: number) =>
    hasClass(lexicon, tokens[i].text, 'det') || hasClass(lexicon, tokens[i].text, 'indef');
  if (k >= sentence.lastToken || !determiner(k)) return false;
  const head = k + 1;
  if (head >= sentence.lastToken || !anonymous.has(normalise(tokens[head].text))) return false;
  let end = head + 1;
  while (end < sentence.lastToken && end < head + INVERTED_REACH) {
    const text = tokens[end].text;
    const afterComplementWord = hasClass(lexicon, tokens[end - 1].text, 'gen');
    if (!/^[\p{Ll}'’-]+$/u.test(text) && !(afterComplementWord && /^\p{Lu}/u.test(text))) break;
    if (hasClass(lexicon, text, 'prep') && !hasClass(lexicon, text, 'gen')) break;
    if (['rel', 'sub', 'coord'].some((cls) => hasClass(lexicon, text, cls))) break;
    end++;
  }
  // "a expliqué un expert, Paul Durand": the apposed name is the speaker, not an unnamed source.
  if (tokens[end]?.text === ',' && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) return false;
  const attribution = span(ctx, verbGroup, end);
  if (out.some((s) => overlaps(s, attribution))) return true;
  out.push({
    ...attribution,
    source: { name: stripDeterminer(doc, head, end, lexicon) },
    covers: coveredClause(doc, verbGroup, end, sentence.firstToken, sentence.lastToken),
  });
  return true;
}

/**
 * "The Treasury Department said the sanctions…", "l'ONU a averti que…": reported speech whose speaker
 * is an organisation is content that reached the outlet from that body. People speak for themselves.
 */
export function organisationSpeechSources(ctx: SourceContext, out: SourceAttribution[]): void {
  const { doc, tokens, lexicon } = ctx;
  const speechCues = findSpeechCues(tokens, 0, tokens.length, lexicon).map((c) => span(ctx, c.first, c.last));
  for (const quote of doc.quotes) {
    const { speaker, cue } = quote;
    if (quote.kind !== 'indirect' || !speaker?.mention || !cue) continue;
    if (doc.entities.find((e) => e.id === speaker.entity)?.type !== 'ORG') continue;
    // "elle dévoile": a pronoun names no body in the text; "Pour l'opposition" is an opinion, not speech.
    if (lexicon.pronouns.has(normalise(speaker.mention.text))) continue;
    if (!speechCues.some((c) => overlaps(c, cue))) continue;
    const start = Math.min(speaker.mention.start, cue.start);
    const end = Math.max(speaker.mention.end, cue.end);
    // Subject and verb side by side: a long stretch between them is no simple "X said".
    if (end - start > speaker.mention.text.length + cue.text.length + 30) continue;
    const attribution = { start, end, text: doc.text.slice(start, end) };
    if (out.some((s) => overlaps(s, attribution))) continue;
    out.push({
      ...attribution,
      source: speaker,
      covers: { start: quote.start, end: quote.end, text: quote.text },
    });
  }
}
