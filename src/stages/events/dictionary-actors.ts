import { type ActorRecord, codeAt } from '../../knowledge/petrarch/actors.ts';
import { type AgentEntry, applyAgentCode } from '../../knowledge/petrarch/agents.ts';
import { normaliseWord } from '../../knowledge/petrarch/verbs.ts';
import type { ActorSlot } from './match.ts';

interface PhraseEntry {
  words: string[];
  /** Actor: resolved at the document date. Agent: its ~code. */
  actor?: ActorRecord;
  agent?: string;
  label: string;
}

interface Found {
  first: number;
  end: number;
  entry: PhraseEntry;
}

/** Words allowed between an actor and its agent noun ("Arnor's new foreign minister"). */
const MAX_AGENT_GAP = 3;

/** Punctuation and conjunctions end the noun phrase an agent can qualify. */
function isClauseWord(form: string): boolean {
  return form === ',' || form === 'AND' || form === 'OR' || form === ';';
}

/**
 * Actor mentions from PETRARCH actor and agent dictionaries, for dictionary sets that bring their own
 * actors (`--dictionaries DIR`, the PETRARCH unit-test suite). Longest phrase wins; an agent noun next
 * to an actor ("Arnor's foreign minister", "the president of Arnor") qualifies the actor's code.
 */
export class DictionaryActors {
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
    // Texts sometimes keep the dictionary's underscores ("Dol_Amroth"): one token, several words.
    if (entry.words.length > 1) this.add({ ...entry, words: [entry.words.join('_')] });
    const list = this.byFirstWord.get(entry.words[0]) ?? [];
    list.push(entry);
    this.byFirstWord.set(entry.words[0], list);
  }

  /**
   * Actor slots of a sentence given its tokens' match forms (upper-case), at a document date.
   * `group` numbers coordinations; an agent then qualifies every actor of the coordination it governs
   * ("lawmakers in Fornost and Gondor").
   */
  find(
    forms: readonly string[][],
    date: string | undefined,
    group: (slots: ActorSlot[]) => ActorSlot[],
  ): ActorSlot[] {
    const found: Found[] = [];
    for (let i = 0; i < forms.length; i++) {
      const hit = this.longestAt(forms, i);
      if (hit) {
        found.push(hit);
        i = hit.end - 1;
      }
    }
    const raw: ActorSlot[] = [];
    for (const f of found) {
      if (!f.entry.actor) continue;
      const code = codeAt(f.entry.actor.codes, date);
      if (!code) continue;
      // "THE_SHIRE [FRO/BIL/SAM]": one actor per code, coordinated.
      for (const c of code.split('/')) {
        raw.push({
          first: f.first,
          end: f.end,
          ref: { name: f.entry.label, actor: c, country: c.slice(0, 3) },
          group: 0,
        });
      }
    }
    const slots = group(raw);
    for (const agent of found.filter((f) => f.entry.agent)) this.applyAgent(agent, slots, forms);
    return slots;
  }

  private applyAgent(agent: Found, slots: ActorSlot[], forms: readonly string[][]): void {
    const code = agent.entry.agent as string;
    const before = [...slots]
      .reverse()
      .find((s) => s.end <= agent.first && agent.first - s.end <= MAX_AGENT_GAP);
    const after = slots.find((s) => s.first >= agent.end && s.first - agent.end <= 2);
    const between = (a: number, b: number) => forms.slice(a, b).map((f) => f[0]);
    if (
      before &&
      (before.ref.actor ?? '').length === 3 &&
      !between(before.end, agent.first).some(isClauseWord)
    ) {
      before.ref = { ...before.ref, actor: applyAgentCode(code, before.ref.actor) };
      before.end = agent.end;
      // "Bree Prime Minister Romendacil": the name right after the agent is the same actor.
      const name = slots.findIndex((s) => s.first === agent.end && s.ref.country === before.ref.country);
      if (name >= 0) {
        before.end = slots[name].end;
        slots.splice(name, 1);
      }
      return;
    }
    if (after && !between(agent.end, after.first).some(isClauseWord)) {
      const members = slots.filter((s) => s.group === after.group);
      for (const m of members) {
        if ((m.ref.actor ?? '').length === 3) m.ref = { ...m.ref, actor: applyAgentCode(code, m.ref.actor) };
      }
      after.first = Math.min(after.first, agent.first);
    }
  }

  private longestAt(forms: readonly string[][], i: number): Found | undefined {
    for (const form of forms[i]) {
      for (const entry of this.byFirstWord.get(form) ?? []) {
        if (entry.words.every((w, k) => forms[i + k]?.includes(w)))
          return { first: i, end: i + entry.words.length, entry };
      }
    }
    return undefined;
  }
}

function split(phrase: string): string[] {
  return phrase
    .split(/[\s_]+/)
    .filter((w) => w.length > 0)
    .map(normaliseWord);
}
