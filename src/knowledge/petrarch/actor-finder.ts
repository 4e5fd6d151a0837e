import type { ActorRef } from '../../document/types.ts';
import { type ActorRecord, codeAt } from './actors.ts';
import { type AgentEntry, applyAgentCode } from './agents.ts';
import { normaliseWord } from './verbs.ts';

/** An actor mention found from the dictionaries: token range [first, end) of a sentence. */
export interface PhraseSlot {
  first: number;
  end: number;
  ref: ActorRef;
  /** Coordination group, numbered by the caller's grouping function. */
  group: number;
}

/** Part of speech of a sentence token (UPOS), when a tagger ran. */
export type PartOfSpeech = (pos: number) => string | undefined;

interface PhraseEntry {
  words: string[];
  actor?: ActorRecord;
  /** Agent code as written: "~GOV" (suffix) or "NGO~" (prefix). */
  agent?: string;
  label: string;
}

interface Hit {
  first: number;
  end: number;
  entry: PhraseEntry;
}

/** A run of coordinated agent nouns ("media and government", "Lawmakers and officials"). */
interface AgentChain {
  first: number;
  end: number;
  codes: string[];
}

/** Words of a PETRARCH actor phrase may be separated by modifiers ("Ithilen state-run television"). */
const MAX_PHRASE_GAP = 2;
/** Words between an actor and the agent noun after it ("Ithilen's awful and evil minister"). */
const MAX_BACKWARD_GAP = 4;
/** Words between an agent noun and its actor after it ("the government of Gondor", "MSF Arnor"). */
const MAX_FORWARD_GAP = 2;

const POSSESSIVE = new Set(["'S", "'"]);
const CONJUNCTIONS = new Set(['AND', 'OR', 'NOR']);
/** Prepositions that tie an agent noun to the actor after it: "lawmakers in Fornost", "soldiers from Gondor". */
const AGENT_PREPOSITIONS = new Set(['OF', 'IN', 'FROM']);
const DETERMINERS = new Set(['THE', 'A', 'AN', 'ITS', 'THEIR']);

/**
 * Actor mentions from PETRARCH actor and agent dictionaries (dictionaries.rst), for dictionary sets
 * that bring their own actors (`--dictionaries DIR`, the PETRARCH unit-test suite):
 * - phrases match consecutive words (a token written with underscores, "Dol_Amroth", counts as its
 *   words); a multi-word actor may have modifiers between its words ("Ithilen state-run television");
 * - actors match the surface form or the lemma; agents match the surface form only, because the
 *   dictionary states their plurals (`{}` = none: "polices" is not POLICE);
 * - an agent qualifies the actor (or coordinated actors) it modifies, before it ("Arnor's foreign
 *   minister", "Calenardhon government") or after it ("the government of Gondor", "MSF Arnor");
 *   coordinated agents each give one actor ("Danish media and government" → DNKMED, DNKGOV), several
 *   agents of one actor compose ("An MSF Arnor diplomat" → NGOARNGOV);
 * - an agent qualifying no actor stands alone with the null country: "students" → ---EDU.
 */
export class ActorPhraseFinder {
  private readonly byFirstWord = new Map<string, PhraseEntry[]>();

