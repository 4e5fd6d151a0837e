import type { Doc } from '../../document/doc.ts';
import type { Token } from '../../document/types.ts';
import { type Candidate, matchRole } from './candidates.ts';
import { type AccordingMatch, findAccordingCues, findSpeechCues, type SpeechCue } from './cues.ts';
import { PARTICIPLE_SUFFIX } from './inflect.ts';
import { hasClass, isAttributionTail, type QuoteLexicon } from './lexicon.ts';
import type { QuotedSpan } from './marks.ts';

/** Where the speaker of a quote was found. */
export type AttributionRule =
  | 'after'
  | 'before'
  | 'according-after'
  | 'according-before'
  | 'incise'
  | 'colon'
  | 'passive'
  | 'continuation';

export interface Attribution {
  speaker: Candidate | null;
  /** Token range of the cue (speech verb or "selon"/"according to"). */
  cue?: { first: number; last: number };
  rule: AttributionRule | null;
}

/** A quotation located in the token stream. */
export interface QuoteTokens {
  span: QuotedSpan;
  /** Token index of the opening and closing marks. */
  open: number;
  close: number;
}

const FINAL = new Set(['.', '!', '?', '…', '...']);
const ATTACHING = new Set([',', '—', '–', '-']);

/**
 * Finds the speaker of each quotation from the speech cues around it: a cue right after the quote
 * ("», a déclaré Peskov", "," Lam said"), a cue before it in the same sentence ("Peskov a déclaré
 * que «"), "selon X", an incise inside the quote ("dit-il"), a colon introduction ("Zelensky : «"),
 * and otherwise the previous quote's speaker.
 */
export class Attributor {
  readonly cues: SpeechCue[];
  private readonly according: AccordingMatch[];
  private readonly tokens: Token[];

  constructor(
    private readonly doc: Doc,
    private readonly lexicon: QuoteLexicon,
    private readonly candidates: Candidate[],
  ) {
    this.tokens = doc.tokens;
    const according = findAccordingCues(this.tokens, 0, this.tokens.length, lexicon, sentenceStarts(doc));
    // Only "selon X" / "according to X" name a speaker; "told X" names the addressee.
    this.according = according.filter((a) => a.origin);
    // "as reported by X", "speaking to X" are phrases, not the speech verbs "report", "speak".
    this.cues = findSpeechCues(this.tokens, 0, this.tokens.length, lexicon).filter(
      (c) =>
        !according.some(
          (a) => !a.opensWithVerb && a.last - a.first > 1 && c.first < a.last && a.first < c.last,
        ),
    );
  }

  attribute(
    quote: QuoteTokens,
    previous: QuoteTokens | null,
    previousSpeaker: Attribution | null,
    direct: boolean,
  ): Attribution {
    const post = this.after(quote);
    if (post?.speaker && post.rule === 'after') return post;
    const agent = this.passiveAgent(quote);
    if (agent) return agent;
    const pre = this.before(quote, previous);
    if (pre?.speaker && pre.rule === 'before') return pre;
    if (post?.speaker) return post;
    if (pre?.speaker) return pre;
    const closing = this.closingIncise(quote);
    if (closing) return closing;
    const lead = this.leadIn(quote);
    if (lead) return lead;
    const incise = this.incise(quote);
    if (incise) return incise;
    const colon = this.colonName(quote);
    if (colon) return colon;
    const continued =
      previous && previousSpeaker?.speaker
        ? { speaker: previousSpeaker.speaker, rule: 'continuation' as const }
        : null;
    const sameSentence =
      previous !== null && this.tokens[previous.close].sentence === this.tokens[quote.open].sentence;
    if (continued && sameSentence) return continued;
    const subject = this.colonSubject(quote);
    if (subject) return subject;
    if (
      continued &&
      previous &&
      direct &&
      this.paragraphOf(quote.open) - this.paragraphOf(previous.close) <= 1
    )
      return continued;
    return post ?? pre ?? { speaker: null, rule: null };
  }

