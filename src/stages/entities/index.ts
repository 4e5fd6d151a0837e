import type { Doc } from '../../document/doc.ts';
import type { Entity, EntityType, MentionKind } from '../../document/types.ts';
import { type Actor, actorCodeAt, actorKB, isGivenName, isMetonym } from '../../knowledge/actors/index.ts';
import { foldName } from '../../knowledge/actors/names.ts';
import { areaTable } from '../../knowledge/geo/areas.ts';
import { countryWikidata, isCountryCode } from '../../knowledge/geo/countries.ts';
import { gazetteer } from '../../knowledge/geo/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { findAirports } from '../places/airports.ts';
import {
  type Anaphor,
  type AntecedentCandidate,
  chooseAntecedent,
  findAnaphors,
  overlaps,
} from './anaphora.ts';
import { type Description, findDescriptions } from './descriptions.ts';
import {
  type EntityLexicon,
  englishCountryName,
  englishCountryNameInPhrase,
  englishDemonym,
  entityLexicon,
} from './lexicon.ts';
import { type NameMention, recogniseNames } from './recognise.ts';
import { tagNames } from './tagger.ts';

/**
 * Named entities with canonical actors: recognises names (knowledge bases, then capitalisation
 * and context), resolves each to a canonical actor with the code valid at the publication date,
 * geocodes place names against the document's countries, and groups mentions into entities
 * (surnames, acronyms, role descriptions such as "le président biélorusse").
 */
export const entities: Stage = {
  name: 'entities',
  requires: ['syntax'],
  run(doc: Doc) {
    const lang = doc.language ?? 'en';
    const lex = entityLexicon(lang);
    const recognised = recogniseNames(doc, lex);
    retypeUnknownNames(doc, lex, recognised);
    resolveRegionQualifiers(doc, recognised);
    const countries = documentCountries(doc, recognised, lex.demonyms);
    resolvePlaces(doc, recognised, countries);
    resolveAreas(recognised, countries);
    resolveAmbiguousActors(doc, recognised, lex.demonyms);
    const names = findAirports(doc, recognised, countries);
    const descriptions = findDescriptions(doc, lex, names, mainCountry(doc, names, lex.demonyms));
    const builder = new EntityBuilder(doc, lex);
    // A capitalised role noun ("Assemblée nationale") is a description, not an unknown name,
    // unless the name goes on past the description to its country ("Tribunal constitutionnel du
    // Pérou"): then the bare role noun inside it is no description.
    const institutionSpans = new Map<NameMention, { first: number; last: number }>();
    for (const n of names) {
      const found = n.source === 'pattern' && n.type !== 'MISC' ? builder.countryInstitution(n) : undefined;
      if (found) institutionSpans.set(n, { first: n.first, last: found.last });
    }
    const kept = names.filter(
      (n) =>
        n.source !== 'pattern' ||
        !descriptions.some(
          (d) => d.start <= n.start && n.end <= d.end && d.last >= (institutionSpans.get(n)?.last ?? n.last),
        ),
    );
    const described = descriptions.filter(
      (d) =>
        ![...institutionSpans].some(
          ([n, span]) =>
            kept.includes(n) &&
            span.first <= d.first &&
            d.last <= span.last &&
            (d.first > span.first || d.last < span.last),
        ),
    );
    // "the paramilitary force", "l'ONG": definite descriptions that refer back to an entity named
    // before. A role noun whose country is only the document's ("the ministry") waits for them, and
    // an acronym they cover ("NGO") is no name.
    const anaphors = findAnaphors(doc, lex, kept, blockedForAnaphors(kept, described));
    const named = kept.filter(
      (n) => n.source !== 'pattern' || n.last - n.first > 1 || !anaphors.some((a) => overlaps(a, n)),
    );
    const waiting = described.filter((d) => d.implicitCountry && anaphors.some((a) => overlaps(a, d)));
    for (const name of named.filter((n) => n.source !== 'pattern' || n.last - n.first > 1))
      builder.addName(name);
    for (const name of named.filter((n) => n.source === 'pattern' && n.last - n.first === 1))
      builder.addName(name);
    // Roles apposed to a name first ("Greek Foreign Minister George Katrougalos"), so that an
    // earlier bare mention of the role ("the Greek foreign minister") can find its holder.
    const apposed = described.filter((d) => builder.namesPerson(d, named));
    for (const description of apposed) builder.addDescription(description, named);
    for (const description of described)
      if (!apposed.includes(description) && !waiting.includes(description))
        builder.addDescription(description, named);
    builder.affiliate(named);
    builder.addAnaphors(anaphors, waiting, named);
    doc.entities = builder.finish();
  },
};

/** Tokens no anaphor may cover: known names, and role descriptions that name their own country or owner. */
function blockedForAnaphors(
  names: readonly NameMention[],
  descriptions: readonly Description[],
): Set<number> {
  const blocked = new Set<number>();
  // A lone unknown capitalised word may be the anaphor's head itself ("NGO").
  for (const n of names)
    if (n.source !== 'pattern' || n.last - n.first > 1) for (let k = n.first; k < n.last; k++) blocked.add(k);
  for (const d of descriptions) if (!d.implicitCountry) for (let k = d.first; k < d.last; k++) blocked.add(k);
  return blocked;
}

