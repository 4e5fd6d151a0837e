import { Doc } from '../../document/doc.ts';
import type { EntityType, Language, Token } from '../../document/types.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { type EntityLexicon, entityLexicon } from './lexicon.ts';
import { isCapitalised, recogniseNames } from './recognise.ts';
import { type TaggedSpan, tagNames } from './tagger.ts';

/** A named-entity span over token indices [first, last). */
export interface NerSpan {
  first: number;
  last: number;
  type: EntityType;
}

/** A document made of pre-tokenised sentences (CoNLL data), tokens joined by single spaces. */
export function docFromTokens(sentences: readonly (readonly string[])[], language: Language): Doc {
  const doc = new Doc('', { language });
  let text = '';
  for (const words of sentences) {
    const firstToken = doc.tokens.length;
    const start = text.length;
    for (const word of words) {
      if (text.length > 0) text += ' ';
      const token: Token = {
        start: text.length,
        end: text.length + word.length,
        text: word,
        index: doc.tokens.length,
        sentence: doc.sentences.length,
      };
      text += word;
      doc.tokens.push(token);
    }
    doc.sentences.push({
      index: doc.sentences.length,
      start,
      end: text.length,
      firstToken,
      lastToken: doc.tokens.length,
      paragraph: 0,
    });
  }
  doc.text = text;
  return doc;
}

/**
 * CoNLL-style named entities of a segmented document: the names the entities stage recognises,
 * plus capitalised nationality adjectives as MISC (CoNLL's convention: "Japanese" is B-MISC).
 */
export function namedEntitySpans(
  doc: Doc,
  tagged?: (doc: Doc, names: ReturnType<typeof recogniseNames>) => TaggedSpan[] | null,
): NerSpan[] {
  const lex = entityLexicon(doc.language ?? 'en');
  const names = recogniseNames(doc, lex).filter((n) => !n.tentative);
  const rules: NerSpan[] = names.map((n) => ({ first: n.first, last: n.last, type: n.type }));
  const model = tagged ? tagged(doc, names) : tagNames(doc, lex, names);
  const spans: NerSpan[] = model
    ? splitOrganisations(extendByRuleOrganisations(model, rules), doc, lex)
    : rules;
  if (model && !model.some((s) => s.type === 'MISC')) {
    // A model trained without MISC (French Europeana): keep the rules' MISC names.
    const taken = new Set(
      model.flatMap((s) => Array.from({ length: s.last - s.first }, (_, k) => s.first + k)),
    );
    for (const r of rules) if (r.type === 'MISC' && !taken.has(r.first)) spans.push(r);
  }
  const covered = new Set<number>();
  for (const s of spans) for (let k = s.first; k < s.last; k++) covered.add(k);
  for (const t of doc.tokens) {
    if (!covered.has(t.index) && isCapitalised(t.text) && lex.demonyms.has(foldName(t.text))) {
      spans.push({ first: t.index, last: t.index + 1, type: 'MISC' });
    }
  }
  return spans.sort((a, b) => a.first - b.first);
}

const OF_THE = /^(de|du|des|d'|d’|of)$/i;
const ARTICLE = /^(la|le|l'|l’|les|the)$/i;

/**
 * Two organisations read as one ("Rangers de New York de la Ligue nationale de hockey"): cut before
 * "de la"/"du"/"des"/"of the" when an organisation head word follows ("Ligue", "League").
 */
function splitOrganisations(spans: readonly NerSpan[], doc: Doc, lex: EntityLexicon): NerSpan[] {
  const words = doc.tokens.map((t) => t.text);
  const out: NerSpan[] = [];
  for (const r of spans) {
    if (r.type !== 'ORG') {
      out.push(r);
      continue;
    }
    let start = r.first;
    for (let k = r.first + 1; k < r.last - 1; k++) {
      if (!OF_THE.test(words[k])) continue;
      const next = ARTICLE.test(words[k + 1]) ? k + 2 : k + 1;
      if (next >= r.last || !isCapitalised(words[next])) continue;
      if (!lex.orgWords.has(words[next])) continue;
      out.push({ first: start, last: k, type: 'ORG' });
      start = next;
      k = next;
    }
    out.push({ first: start, last: r.last, type: 'ORG' });
  }
  return out;
}

/**
 * An organisation name the rules read whole ("Ligue nationale de hockey", "Canucks de Vancouver")
 * replaces the model spans it contains: the model, trained on little modern organisation data,
 * cuts such names at lower-case words and connectors.
 */
function extendByRuleOrganisations(model: readonly NerSpan[], rules: readonly NerSpan[]): NerSpan[] {
  const overlaps = (a: NerSpan, b: NerSpan) => a.first < b.last && b.first < a.last;
  const inside = (a: NerSpan, b: NerSpan) => a.first >= b.first && a.last <= b.last;
  const preferred = rules.filter(
    (r) => r.type === 'ORG' && model.every((m) => !overlaps(m, r) || inside(m, r)),
  );
  return [...model.filter((m) => !preferred.some((r) => overlaps(m, r))), ...preferred];
}