  constructor(actors: readonly ActorRecord[], agents: readonly AgentEntry[]) {
    for (const actor of actors) {
      for (const phrase of [actor.primary, ...actor.synonyms])
        this.add({ words: split(phrase), actor, label: actor.primary });
    }
    for (const agent of agents) {
      for (const phrase of [agent.phrase, ...agent.plurals])
        this.add({ words: split(phrase), agent: agent.code, label: agent.phrase });
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private add(entry: PhraseEntry): void {
    if (entry.words.length === 0) return;
    const list = this.byFirstWord.get(entry.words[0]) ?? [];
    list.push(entry);
    this.byFirstWord.set(entry.words[0], list);
  }

  /**
   * Actor slots of a sentence from its tokens' match forms (upper-case surface first, then lemma), at a
   * document date. `group` numbers coordinations of slots; `upos` (when tagged) keeps agents from
   * attaching across verbs.
   */
  find(
    forms: readonly string[][],
    date: string | undefined,
    group: (slots: PhraseSlot[]) => PhraseSlot[],
    upos?: PartOfSpeech,
  ): PhraseSlot[] {
    const hits = this.hits(forms, upos);
    const actors: PhraseSlot[] = [];
    for (const hit of hits) {
      if (!hit.entry.actor) continue;
      const code = codeAt(hit.entry.actor.codes, date);
      if (!code) continue;
      // "THE_SHIRE [FRO/BIL/SAM]": one actor per code, coordinated.
      for (const c of code.split('/'))
        actors.push({ first: hit.first, end: hit.end, ref: refFor(hit.entry.label, c), group: 0 });
    }
    const chains = agentChains(
      hits.filter((h) => h.entry.agent),
      forms,
    );
    if (chains.length === 0) return group(actors);
    const grouped = group(actors);
    const ownerOf = new Map<AgentChain, number>();
    const absorbed = new Set<PhraseSlot>();
    for (const chain of chains) {
      const owner = ownerGroup(chain, grouped, forms, upos);
      if (!owner) continue;
      ownerOf.set(chain, owner.group);
      // "Ithilen's minister Calimehtar", "Bree Prime Minister Romendacil": the name right after the
      // agent is the person the agent names, an actor of the possessor.
      if (owner.before) for (const s of grouped) if (s.first === chain.end) absorbed.add(s);
    }
    const out: PhraseSlot[] = [];
    const kept = grouped.filter((s) => !absorbed.has(s));
    const groups = [...new Set(kept.map((s) => s.group))];
    for (const g of groups) {
      const members = kept.filter((s) => s.group === g);
      const own = chains.filter((c) => ownerOf.get(c) === g);
      if (own.length === 0) {
        out.push(...members.map((m) => ({ ...m, group: 0 })));
        continue;
      }
      const names = [...absorbed].filter((s) => own.some((c) => c.end === s.first));
      const first = Math.min(...members.map((m) => m.first), ...own.map((c) => c.first));
      const end = Math.max(
        ...members.map((m) => m.end),
        ...own.map((c) => c.end),
        ...names.map((n) => n.end),
      );
      // Agents before the actor apply first ("MSF Arnor diplomat": NGO + ARN, then + GOV).
      for (const m of members) {
        let codes = [m.ref.actor ?? ''];
        for (const chain of own.sort((a, b) => a.first - b.first))
          codes = codes.flatMap((c) => chain.codes.map((a) => qualify(a, c)));
        for (const code of codes) out.push({ first, end, ref: { ...m.ref, actor: code }, group: 0 });
      }
    }
    for (const chain of chains.filter((c) => !ownerOf.has(c))) {
      const end = nounPhraseEnd(chain.end, forms, kept, upos);
      for (const code of chain.codes)
        out.push({
          first: chain.first,
          end,
          ref: refFor(code, applyAgentCode(code, '---')),
          group: 0,
        });
    }
    return group(out.sort((a, b) => a.first - b.first || b.end - a.end));
  }

  /** Longest dictionary phrase at each position, left to right. */
  private hits(forms: readonly string[][], upos?: PartOfSpeech): Hit[] {
    const units = wordUnits(forms);
    const out: Hit[] = [];
    for (let u = 0; u < units.length; u++) {
      const hit = this.longestAt(units, u, forms, upos);
      if (!hit) continue;
      out.push({ first: units[u].token, end: units[hit.endUnit - 1].token + 1, entry: hit.entry });
      while (u + 1 < hit.endUnit) u++;
    }
    return out;
  }

  private longestAt(
    units: readonly WordUnit[],
    u: number,
    forms: readonly string[][],
    upos?: PartOfSpeech,
  ): { endUnit: number; entry: PhraseEntry } | undefined {
    const candidates = new Set([units[u].surface, ...units[u].lemmas]);
    for (const form of candidates) {
      for (const entry of this.byFirstWord.get(form) ?? []) {
        if (entry.agent && form !== units[u].surface) continue;
        const endUnit = matchPhrase(entry, units, u, forms, upos);
        if (endUnit !== undefined) return { endUnit, entry };
      }
    }
    return undefined;
  }
}

interface WordUnit {
  token: number;
  surface: string;
  lemmas: string[];
}

/** One unit per word: a token written "Dol_Amroth" gives two units of the same token. */
function wordUnits(forms: readonly string[][]): WordUnit[] {
  const out: WordUnit[] = [];
  forms.forEach((f, token) => {
    const parts = f[0].split('_').filter((p) => p.length > 0);
    if (parts.length > 1) for (const surface of parts) out.push({ token, surface, lemmas: [] });
    else out.push({ token, surface: f[0], lemmas: f.slice(1) });
  });
  return out;
}

/** End unit (exclusive) of the entry's words matched from unit u, or undefined. */
function matchPhrase(
  entry: PhraseEntry,
  units: readonly WordUnit[],
  u: number,
  forms: readonly string[][],
  upos?: PartOfSpeech,
): number | undefined {
  const matches = (word: string, unit: WordUnit | undefined) =>
    unit !== undefined && (unit.surface === word || (!entry.agent && unit.lemmas.includes(word)));
  let at = u + 1;
  for (const word of entry.words.slice(1)) {
    let gap = 0;
    while (!matches(word, units[at]) && gap < MAX_PHRASE_GAP && isPhraseModifier(units[at], forms, upos)) {
      at++;
      gap++;
    }
    if (!matches(word, units[at])) return undefined;
    at++;
  }
  return at;
}

/** A modifier a multi-word actor phrase may enclose: a tagged adjective or a hyphenated word. */
function isPhraseModifier(
  unit: WordUnit | undefined,
  forms: readonly string[][],
  upos?: PartOfSpeech,
): boolean {
  if (!unit || !upos) return false;
  return upos(unit.token) === 'ADJ' || /\w-\w/.test(forms[unit.token][0]);
}

/**
 * An agent noun that qualifies no actor is one of the modifiers of the noun phrase it opens ("the official
 * news agency WFNA"): the mention runs over the nouns and names that follow it, up to an actor.
 */
function nounPhraseEnd(
  end: number,
  forms: readonly string[][],
  actors: readonly PhraseSlot[],
  upos?: PartOfSpeech,
): number {
  if (!upos) return end;
  let at = end;
  while (at < forms.length && (upos(at) === 'NOUN' || upos(at) === 'PROPN')) {
    if (actors.some((a) => a.first <= at && at < a.end)) break;
    at++;
  }
  return at;
}

/** Agent hits joined by a conjunction or comma (with determiners) form one chain. */
function agentChains(agents: readonly Hit[], forms: readonly string[][]): AgentChain[] {
  const out: AgentChain[] = [];
  for (const hit of agents) {
    const last = out[out.length - 1];
    const between = last ? forms.slice(last.end, hit.first).map((f) => f[0]) : [];
    const linked =
      last !== undefined &&
      between.length > 0 &&
      between.length <= 3 &&
      between.some((w) => CONJUNCTIONS.has(w) || w === ',') &&
      between.every((w) => CONJUNCTIONS.has(w) || w === ',' || DETERMINERS.has(w));
    if (linked && last) {
      last.end = hit.end;
      last.codes.push(hit.entry.agent as string);
    } else out.push({ first: hit.first, end: hit.end, codes: [hit.entry.agent as string] });
  }
  return out;
}

/** The coordination group of actors the agent chain qualifies, if any. */
function ownerGroup(
  chain: AgentChain,
  slots: readonly PhraseSlot[],
  forms: readonly string[][],
  upos?: PartOfSpeech,
): { group: number; before: boolean } | undefined {
  const word = (p: number) => forms[p][0];
  const before = [...slots].reverse().find((s) => s.end <= chain.first);
  if (before && chain.first - before.end <= MAX_BACKWARD_GAP) {
    const gap = range(before.end, chain.first);
    // "Arnor's new foreign minister", "Ithilen's awful and evil minister": possessive and modifiers only.
    const ok = gap.every((p, k) => {
      if (POSSESSIVE.has(word(p)) || DETERMINERS.has(word(p))) return true;
      if (CONJUNCTIONS.has(word(p))) return k > 0 && k < gap.length - 1 && !POSSESSIVE.has(word(gap[k - 1]));
      if (word(p) === ',' || /^[;:()"]$/.test(word(p))) return false;
      const tag = upos?.(p);
      if (tag === undefined) return gap.filter((q) => !POSSESSIVE.has(word(q))).length <= 1;
      return tag === 'ADJ' || tag === 'NOUN' || tag === 'PROPN';
    });
    if (ok) return { group: before.group, before: true };
  }
  const after = slots.find((s) => s.first >= chain.end);
  if (after && after.first - chain.end <= MAX_FORWARD_GAP) {
    const gap = range(chain.end, after.first);
    const ok = gap.every((p, k) => (k === 0 && AGENT_PREPOSITIONS.has(word(p))) || DETERMINERS.has(word(p)));
    if (ok) return { group: after.group, before: false };
  }
  return undefined;
}

/**
 * Applies an agent code to an actor code unless the actor already carries it ("White House security
 * officials": USAGOV stays USAGOV; "Quibbler government newspaper": HGWGOVMED stays HGWGOVMED).
 */
function qualify(agent: string, actor: string): string {
  const added = agent.replace(/~/g, '');
  const roles = actor.slice(3);
  const chunks = (code: string) => code.match(/.{1,3}/g) ?? [];
  const present = new Set(chunks(roles));
  const redundant = agent.endsWith('~')
    ? actor.startsWith(added)
    : roles.includes(added) && chunks(added).every((c) => present.has(c));
  return redundant ? actor : applyAgentCode(agent, actor);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function refFor(label: string, code: string): ActorRef {
  return { name: label, actor: code, country: code.slice(0, 3) };
}

function split(phrase: string): string[] {
  return phrase
    .split(/[\s_]+/)
    .filter((w) => w.length > 0)
    .map(normaliseWord);
}