/** Multi-word names the rules could not type (MISC) take the type the trained model gives the same span. */
function retypeUnknownNames(doc: Doc, lex: EntityLexicon, names: NameMention[]): void {
  const unknown = names.filter(
    (n) => n.source === 'pattern' && n.type === 'MISC' && n.last - n.first > 1 && !n.tentative,
  );
  if (unknown.length === 0) return;
  const tagged = tagNames(
    doc,
    lex,
    names.filter((n) => !n.tentative),
    new Set(unknown.map((n) => doc.tokens[n.first].sentence)),
  );
  if (!tagged) return;
  const byStart = new Map(tagged.map((s) => [s.first, s]));
  for (const n of names) {
    const span = byStart.get(n.first);
    const multiWord = n.last - n.first > 1;
    if (
      n.source === 'pattern' &&
      n.type === 'MISC' &&
      multiWord &&
      !n.tentative &&
      span &&
      span.last === n.last
    )
      n.type = span.type;
  }
}

/** Countries the document talks about: named countries, demonyms and known actors' countries. */
function documentCountries(
  doc: Doc,
  names: readonly NameMention[],
  demonyms: ReadonlyMap<string, string>,
): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    if (n.source === 'country' && n.code) out.add(n.code);
    if (n.actor) {
      const code = actorCodeAt(n.actor, doc.published)?.slice(0, 3);
      if (code && isCountryCode(code)) out.add(code);
    }
  }
  for (const t of doc.tokens) {
    const code = demonyms.get(foldName(t.text));
    if (code) out.add(code);
  }
  return out;
}

/**
 * The country the document is mostly about: mentions of country names, nationality adjectives
 * and known actors' countries, the first sentence counting double (headline or lead).
 */
const ACTOR_WEIGHT = 0.5;

function mainCountry(
  doc: Doc,
  names: readonly NameMention[],
  demonyms: ReadonlyMap<string, string>,
): string | undefined {
  const counts = countryWeights(doc, names, demonyms);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** How much the document talks about each country (see mainCountry). */
function countryWeights(
  doc: Doc,
  names: readonly NameMention[],
  demonyms: ReadonlyMap<string, string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (code: string | undefined, tokenIndex: number, actorWeight = 1) => {
    if (!code || !isCountryCode(code)) return;
    const weight = (doc.tokens[tokenIndex]?.sentence === 0 ? 2 : 1) * actorWeight;
    counts.set(code, (counts.get(code) ?? 0) + weight);
  };
  for (const n of names) {
    if (n.source === 'country') add(n.code, n.first);
    // Foreign officials reacting to events elsewhere are common: a country's actors count less
    // than naming the country.
    else if (n.actor) add(actorCodeAt(n.actor, doc.published)?.slice(0, 3), n.first, ACTOR_WEIGHT);
  }
  for (const t of doc.tokens) add(demonyms.get(foldName(t.text)), t.index);
  return counts;
}

/**
 * "Atlanta, Georgia", "New York, New York": a name right after a city and a comma that names a
 * region of a country the city may lie in is that region, not the country or the city.
 */
function resolveRegionQualifiers(doc: Doc, names: NameMention[]): void {
  const table = areaTable();
  const geo = gazetteer();
  const byLast = new Map(names.map((n) => [n.last, n]));
  for (const n of names) {
    if (doc.tokens[n.first - 1]?.text !== ',') continue;
    const city = byLast.get(n.first - 1);
    if (city?.source !== 'place') continue;
    const cityCountries = new Set(geo.candidates(city.text).map((c) => c.country));
    const region = table.qualifiers(n.text).find((a) => a.country && cityCountries.has(a.country));
    if (!region) continue;
    n.source = 'area';
    n.type = 'LOC';
    n.areaName = region.name;
    n.code = region.country;
    n.places = undefined;
  }
}

function resolvePlaces(doc: Doc, names: NameMention[], countries: ReadonlySet<string>): void {
  const geo = gazetteer();
  const byFirst = new Map(names.map((n) => [n.first, n]));
  for (const n of names) {
    if (n.source !== 'place') continue;
    // "Paris, Texas", "Valencia, Venezuela": the area or country named right after decides.
    const qualifier = doc.tokens[n.last]?.text === ',' ? byFirst.get(n.last + 1) : undefined;
    const within =
      qualifier && (qualifier.source === 'area' || qualifier.source === 'country')
        ? qualifier.code
        : undefined;
    const place =
      (within && geo.candidates(n.text).find((c) => c.country === within)) || geo.resolve(n.text, countries);
    if (
      place &&
      n.last - n.first === 1 &&
      isGivenName(n.text) &&
      !countries.has(place.country) &&
      place.feature !== 'PPLC'
    ) {
      // "Hassan" in an article about Egypt is a person, not the Indian town.
      n.source = 'pattern';
      n.type = 'PER';
      n.places = undefined;
      n.code = undefined;
      continue;
    }
    if (place) {
      n.places = [place];
      n.code = place.country;
    }
  }
}

/**
 * "RSF" is Reporters Without Borders, or the Rapid Support Forces in an article about Sudan; "KGB"
 * is Belarus's in an article about Belarus. Among hand-written actors sharing a name, the one whose
 * country the rest of the document talks about most wins; otherwise the table's first stays.
 */
function resolveAmbiguousActors(doc: Doc, names: NameMention[], demonyms: ReadonlyMap<string, string>): void {
  const kb = actorKB();
  const optionsOf = (n: NameMention): Actor[] =>
    n.source === 'actor' && n.actor?.source === 'extra'
      ? kb.lookup(n.text).filter((a) => a.source === 'extra')
      : [];
  const ambiguous = names.filter((n) => optionsOf(n).length > 1);
  if (ambiguous.length === 0) return;
  const weights = countryWeights(
    doc,
    names.filter((n) => !ambiguous.includes(n)),
    demonyms,
  );
  for (const n of ambiguous) {
    // "the Belarusian KGB", "le KGB biélorusse": a nationality adjective next to the name decides.
    const modifier = countryOf(
      demonyms.get(foldName(doc.tokens[n.first - 1]?.text ?? '')) ??
        demonyms.get(foldName(doc.tokens[n.last]?.text ?? '')),
    );
    const modified = modifier
      ? optionsOf(n).find((a) => countryOf(actorCodeAt(a, doc.published)) === modifier)
      : undefined;
    if (modified) {
      n.actor = modified;
      continue;
    }
    let best: { actor: Actor; weight: number } | undefined;
    for (const actor of optionsOf(n)) {
      const country = countryOf(actorCodeAt(actor, doc.published));
      const weight = country ? (weights.get(country) ?? 0) : 0;
      if (weight > 0 && (!best || weight > best.weight)) best = { actor, weight };
    }
    if (best) n.actor = best.actor;
  }
}

/** "Independence Palace" in Minsk or in Ho Chi Minh City: the one in a country the document talks about. */
function resolveAreas(names: NameMention[], countries: ReadonlySet<string>): void {
  const table = areaTable();
  for (const n of names) {
    if (n.source !== 'area' || table.lookup(n.text).length < 2) continue;
    const area = table.choose(n.text, countries);
    if (!area) continue;
    n.areaName = area.name;
    n.code = area.country;
  }
}

const TRANSNATIONAL = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'MED']);

