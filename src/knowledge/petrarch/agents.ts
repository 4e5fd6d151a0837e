/**
 * Reader for the PETRARCH agent dictionary format (see PETRARCH's dictionaries.rst):
 *
 *   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
 *   FOREIGN_MINISTER [~GOVFRM]
 *   CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
 *   BUSINESS!PERSON! [~BUS]
 *
 * `{...}` lists irregular plurals, `{}` means "no plural". Otherwise regular plurals are generated
 * as PETRARCH does (IES after Y, ES after S, else S); substitution-set expansions get none. Codes starting with '~' are suffixes
 * appended to the country of the phrase they qualify; codes ending with '~' are prefixes.
 */

export interface AgentEntry {
  /** Phrase, words separated by single spaces, upper case as written. */
  phrase: string;
  /** Plural forms (generated or explicit). */
  plurals: string[];
  /** Code as written, e.g. "~GOV", "~GOVFRM". */
  code: string;
  comment?: string;
}

function normalise(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** PETRARCH's regular plural: Y → IES, S → ES, otherwise +S. */
export function regularPlural(phrase: string): string {
  if (/Y$/i.test(phrase)) return `${phrase.slice(0, -1)}IES`;
  if (/S$/i.test(phrase)) return `${phrase}ES`;
  return `${phrase}S`;
}

function expandSubstitutions(phrase: string, sets: Map<string, string[]>): string[] {
  const m = /!([A-Z]+)!/.exec(phrase);
  if (!m) return [phrase];
  const options = sets.get(m[1]) ?? [];
  return options.flatMap((option) =>
    expandSubstitutions(phrase.slice(0, m.index) + option + phrase.slice(m.index + m[0].length), sets),
  );
}

export function parseAgentDictionary(text: string): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const entries: AgentEntry[] = [];
  for (const rawLine of text.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)) {
    const hash = rawLine.indexOf('#');
    const body = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).trim();
    const comment = hash >= 0 ? rawLine.slice(hash + 1).trim() || undefined : undefined;
    if (!body) continue;
    const substitution = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(body);
    if (substitution) {
      sets.set(
        substitution[1],
        substitution[2]
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    const codeMatch = /\[([^\]]+)\]/.exec(body);
    if (!codeMatch) continue;
    const before = body.slice(0, codeMatch.index);
    const pluralMatch = /\{([^}]*)\}/.exec(before);
    const phraseRaw = (pluralMatch ? before.slice(0, pluralMatch.index) : before).trim();
    if (!phraseRaw) continue;
    const explicitPlurals = pluralMatch
      ? pluralMatch[1].split(/\s+/).map(normalise).filter(Boolean)
      : undefined;
    for (const variant of expandSubstitutions(phraseRaw, sets)) {
      const phrase = normalise(variant);
      const substituted = phraseRaw.includes('!');
      const plurals = substituted ? [] : (explicitPlurals ?? [regularPlural(phrase)]);
      entries.push({ phrase, plurals, code: codeMatch[1].trim(), comment });
    }
  }
  return entries;
}

/** Applies an agent code to a country (or other actor) code: "~GOV" + "RUS" → "RUSGOV". */
export function applyAgentCode(agentCode: string, base: string | undefined): string {
  if (agentCode.startsWith('~')) return `${base ?? ''}${agentCode.slice(1)}`;
  if (agentCode.endsWith('~')) return `${agentCode.slice(0, -1)}${base ?? ''}`;
  return agentCode;
}