  /** Speaker of reported speech introduced by the cue: the subject before it, else an inverted subject after it. */
  subjectOf(cue: SpeechCue, limit: number): Candidate | null {
    if (cue.clitic !== undefined) return this.candidateAt(cue.clitic);
    const sentenceStart = this.doc.sentences[this.tokens[cue.first].sentence].firstToken;
    const parsed = this.parsedSubject(cue);
    if (parsed) {
      // The parse gives the head noun ("le chancelier"); the name it introduces is the better speaker.
      const named = this.nearestSubject(parsed.first, cue.first);
      return parsed.kind === 'description' && named?.kind === 'name' ? named : parsed;
    }
    if (cue.participle) {
      // "said John Kirby, adding that…": the participle shares the subject of the finite speech verb.
      const main = this.cues
        .filter((c) => !c.participle && c.first >= sentenceStart && c.last <= cue.first)
        .pop();
      const mainSubject = main ? this.subjectOf(main, cue.first) : null;
      return (
        mainSubject ??
        this.firstSubject(sentenceStart, cue.first) ??
        this.nearestSubject(sentenceStart, cue.first)
      );
    }
    if (this.invertedAfter(cue))
      return this.nameAfter(cue.last, limit) ?? this.nearestSubject(sentenceStart, cue.first);
    return this.nearestSubject(sentenceStart, cue.first) ?? this.nameAfter(cue.last, limit);
  }

  /**
   * "afin de le juger pour « … »", "to describe it as "…"": an infinitive does not introduce the quote,
   * unless it opens it with a colon ("Avant d'ajouter : « … »").
   */
  private isInfinitiveBeforeQuote(cue: SpeechCue): boolean {
    let k = cue.first - 1;
    while (k >= 0 && hasClass(this.lexicon, this.tokens[k].text, 'det')) k--;
    if (k < 0 || !hasClass(this.lexicon, this.tokens[k].text, 'prep')) return false;
    return this.tokens[cue.last]?.text !== ':' && this.tokens[cue.last + 1]?.text !== ':';
  }