/**
 * Actor codes are reported at the granularity of the gold standard and of GDELT's Actor1Code
 * practice for news: country + primary role (RUSGOV, UKRMIL), or the bare sector for
 * transnational actors (IGO, NGO, MED). "IGOUNO" → "IGO", "PSEREBHMS" → "PSEREB".
 */
export function reportedCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const head = code.slice(0, 3);
  if (TRANSNATIONAL.has(head)) return head;
  // Intelligence services are reported as government (CIA → USAGOV), as the gold standard and
  // GDELT-style country + primary role coding do; military intelligence is coded MIL at the source.
  if (code.slice(3, 6) === 'SPY') return `${head}GOV`;
  return code.slice(0, 6);
}

function countryOf(code: string | undefined): string | undefined {
  const prefix = code?.slice(0, 3);
  return prefix && isCountryCode(prefix) ? prefix : undefined;
}

interface Draft {
  entity: Entity;
  /** The actor code before reporting ("IGOEUREEC" for the reported "IGO"). */
  fullCode?: string;
  /** Coded from a Phoenix record (not the hand-written table). */
  fromPhoenix?: boolean;
  /** The agent noun of a description entity ("parlement"), for later bare mentions. */
  agentHead?: string;
  /** Folded words of the entity's names, for surname and acronym matching. */
  words: string[][];
}

class EntityBuilder {
  private readonly drafts: Draft[] = [];
  private readonly byKey = new Map<string, Draft>();
  private readonly byMention = new Map<number, Draft>();

  constructor(
    private readonly doc: Doc,
    private readonly lex: EntityLexicon,
  ) {}

  private create(
    key: string,
    name: string,
    type: EntityType,
    actor?: string,
    country?: string,
    wikidata?: string,
  ): Draft {
    const entity: Entity = { id: '', name, type, mentions: [] };
    if (actor) entity.actor = reportedCode(actor);
    if (country) entity.country = country;
    if (wikidata) entity.wikidata = wikidata;
    const draft: Draft = { entity, words: [], ...(actor ? { fullCode: actor } : {}) };
    this.drafts.push(draft);
    this.byKey.set(key, draft);
    return draft;
  }

  private mention(draft: Draft, span: { start: number; end: number; text: string }, kind: MentionKind): void {
    draft.entity.mentions.push({ start: span.start, end: span.end, text: span.text, entity: '', kind });
    draft.words.push(foldName(span.text).split(' '));
    this.byMention.set(span.start, draft);
  }

