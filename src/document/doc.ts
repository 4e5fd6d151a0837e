import type {
  CodedEvent,
  DateMention,
  DocumentMeta,
  Entity,
  Language,
  Place,
  Quote,
  Sentence,
  SourceAttribution,
  Span,
  Token,
} from './types.ts';

/**
 * The document flowing through the pipeline. `text` never changes after the normalise stage;
 * each stage fills one layer.
 */
export class Doc {
  text: string;
  language: Language | undefined;
  /** ISO date (YYYY-MM-DD) the document was published, the anchor for relative dates. */
  published: string | undefined;
  meta: DocumentMeta;

  sentences: Sentence[] = [];
  tokens: Token[] = [];
  entities: Entity[] = [];
  quotes: Quote[] = [];
  sources: SourceAttribution[] = [];
  dates: DateMention[] = [];
  places: Place[] = [];
  events: CodedEvent[] = [];

  /** Names of the stages that have run, in order. */
  readonly layers: string[] = [];

  constructor(text: string, options: { language?: Language; published?: string; meta?: DocumentMeta } = {}) {
    this.text = text;
    this.language = options.language;
    this.published = options.published;
    this.meta = options.meta ?? {};
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Character span and text of tokens [first, last) (last exclusive). */
  tokenSpan(first: number, last: number): Span & { text: string } {
    const start = this.tokens[first].start;
    const end = this.tokens[last - 1].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  sentenceTokens(sentence: Sentence): Token[] {
    return this.tokens.slice(sentence.firstToken, sentence.lastToken);
  }

  /** The sentence containing a character offset, by binary search. */
  sentenceAt(offset: number): Sentence | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Index of the first token starting at or after `offset`. */
  tokenIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Tokens overlapping a span. */
  tokensIn(span: Span): Token[] {
    const out: Token[] = [];
    for (
      let i = this.tokenIndexAt(span.start);
      i < this.tokens.length && this.tokens[i].start < span.end;
      i++
    ) {
      out.push(this.tokens[i]);
    }
    return out;
  }

  entityById(id: string): Entity | undefined {
    return this.entities.find((e) => e.id === id);
  }
}