  /** With a dependency parse: the candidate holding the verb's nominal subject (nsubj), if any. */
  private parsedSubject(cue: SpeechCue): Candidate | null {
    const verb = this.tokens[cue.first];
    if (verb.head === undefined) return null;
    const sentence = this.doc.sentences[verb.sentence];
    for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
      const token = this.tokens[i];
      if (token.head !== verb.index || !token.deprel?.startsWith('nsubj') || token.deprel === 'nsubj:pass')
        continue;
      const candidate = this.candidateAt(i);
      if (candidate && !candidate.quoted) return candidate;
    }
    return null;
  }

  /** "comme le rappelle HRW", "comme l'a souligné Peskov": the subject follows the verb. */
  private invertedAfter(cue: SpeechCue): boolean {
    let k = cue.first - 1;
    while (
      k >= 0 &&
      (hasClass(this.lexicon, this.tokens[k].text, 'aux') ||
        hasClass(this.lexicon, this.tokens[k].text, 'det'))
    )
      k--;
    return k >= 0 && hasClass(this.lexicon, this.tokens[k].text, 'inv');
  }

  private paragraphOf(token: number): number {
    return this.doc.sentences[this.tokens[token].sentence].paragraph;
  }

  /** The cue right after the closing mark: «...», a déclaré Peskov / "...," Lam said / "..." according to X. */
  private after(quote: QuoteTokens): Attribution | null {
    const tokens = this.tokens;
    let k = quote.close + 1;
    if (k >= tokens.length || this.paragraphOf(k) !== this.paragraphOf(quote.close)) return null;
    const innerEnd = this.doc.text[quote.span.end - 1];
    let end = k;
    while (
      end < tokens.length &&
      end < k + 14 &&
      !FINAL.has(tokens[end].text) &&
      !isOpeningMark(tokens[end].text) &&
      this.paragraphOf(end) === this.paragraphOf(k)
    )
      end++;
    const opensAnotherQuote =
      end < tokens.length && isOpeningMark(tokens[end].text) && !FINAL.has(tokens[end - 1]?.text ?? '');
    const attached =
      ATTACHING.has(tokens[k].text) ||
      innerEnd === ',' ||
      this.cues.some(
        (c) => c.first === k || (c.first === k + 1 && hasClass(this.lexicon, tokens[k].text, 'aux')),
      ) ||
      (FINAL.has(innerEnd) && !opensAnotherQuote);
    if (!attached) return null;
    if (ATTACHING.has(tokens[k].text)) k++;
    // "«…», et souhaité que…": a coordinated verb continues the sentence's own subject.
    if (hasClass(this.lexicon, tokens[k]?.text ?? '', 'coord')) return null;
    const speech = this.cues.find((c) => c.first >= k && c.first < Math.min(end, k + 9));
    const according = this.according.find((c) => c.first >= k && c.first < Math.min(end, k + 4));
    if (according && (!speech || according.first < speech.first)) {
      const speaker = this.firstAfter(according.last, end, true);
      return {
        speaker: speaker && this.apposedName(speaker, end, true),
        cue: according,
        rule: 'according-after',
      };
    }
    if (!speech) return null;
    // After a quote that closes its own sentence, a following clause attributes it only when it is
    // short ('"…." Tam said in a statement.'), not when it states something new ('UNESCO said a change…').
    const closesSentence =
      !ATTACHING.has(tokens[quote.close + 1]?.text ?? '') && innerEnd !== ',' && FINAL.has(innerEnd);
    if (closesSentence && speech.clitic === undefined && end - speech.last > 6) return null;
    const cue = this.cueSpan(speech);
    if (speech.clitic !== undefined) return { speaker: this.candidateAt(speech.clitic), cue, rule: 'after' };
    const before = this.nearestSubject(k, speech.first);
    const speaker = before ?? this.nameAfter(speech.last, end);
    return { speaker, cue, rule: 'after' };
  }

  /** The cue before the opening mark in the same sentence: Peskov a déclaré que « / Erdogan said, " / selon X, «. */
  private before(quote: QuoteTokens, previous: QuoteTokens | null): Attribution | null {
    const sentenceStart = this.doc.sentences[this.tokens[quote.open].sentence].firstToken;
    const windowStart = Math.max(sentenceStart, previous ? previous.close + 1 : 0);
    const speech = this.cues
      .filter((c) => c.first >= windowStart && c.last <= quote.open && !this.isInfinitiveBeforeQuote(c))
      .pop();
    const according = this.according.filter((c) => c.first >= windowStart && c.last <= quote.open).pop();
    // "Erdogan said — as reported by Hurriyet — "…"": the speech verb names the speaker, "selon X" the channel.
    const speaker = speech ? this.subjectOf(speech, quote.open) : null;
    if (speech && speaker) return { speaker, cue: this.cueSpan(speech), rule: 'before' };
    const named = according ? this.firstAfter(according.last, quote.open, true) : null;
    if (according)
      return {
        speaker: named && this.apposedName(named, quote.open, true),
        cue: according,
        rule: 'according-before',
      };
    return speech ? { speaker: null, cue: this.cueSpan(speech), rule: 'before' } : null;
  }

  /**
   * "L'UE « condamne fermement » ces attaques, a indiqué un porte-parole.": a partial quote inside a
   * clause that a closing incise attributes, later in the same sentence.
   */
  private closingIncise(quote: QuoteTokens): Attribution | null {
    const sentence = this.doc.sentences[this.tokens[quote.open].sentence];
    const cue = this.cues.find((c) => {
      if (c.first <= quote.close || c.last > sentence.lastToken || c.participle) return false;
      let k = c.first - 1;
      if (hasClass(this.lexicon, this.tokens[k]?.text ?? '', 'aux')) k--;
      return this.tokens[k]?.text === ',';
    });
    if (!cue) return null;
    const speaker =
      cue.clitic !== undefined ? this.candidateAt(cue.clitic) : this.nameAfter(cue.last, sentence.lastToken);
    if (!speaker) return null;
    // Only a short tail may follow the speaker: the incise closes the sentence.
    if (!isAttributionTail(this.tokens, speaker.last, sentence.lastToken, this.lexicon)) return null;
    return { speaker, cue: this.cueSpan(cue), rule: 'after' };
  }

  /**
   * "Ces sanctions ont été qualifiées d'« illégales » par le gouvernement", "was called "a crime" by
   * the ministry": in a passive clause the agent after the quote is the speaker.
   */
  private passiveAgent(quote: QuoteTokens): Attribution | null {
    const by = quote.close + 1;
    if (!hasClass(this.lexicon, this.tokens[by]?.text ?? '', 'agent')) return null;
    const sentence = this.doc.sentences[this.tokens[quote.open].sentence];
    let passive = false;
    for (let k = sentence.firstToken; k < quote.open; k++)
      if (hasClass(this.lexicon, this.tokens[k].text, 'passive')) passive = true;
    if (!passive) return null;
    const speaker = this.candidates.find(
      (c) => c.first > by && c.first <= by + 3 && !c.quoted && c.kind !== 'pronoun',
    );
    return speaker ? { speaker, cue: { first: by, last: by + 1 }, rule: 'passive' } : null;
  }

  /** "Hervé Mangin, le patron du camping, confirme. « … »": a sentence ending on a speech verb introduces the next quote. */
  private leadIn(quote: QuoteTokens): Attribution | null {
    const sentence = this.doc.sentences[this.tokens[quote.open].sentence];
    if (sentence.firstToken !== quote.open || sentence.index === 0) return null;
    const previous = this.doc.sentences[sentence.index - 1];
    const ending = this.tokens[previous.lastToken - 1]?.text;
    if (ending !== '.' && ending !== ':') return null;
    if (previous.paragraph !== sentence.paragraph && ending !== ':') return null;
    const cue = this.cues.find(
      (c) =>
        c.first >= previous.firstToken && Math.max(c.last, (c.clitic ?? 0) + 1) === previous.lastToken - 1,
    );
    if (!cue) return null;
    const speaker = this.subjectOf(cue, previous.lastToken - 1);
    return speaker ? { speaker, cue: this.cueSpan(cue), rule: 'before' } : null;
  }

  /** « Moi, dit-il, j'ai... »: a cue with an inverted subject between commas inside the quote. */
  private incise(quote: QuoteTokens): Attribution | null {
    for (const cue of this.cues) {
      if (cue.first <= quote.open || cue.last >= quote.close) continue;
      if (this.tokens[this.cueSpan(cue).first - 1]?.text !== ',') continue;
      if (cue.clitic !== undefined)
        return { speaker: this.candidateAt(cue.clitic), cue: this.cueSpan(cue), rule: 'incise' };
      const name = this.firstAfter(cue.last, Math.min(cue.last + 4, quote.close), false);
      if (name && this.tokens[name.last]?.text === ',')
        return { speaker: name, cue: this.cueSpan(cue), rule: 'incise' };
    }
    return null;
  }

  /** Zelensky : « ... » */
  private colonName(quote: QuoteTokens): Attribution | null {
    if (this.tokens[quote.open - 1]?.text !== ':') return null;
    const speaker = this.candidates.find(
      (c) => c.last === quote.open - 1 && !c.quoted && c.kind !== 'pronoun',
    );
    return speaker ? { speaker, rule: 'colon' } : null;
  }

  /** "In his message, he appreciated Soleimani's lifepath: "...": the subject of the introducing clause. */
  private colonSubject(quote: QuoteTokens): Attribution | null {
    if (this.tokens[quote.open - 1]?.text !== ':') return null;
    const sentenceStart = this.doc.sentences[this.tokens[quote.open].sentence].firstToken;
    const speaker = this.nearestSubject(sentenceStart, quote.open - 1);
    return speaker ? { speaker, rule: 'colon' } : null;
  }

  private cueSpan(cue: SpeechCue): { first: number; last: number } {
    let first = cue.first;
    let last = cue.last;
    if (cue.clitic !== undefined) {
      first = Math.min(first, cue.clitic);
      last = Math.max(last, cue.clitic + 1);
    }
    if (first > 0 && hasClass(this.lexicon, this.tokens[first - 1].text, 'aux')) first--;
    return { first, last };
  }

  private candidateAt(token: number): Candidate | null {
    return this.candidates.find((c) => c.first <= token && token < c.last) ?? null;
  }

  private usable(c: Candidate, allowPrepositional: boolean): boolean {
    return !c.quoted && !c.possessive && (allowPrepositional || !c.inPrepositionalPhrase);
  }

  /** Nearest subject-like candidate before `to`, skipping relative clauses (", which includes X,"). */
  private nearestSubject(from: number, to: number): Candidate | null {
    const blocked = this.relativeClauses(from, to);
    for (let i = this.candidates.length - 1; i >= 0; i--) {
      const c = this.candidates[i];
      if (c.last > to || c.first < from) continue;
      if (!this.usable(c, false) || blocked.some(([a, b]) => c.first >= a && c.last <= b)) continue;
      return c;
    }
    return null;
  }

  private firstSubject(from: number, to: number): Candidate | null {
    return this.candidates.find((c) => c.first >= from && c.last <= to && this.usable(c, false)) ?? null;
  }

  /** First candidate in [from, to), prepositional phrases included: the name after "selon". */
  firstCandidate(from: number, to: number): Candidate | null {
    return this.firstAfter(from, to, true);
  }

  private firstAfter(from: number, to: number, allowPrepositional: boolean): Candidate | null {
    return (
      this.candidates.find((c) => c.first >= from && c.last <= to && this.usable(c, allowPrepositional)) ??
      null
    );
  }

  /** After an inverted verb: the first candidate, or the name a description introduces ("affirme un manifestant, Abdel Nasser"). */
  private nameAfter(from: number, to: number): Candidate | null {
    let first = this.firstAfter(from, to, false);
    // "said Pentagon spokesman John Kirby": an organisation and a role before the name.
    if (first) {
      const next = this.firstAfter(first.last, to, false);
      if (next?.kind === 'name' && next.first > first.last && this.onlyRolesBetween(first.last, next.first))
        first = next;
    }
    return first ? this.apposedName(first, to) : null;
  }

  /** A description's apposed name, if any ("le ministre de l'Économie, Bruno Le Maire"), else the candidate. */
  private apposedName(first: Candidate, to: number, afterPreposition = false): Candidate {
    if (first.kind !== 'description') return first;
    // Only a name apposed to the description: in "un responsable à l'AFP" the outlet is the addressee.
    const name = this.candidates.find(
      (c) =>
        (c.kind === 'name' || c.entity?.type === 'PER') &&
        c.first >= first.last &&
        c.first <= first.last + 4 &&
        c.last <= to &&
        !c.quoted &&
        (afterPreposition || !c.inPrepositionalPhrase),
    );
    return name ?? first;
  }

  private onlyRolesBetween(from: number, to: number): boolean {
    for (let i = from; i < to; ) {
      const end = matchRole(this.tokens, i, this.lexicon);
      if (end <= i) return false;
      i = end;
    }
    return true;
  }

  /** Token ranges of ", which/qui ... ," and ", accusant X ... ," parentheticals inside [from, to). */
  private relativeClauses(from: number, to: number): [number, number][] {
    const out: [number, number][] = [];
    for (let i = from; i < to; i++) {
      const next = this.tokens[i + 1]?.text ?? '';
      // ", dont Human Rights Watch," names a member of the subject group: the best speaker there is.
      const opensClause =
        !hasClass(this.lexicon, next, 'incl') &&
        (hasClass(this.lexicon, next, 'rel') ||
          (PARTICIPLE_SUFFIX[this.lexicon.language].test(next.toLowerCase()) && next.length > 5));
      if (this.tokens[i].text !== ',' || !opensClause) continue;
      let j = i + 1;
      while (j < to && this.tokens[j].text !== ',') j++;
      out.push([i, j]);
      i = j - 1;
    }
    return out;
  }
}

function isOpeningMark(text: string): boolean {
  return text === '«' || text === '“' || text === '"' || text === '„';
}

export function sentenceStarts(doc: Doc): Set<number> {
  const starts = new Set<number>();
  for (const s of doc.sentences) {
    let first = s.firstToken;
    while (first < s.lastToken && /^[«“"„‘—–\-(]$/.test(doc.tokens[first].text)) first++;
    starts.add(first);
  }
  return starts;
}