  addName(n: NameMention): void {
    const date = this.doc.published;
    if (n.source === 'actor' && n.actor) {
      const key = `actor:${n.actor.name}`;
      const code = actorCodeAt(n.actor, date);
      const draft =
        this.byKey.get(key) ??
        this.create(key, n.actor.name, n.actor.type, code, countryOf(code), n.actor.wikidata);
      draft.fromPhoenix = n.actor.source === 'phoenix';
      const kind = isMetonym(n.actor)
        ? 'metonym'
        : foldName(n.text) === foldName(n.actor.name)
          ? 'name'
          : 'alias';
      this.mention(draft, n, kind);
      return;
    }
    if ((n.source === 'country' || n.source === 'region') && n.code) {
      const key = `country:${n.code}`;
      const draft =
        this.byKey.get(key) ??
        this.create(
          key,
          englishCountryName(n.code),
          'LOC',
          n.code,
          n.source === 'country' ? n.code : undefined,
          n.source === 'country' ? countryWikidata(n.code) : undefined,
        );
      this.mention(draft, n, 'name');
      return;
    }
    if (n.source === 'area' && n.areaName) {
      // Seas and straits have no code; regions and landmarks carry their country's.
      const key = `area:${n.areaName}`;
      const draft = this.byKey.get(key) ?? this.create(key, n.areaName, 'LOC', n.code, countryOf(n.code));
      this.mention(draft, n, 'name');
      return;
    }
    if (n.source === 'place' && n.places?.[0]) {
      const place = n.places[0];
      const key = `geo:${place.geonameid}`;
      // GeoNames transliterations with modifier letters ("Dar‘ā") read worse than the text's form.
      // An English text's plain spelling beats a local one ("Geneva" for GeoNames "Genève").
      const localSpelling =
        this.doc.language === 'en' && /[^\x00-\x7F]/.test(place.name) && /^[\x20-\x7E]+$/.test(n.text);
      const name = /[‘’ʻʼ`]/.test(place.name) || localSpelling ? n.text : place.name;
      const draft = this.byKey.get(key) ?? this.create(key, name, 'LOC', place.country, place.country);
      this.mention(draft, n, place.feature === 'PPLC' && this.actsAsSubject(n) ? 'metonym' : 'name');
      return;
    }
    const partOf = this.matchPartial(n);
    if (partOf) {
      this.mention(partOf, n, 'alias');
      return;
    }
    // "Gendarmerie of Niger": an institution head noun makes an untyped name an organisation.
    if (!n.tentative && n.type === 'MISC' && this.institutionRole(n.text)) n.type = 'ORG';
    // Unknown MISC names (works, events, religions) are kept for NER, not as actors.
    if (n.tentative || n.type === 'MISC') return;
    // "Senate of Kenya": a bare institution word is a name when its country follows; alone
    // ("Ministry"), and no earlier description explains it, it is no entity.
    if (n.type === 'ORG' && this.addInstitution(n)) return;
    if (n.type === 'ORG') {
      // "Gendarmerie nigérienne", "Kenyan Supreme Court": a nationality adjective in or right
      // before an unknown institution's name gives its country, the head noun its role.
      const country = this.demonymCountryOf(n);
      const role = country ? this.institutionRole(n.text) : undefined;
      if (country && role) {
        // A capitalised demonym right before the name belongs to it ("Venezuelan Observatory…").
        const before = this.doc.tokens[n.first - 1];
        const joined =
          before &&
          /^\p{Lu}/u.test(before.text) &&
          before.end + 1 >= n.start &&
          this.lex.demonyms.has(foldName(before.text));
        const start = joined ? before.start : n.start;
        // …and a demonym right after it too ("Sénat kényan").
        const after = this.doc.tokens[n.last];
        const end =
          after && after.start <= n.end + 1 && this.lex.demonyms.has(foldName(after.text))
            ? after.end
            : n.end;
        const span = { start, end, text: this.doc.text.slice(start, end) };
        const key = `name:ORG:${foldName(span.text)}`;
        const draft = this.byKey.get(key) ?? this.create(key, span.text, 'ORG', `${country}${role}`, country);
        this.mention(draft, span, 'name');
        return;
      }
    }
    if (n.last - n.first === 1 && this.lex.orgWords.has(n.text)) return;
    if (n.type === 'ORG' && n.code) {
      // "United States Commission on International Religious Freedom": a national institution.
      const role = this.institutionRole(n.text);
      const key = `name:ORG:${foldName(n.text)}`;
      const draft =
        this.byKey.get(key) ?? this.create(key, n.text, 'ORG', role ? `${n.code}${role}` : undefined, n.code);
      this.mention(draft, n, 'name');
      return;
    }
    const key = `name:${n.type}:${foldName(n.text)}`;
    const located = n.type === 'LOC' ? this.countryInside(n) : undefined;
    const draft = this.byKey.get(key) ?? this.create(key, n.text, n.type, located, located);
    this.mention(draft, n, 'name');
  }

  /** "Baghdad International Airport" lies in Iraq: a country or a large city named inside the name. */
  private countryInside(n: NameMention): string | undefined {
    const geo = gazetteer();
    for (let k = n.first; k < n.last; k++) {
      const word = this.doc.tokens[k].text;
      if (!/^\p{Lu}/u.test(word)) continue;
      const country = this.lex.countries.get(foldName(word));
      if (country) return country;
      const city = geo.candidates(word)[0];
      if (city && city.population >= 100_000) return city.country;
    }
    return undefined;
  }

  /** "Federal Aviation Office of Germany": a state institution named with its country. */
  private addInstitution(n: NameMention): boolean {
    const found = this.countryInstitution(n);
    if (!found) return false;
    const { country, nameEnd, last } = found;
    const tokens = this.doc.tokens;
    const role = this.institutionRole(n.text);
    const span = {
      start: n.start,
      end: tokens[last - 1].end,
      text: this.doc.text.slice(n.start, tokens[last - 1].end),
    };
    const own = this.doc.text.slice(n.start, tokens[nameEnd - 1].end);
    const name = `${own} (${englishCountryName(country)})`;
    const key = `name:ORG:${foldName(name)}`;
    const draft =
      this.byKey.get(key) ?? this.create(key, name, 'ORG', role ? `${country}${role}` : undefined, country);
    this.mention(draft, span, 'name');
    return true;
  }

  /**
   * "Federal Aviation Office of Germany", "Tribunal constitutionnel du Pérou": a name (and its
   * adjectives) followed by its country. nameEnd is the token after the adjectives, last the token
   * after the country.
   */
  countryInstitution(n: NameMention): { country: string; nameEnd: number; last: number } | undefined {
    const tokens = this.doc.tokens;
    const nameEnd = this.adjectivesAfter(n);
    if (!/^(of|de|du|d'|d’)$/i.test(tokens[nameEnd]?.text ?? '')) return undefined;
    let k = nameEnd + 1;
    if (/^(la|l'|l’|the)$/i.test(tokens[k]?.text ?? '')) k++;
    const country = this.lex.countries.get(foldName(tokens[k]?.text ?? '')) ?? this.countryNameAt(k);
    if (!country) return undefined;
    const last = this.doc.sentences[tokens[k].sentence] ? this.countryEnd(k) : k + 1;
    return { country, nameEnd, last };
  }

  /**
   * "Tribunal constitutionnel du Pérou": up to two lower-case adjectives after an institution's
   * head noun belong to its name (not verbs: "le Sénat a voté"); returns the token after them.
   */
  private adjectivesAfter(n: NameMention): number {
    const tokens = this.doc.tokens;
    if (!this.institutionRole(n.text)) return n.last;
    let k = n.last;
    while (
      k < n.last + 2 &&
      /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') &&
      !this.lex.functionWords.has(tokens[k].text) &&
      (tokens[k].upos === undefined || tokens[k].upos === 'ADJ')
    )
      k++;
    return k;
  }

  /**
   * The CAMEO role an institution's head noun gives it ("Supreme Court" → JUD, "Gendarmerie" →
   * COP), the first word of the name that has one; else GOV for a state-institution word.
   */
  private institutionRole(text: string): string | undefined {
    const words = text.split(/\s+/);
    for (const w of words) {
      const role = this.lex.institutionRoles.get(foldName(w));
      if (role) return role;
    }
    return words.some((w) => this.lex.govWords.has(w)) ? 'GOV' : undefined;
  }

  /**
   * Country of a nationality adjective inside a name or right next to it ("Kenyan" Supreme Court,
   * Sénat "kényan").
   */
  private demonymCountryOf(n: NameMention): string | undefined {
    const tokens = this.doc.tokens;
    for (let k = n.first - 1; k <= n.last; k++) {
      const code = countryOf(this.lex.demonyms.get(foldName(tokens[k]?.text ?? '')));
      if (code) return code;
    }
    return undefined;
  }

  /** Country code of a multi-word country name starting at token k ("United States"). */
  private countryNameAt(k: number): string | undefined {
    for (let last = Math.min(this.doc.tokens.length, k + 4); last > k; last--) {
      if (!/[\p{L}\p{N}]$/u.test(this.doc.tokens[last - 1].text)) continue;
      const text = this.doc.text.slice(this.doc.tokens[k].start, this.doc.tokens[last - 1].end);
      const code = this.lex.countries.get(foldName(text));
      if (code) return code;
    }
    return undefined;
  }

  private countryEnd(k: number): number {
    for (let last = Math.min(this.doc.tokens.length, k + 4); last > k; last--) {
      if (!/[\p{L}\p{N}]$/u.test(this.doc.tokens[last - 1].text)) continue;
      const text = this.doc.text.slice(this.doc.tokens[k].start, this.doc.tokens[last - 1].end);
      if (this.lex.countries.has(foldName(text))) return last;
    }
    return k + 1;
  }

  /** A capital acting as its government ("Kiev a rejeté"): the parse says it is a subject. */
  private actsAsSubject(n: NameMention): boolean {
    const deprel = this.doc.tokens[n.last - 1]?.deprel;
    return deprel?.startsWith('nsubj') === true;
  }

  /** A single word that repeats a person's surname or first name, or an organisation's acronym. */
  private matchPartial(n: NameMention): Draft | undefined {
    const words = foldName(n.text).split(' ');
    if (words.length > 1 && n.type === 'PER') {
      // "Suu Kyi" after "Aung San Suu Kyi": the tail of a longer person's name.
      const tails = this.drafts.filter(
        (d) =>
          d.entity.type === 'PER' &&
          d.words.some(
            (w) => w.length > words.length && w.slice(-words.length).join(' ') === words.join(' '),
          ),
      );
      return tails.length === 1 ? tails[0] : undefined;
    }
    if (words.length !== 1) return undefined;
    const word = words[0];
    // "le Parlement" after "le Parlement géorgien": the bare role noun names the same institution.
    const institutions = this.drafts.filter((d) => d.agentHead !== undefined && d.agentHead === word);
    if (institutions.length === 1) return institutions[0];
    const persons = this.drafts.filter(
      (d) =>
        d.entity.type === 'PER' &&
        d.words.some((w) => w.length > 1 && (w[w.length - 1] === word || w[0] === word)),
    );
    if (persons.length === 1) return persons[0];
    if (/^\p{Lu}{2,6}$/u.test(n.text)) {
      const orgs = this.drafts.filter(
        (d) => d.entity.type !== 'PER' && d.words.some((w) => w.length > 1 && initials(w) === word),
      );
      if (orgs.length === 1) return orgs[0];
    }
    return undefined;
  }

  addDescription(d: Description, names: readonly NameMention[]): void {
    const date = this.doc.published;
    const ownerCode = d.owner?.actor ? actorCodeAt(d.owner.actor, date) : (d.owner?.code ?? d.ownerCode);
    const base = d.country ?? countryOf(ownerCode) ?? ownerCode;
    if (!base) return;
    const apposed = this.apposedPerson(d, names);
    // "Hassan, un autre manifestant": one named protester is a civilian, protesters are an opposition.
    const suffix = apposed && d.agent.individualSuffix ? d.agent.individualSuffix : d.agent.suffix;
    const code = suffix ? `${countryOf(base) ?? base.slice(0, 3)}${suffix}` : (ownerCode ?? base);
    if (d.type === 'PER' && apposed) {
      // The description is local evidence: it beats a same-name Phoenix record from another country.
      if (
        !apposed.entity.actor ||
        (apposed.fromPhoenix && countryOf(apposed.entity.actor) !== countryOf(code))
      ) {
        apposed.entity.actor = reportedCode(code);
        apposed.entity.country ??= countryOf(code);
      }
      this.mention(apposed, d, 'description');
      this.addGroupOfPerson(d, apposed);
      return;
    }
    if (d.type === 'PER') {
      const same = this.drafts.filter(
        (x) => x.entity.type === 'PER' && x.entity.actor === reportedCode(code),
      );
      if (same.length >= 1 && d.agent.suffix !== '') {
        this.mention(this.closestBefore(same, d.start), d, 'description');
        return;
      }
    }
    const country = countryOf(base) ?? base;
    const label = d.agent.label
      .replace('{country}', englishCountryNameInPhrase(country))
      .replace('{name}', englishCountryName(country))
      .replace('{demonym}', englishDemonym(country));
    const key = `description:${label}`;
    const draft = this.byKey.get(key) ?? this.create(key, label, d.type, code, countryOf(code));
    draft.agentHead ??= d.agent.words[0];
    this.mention(draft, d, 'description');
  }

  /**
   * "Foreign Ministry spokesman Nasser Kanaani": the group a named person speaks for is an entity
   * too, of the person's country ("Ministry of Foreign Affairs (Iran)").
   */
  private addGroupOfPerson(d: Description, person: Draft): void {
    const tokens = this.doc.tokens;
    const headLast = d.last - 1;
    if (d.agent.type !== 'ORG' || !d.agent.suffix || headLast <= d.first) return;
    if (!this.lex.personHeads.has(foldName(tokens[headLast].text))) return;
    const country = countryOf(person.entity.actor);
    if (!country) return;
    const label = d.agent.label
      .replace('{country}', englishCountryNameInPhrase(country))
      .replace('{name}', englishCountryName(country))
      .replace('{demonym}', englishDemonym(country));
    const key = `description:${label}`;
    const draft =
      this.byKey.get(key) ?? this.create(key, label, 'ORG', `${country}${d.agent.suffix}`, country);
    draft.agentHead ??= d.agent.words[0];
    const end = tokens[headLast - 1].end;
    const span = { start: d.start, end, text: this.doc.text.slice(d.start, end) };
    draft.entity.mentions.push({ ...span, entity: '', kind: 'description' });
    draft.words.push(foldName(span.text).split(' '));
  }

  /** Does a person's name stand right before or after this role description? */
  namesPerson(d: Description, names: readonly NameMention[]): boolean {
    return d.type === 'PER' && this.apposedPerson(d, names) !== undefined;
  }

  /** The person named right before or after a description: "le président X", "X, porte-parole de Y". */
  private apposedPerson(d: Description, names: readonly NameMention[]): Draft | undefined {
    const tokens = this.doc.tokens;
    let next = d.last;
    if (tokens[next]?.text === ',') next++;
    // "…, le colonel Abdoulaye Maïga", "…, Brig. Gen. Nabil Abdallah": a determiner and titles
    // may come before the name.
    next = this.afterTitles(next);
    const after = this.nameStartingAt(names, next);
    if (after) return this.byMention.get(after.start);
    return this.personBefore(d, names);
  }

  /** "the UN humanitarian chief": up to three lower-case words after an organisation end with a person noun. */
  private roleFollows(k: number): boolean {
    const tokens = this.doc.tokens;
    for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
      if (!/^\p{Ll}/u.test(tokens[j].text)) return false;
      if (this.lex.personHeads.has(foldName(tokens[j].text))) return true;
    }
    return false;
  }

  /** The first token after a determiner and up to three titles starting at k ("le colonel", "Brig. Gen."). */
  private afterTitles(k: number): number {
    const tokens = this.doc.tokens;
    let next = k;
    if (
      /^(le|la|l'|l’|the)$/i.test(tokens[next]?.text ?? '') &&
      this.lex.titles.has(foldName(tokens[next + 1]?.text ?? ''))
    )
      next++;
    for (let n = 0; n < 3 && this.lex.titles.has(foldName(tokens[next]?.text ?? '')); n++) {
      next++;
      if (tokens[next]?.text === '.') next++;
    }
    return next;
  }

  private personBefore(d: Description, names: readonly NameMention[]): Draft | undefined {
    const tokens = this.doc.tokens;
    let prev = d.first - 1;
    // "Hassan, un autre manifestant": one adjective may stand between the determiner and the role.
    if (
      /^\p{Ll}+$/u.test(tokens[prev]?.text ?? '') &&
      this.lex.commonWords.has(tokens[prev].text) &&
      /^(un|une|a|an|another)$/i.test(tokens[prev - 1]?.text ?? '')
    )
      prev--;
    while (prev >= 0 && /^(le|la|les|l'|l’|the|a|an|un|une|another)$/i.test(tokens[prev].text)) prev--;
    if (tokens[prev]?.text === ',') prev--;
    const before = this.nameEndingAt(names, prev + 1);
    return before ? this.byMention.get(before.start) : undefined;
  }

  /**
   * A person without a code takes the code of the organisation named in their apposition:
   * "Nadim Houry, de Human Rights Watch", "Gauri van Gulik, directrice d'Amnesty International".
   */
  affiliate(names: readonly NameMention[]): void {
    const tokens = this.doc.tokens;
    for (const n of names) {
      const draft = this.byMention.get(n.start);
      if (draft?.entity.type !== 'PER' || draft.entity.actor) continue;
      // "UN refugee chief Filippo Grandi", "Kremlin spokesman Dmitry Peskov": a known organisation
      // a few role words before the name.
      const owner =
        this.organisationBefore(names, n.first) ??
        this.possessorBefore(n) ??
        this.memberOfOrganisationBefore(names, n.first);
      if (owner) {
        draft.entity.actor = owner;
        draft.entity.country ??= countryOf(owner);
        continue;
      }
      const nationality = this.nationalityAfter(n);
      if (nationality) {
        draft.entity.actor = `${nationality}CVL`;
        draft.entity.country ??= nationality;
        continue;
      }
      const apposition = tokens[n.last]?.text === ',';
      const direct = /^(de|d'|d’|du|of|at|from)$/i.test(tokens[n.last]?.text ?? '');
      if (!apposition && !direct) continue;
      for (let k = n.last + 1; k < Math.min(tokens.length, n.last + (apposition ? 10 : 2)); k++) {
        if (/^[,.;:!?»«"“”()]$/.test(tokens[k].text)) break;
        if (
          this.lex.orgAnaphors.has(tokens[k].text.toLowerCase()) &&
          /^(the|l'|l’|la|le)$/i.test(tokens[k - 1].text) &&
          /^(de|of|at|for|pour|chez)$/i.test(tokens[k - 2]?.text ?? '')
        ) {
          // "Nadim Houry, responsable de l'organisation": the last coded organisation named before.
          const code = this.organisationNamedBefore(n.start);
          if (code) {
            draft.entity.actor = code;
            draft.entity.country ??= countryOf(code);
          }
          break;
        }
        const candidate = this.nameStartingAt(names, k, 'ORG');
        const org = candidate?.actor ? candidate : undefined;
        // "X, of the PMF", "X, a spokesman for the PMF": the preposition may precede an article;
        // "for" / "pour" only after a role noun ("X, who called for the UN to act" is no member).
        const before = /^(the|l'|l’|la|le)$/i.test(tokens[k - 1].text) ? k - 2 : k - 1;
        const preposition = tokens[before]?.text ?? '';
        const member =
          /^(de|d'|d’|du|of|at|from|chez)$/i.test(preposition) ||
          (/^(for|pour)$/i.test(preposition) &&
            this.lex.personHeads.has(foldName(tokens[before - 1]?.text ?? '')));
        if (org && (member || this.roleFollows(org.last))) {
          const code = reportedCode(
            actorCodeAt(org.actor as NonNullable<typeof org.actor>, this.doc.published),
          );
          if (code) {
            draft.entity.actor = code;
            draft.entity.country ??= countryOf(code);
          }
          break;
        }
      }
    }
  }

  /**
   * "Hatice Cengiz is a Turkish national", "X, une ressortissante turque": a nationality noun with
   * a demonym right after the name (or a copula) makes the person a civilian of that country.
   */
  private nationalityAfter(n: NameMention): string | undefined {
    const tokens = this.doc.tokens;
    const word = (k: number) => foldName(tokens[k]?.text ?? '');
    let k = n.last;
    if (tokens[k]?.text === ',' || this.lex.copulas.has(word(k))) k++;
    if (!/^(a|an|un|une)$/.test(word(k))) return undefined;
    k++;
    const before = this.lex.demonyms.get(word(k));
    if (before && this.lex.nationalityNouns.has(word(k + 1))) return countryOf(before);
    if (this.lex.nationalityNouns.has(word(k))) return countryOf(this.lex.demonyms.get(word(k + 1)));
    return undefined;
  }

  private organisationBefore(names: readonly NameMention[], first: number): string | undefined {
    const tokens = this.doc.tokens;
    // "Mahan's director, Hamid Arabnejad": the role may be apposed with a comma.
    const roleEnd = tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
    let k = roleEnd;
    let roleWords = 0;
    while (
      k >= 0 &&
      roleWords < 3 &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) &&
      !/^(de|of|the|le|la|and|et|a|an)$/.test(tokens[k].text)
    ) {
      k--;
      roleWords++;
    }
    if (roleWords === 0 || !this.lex.personHeads.has(foldName(tokens[roleEnd].text))) return undefined;
    // "Gazprom's chief executive X": a possessive ending after the organisation.
    if (/^['’]s$/.test(tokens[k]?.text ?? '')) k--;
    if (!this.endIndex) this.endIndex = new Map(names.map((m) => [m.last, m]));
    const org = this.endIndex.get(k + 1);
    if (org?.type !== 'ORG' || !org.actor) return undefined;
    return reportedCode(actorCodeAt(org.actor, this.doc.published));
  }

  /**
   * "Un des chercheurs de HRW, Ole Solvang", "director of Amnesty International Man-kei Tam":
   * a role of a named organisation, then the name.
   */
  private memberOfOrganisationBefore(names: readonly NameMention[], first: number): string | undefined {
    const tokens = this.doc.tokens;
    const orgEnd = tokens[first - 1]?.text === ',' ? first - 1 : first;
    if (!this.endIndex) this.endIndex = new Map(names.map((m) => [m.last, m]));
    const org = this.endIndex.get(orgEnd);
    if (org?.type !== 'ORG' || !org.actor) return undefined;
    let k = org.first - 1;
    if (/^(the|l'|l’|la|le)$/i.test(tokens[k]?.text ?? '')) k--;
    if (!/^(de|d'|d’|du|of|at|for|chez)$/i.test(tokens[k]?.text ?? '')) return undefined;
    const role = tokens[k - 1]?.text ?? '';
    if (!/^\p{Ll}/u.test(role)) return undefined;
    return reportedCode(actorCodeAt(org.actor, this.doc.published));
  }

  private organisationNamedBefore(offset: number): string | undefined {
    let best: { start: number; actor: string } | undefined;
    for (const d of this.drafts) {
      if (!d.entity.actor || d.entity.type !== 'ORG') continue;
      for (const m of d.entity.mentions) {
        if (m.start < offset && (!best || m.start > best.start))
          best = { start: m.start, actor: d.entity.actor };
      }
    }
    return best?.actor;
  }

  /** "his spokesman, Serhiy Nykyforov": the role belongs to the last coded actor named before. */
  private possessorBefore(n: NameMention): string | undefined {
    const tokens = this.doc.tokens;
    let k = n.first - 1;
    // "son porte-parole, le colonel-major X": titles and their determiner sit between.
    let t = k;
    while (t > 0 && this.lex.titles.has(foldName(tokens[t].text))) t--;
    if (t < k && /^(le|la|l'|l’|the)$/i.test(tokens[t].text) && tokens[t - 1]?.text === ',') k = t - 1;
    if (tokens[k]?.text === ',') k--;
    if (k < 1 || !this.lex.personHeads.has(foldName(tokens[k].text))) return undefined;
    if (!this.lex.possessives.has(tokens[k - 1].text.toLowerCase())) return undefined;
    const before = tokens[k - 1].start;
    let best: { start: number; actor: string } | undefined;
    for (const d of this.drafts) {
      if (!d.entity.actor || d.entity.type === 'LOC') continue;
      for (const m of d.entity.mentions) {
        if (m.start < before && (!best || m.start > best.start))
          best = { start: m.start, actor: d.entity.actor };
      }
    }
    return best?.actor;
  }

  private startIndex?: Map<number, NameMention>;
  private endIndex?: Map<number, NameMention>;

  private nameStartingAt(
    names: readonly NameMention[],
    first: number,
    type: EntityType = 'PER',
  ): NameMention | undefined {
    if (!this.startIndex) this.startIndex = new Map(names.map((n) => [n.first, n]));
    const n = this.startIndex.get(first);
    return n?.type === type ? n : undefined;
  }

  private nameEndingAt(names: readonly NameMention[], last: number): NameMention | undefined {
    if (!this.endIndex) this.endIndex = new Map(names.map((n) => [n.last, n]));
    const n = this.endIndex.get(last);
    return n?.type === 'PER' ? n : undefined;
  }

  private closestBefore(drafts: Draft[], offset: number): Draft {
    let best = drafts[0];
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const d of drafts) {
      for (const m of d.entity.mentions) {
        const distance =
          offset >= m.start ? offset - m.start : Number.MAX_SAFE_INTEGER / 2 + m.start - offset;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = d;
        }
      }
    }
    return best;
  }

  /**
   * Each anaphor becomes a mention of its antecedent; one that finds none leaves the role
   * description over the same words (if any) to stand for the document's country as before.
   */
  addAnaphors(
    anaphors: readonly Anaphor[],
    waiting: readonly Description[],
    names: readonly NameMention[],
  ): void {
    for (const anaphor of anaphors) {
      const antecedent = chooseAntecedent(anaphor, this.antecedentCandidates());
      if (antecedent) this.mention(antecedent, anaphor, 'description');
      else for (const d of waiting) if (overlaps(anaphor, d)) this.addDescription(d, names);
    }
  }

  private antecedentCandidates(): AntecedentCandidate<Draft>[] {
    const sentenceOf = (offset: number) => this.doc.tokens[this.doc.tokenIndexAt(offset)]?.sentence ?? -1;
    return this.drafts
      .filter((d) => d.entity.mentions.length > 0 && d.entity.type !== 'LOC')
      .map((d) => ({
        ref: d,
        type: d.entity.type,
        code: d.fullCode ?? d.entity.actor,
        nameWords: new Set([...foldName(d.entity.name).split(' '), ...d.words.flat()]),
        roleTexts: d.entity.mentions
          .filter((m) => m.kind === 'description')
          .map((m) => foldName(m.text).replace(/’/g, "'")),
        mentions: d.entity.mentions.map((m) => ({
          start: m.start,
          sentence: sentenceOf(m.start),
          named: m.kind !== 'description' && m.kind !== 'pronoun',
        })),
      }));
  }

  finish(): Entity[] {
    // A group only ever called by a bare role noun ("the government", "l'armée", "the military")
    // is the setting's generic actor, not a named entity: events and quotes code such nouns
    // themselves. A compound ("l'état-major") names a specific body and stays.
    const ordered = this.drafts.filter(
      (d) =>
        d.entity.mentions.length > 0 &&
        !d.entity.mentions.every((m) => m.kind === 'description' && /^[\p{L}.]+$/u.test(m.text)),
    );
    for (const d of ordered) d.entity.mentions.sort((a, b) => a.start - b.start);
    ordered.sort((a, b) => a.entity.mentions[0].start - b.entity.mentions[0].start);
    return ordered.map((d, i) => {
      const id = `e${i + 1}`;
      d.entity.id = id;
      for (const m of d.entity.mentions) m.entity = id;
      return d.entity;
    });
  }
}

function initials(words: string[]): string {
  return words
    .filter((w) => !/^(of|on|the|and|for|de|du|des|la|le|l'|d'|et|pour|sur)$/.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}
