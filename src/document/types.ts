/**
 * Annotation layer types. Every offset is a UTF-16 code-unit index into `Doc.text`, end exclusive.
 * A stage adds one layer and never mutates the layers it reads.
 */

export type Language = 'fr' | 'en';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** A token: a surface word. `index` is its position in `Doc.tokens`. */
export interface Token extends TextSpan {
  index: number;
  sentence: number;
  /** Set by the syntax stage. */
  upos?: string;
  feats?: string;
  lemma?: string;
  /** Index into Doc.tokens of the syntactic head, -1 for the root. */
  head?: number;
  deprel?: string;
}

export interface Sentence extends Span {
  index: number;
  /** Token indices [firstToken, lastToken) into Doc.tokens. */
  firstToken: number;
  lastToken: number;
  /** Paragraph number (0-based), from line breaks in the text. */
  paragraph: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** How an entity is referred to at one mention. */
export type MentionKind = 'name' | 'alias' | 'pronoun' | 'description' | 'demonym' | 'metonym';

export interface Mention extends TextSpan {
  entity: string;
  kind: MentionKind;
}

export interface Entity {
  id: string;
  /** Canonical name, English form. */
  name: string;
  type: EntityType;
  /** CAMEO-style actor code valid at the document date, e.g. RUSGOV. */
  actor?: string;
  /** ISO 3166-1 alpha-3. */
  country?: string;
  wikidata?: string;
  mentions: Mention[];
}

/** A participant in a quote, source or event. */
export interface ActorRef {
  name: string;
  entity?: string;
  actor?: string;
  country?: string;
  mention?: TextSpan;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends TextSpan {
  kind: QuoteKind;
  speaker: ActorRef | null;
  cue?: TextSpan;
}

export interface SourceAttribution extends TextSpan {
  source: ActorRef | null;
  covers?: TextSpan;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends TextSpan {
  /** TIMEX3-style value: 2023-03-31, 2023-03, 2023-W12, P13M, PRESENT_REF, XXXX-XX-XX. */
  value: string;
  type: TimexType;
}

export interface Place extends TextSpan {
  name: string;
  country: string;
  lat?: number;
  lon?: number;
  geonameid?: number;
  /** Entity id when the place is also an entity. */
  entity?: string;
}

export type Modality = 'asserted' | 'future' | 'hypothetical' | 'appeal' | 'reported';

export interface CodedEvent extends Span {
  cameo: string;
  root: string;
  quadClass?: number;
  goldstein?: number;
  plover?: string;
  mode?: string;
  source: ActorRef | null;
  target: ActorRef | null;
  negated: boolean;
  modality: Modality;
  date?: string;
  dateSource?: 'clause' | 'sentence' | 'publication';
  place?: Place | null;
  trigger?: TextSpan;
  /** Further statements of the same event (headline, lead, caption). */
  mentions?: Span[];
}

export interface DocumentMeta {
  id?: string;
  title?: string;
  url?: string;
  outlet?: string;
  /** Where the text came from: a path, a URL or "-". */
  origin?: string;
}
