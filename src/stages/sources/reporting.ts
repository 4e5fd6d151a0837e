import type { SourceAttribution } from '../../document/types.ts';
import { findSpeechCues } from '../quotes/cues.ts';
import { hasClass, normalise } from '../quotes/lexicon.ts';
import {
  coveredClause,
  firstOfVerbGroup,
  isPerson,
  overlaps,
  reportedContent,
  type SourceContext,
  sentenceOf,
  span,
  stripDeterminer,
} from './context.ts';

/** "a rapporté le Moscow Times", "Reuters reported": the subject of a reporting verb, if not a person. */
export function reportingSources(ctx: SourceContext, out: SourceAttribution[]): void {
  const { doc, tokens, lexicon, candidates, resolver } = ctx;
  const reportCues = findSpeechCues(tokens, 0, tokens.length, lexicon, lexicon.sourceVerbs);
  for (const cue of reportCues) {
    const sentence = sentenceOf(ctx, cue.first);
    const inverted = candidates.find(
      (c) => c.first >= cue.last && c.first <= cue.last + 1 && c.kind !== 'pronoun' && !c.quoted,
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
    const source = precededByComma && inverted ? inverted : (before ?? null);
    if (!source || isPerson(doc, source)) continue;
    const first = source === inverted ? firstOfVerbGroup(doc, cue.first, lexicon) : source.first;
    const last = source === inverted ? source.last : cue.last;
    const attribution = span(ctx, first, last);
    if (out.some((s) => overlaps(s, attribution))) continue;
    out.push({
      ...attribution,
      source: resolver.resolve(source),
      covers:
        source === inverted
          ? coveredClause(doc, first, last, sentence.firstToken, sentence.lastToken)
          : reportedContent(doc, lexicon, first, last, sentence),
    });
  }
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
  for (const cue of findSpeechCues(tokens, 0, tokens.length, lexicon)) {
    const sentence = sentenceOf(ctx, cue.first);
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
