import type { RuleSet, TimeRule } from './rules.ts';

/** A rule match chosen as a temporal expression, before normalisation. */
export interface TimexMatch {
  start: number;
  end: number;
  text: string;
  rule: TimeRule;
  /** Captured texts, $1 … $n (index 0 unused). */
  captures: (string | undefined)[];
}

function respectsCapitals(rules: RuleSet, rule: TimeRule, captures: (string | undefined)[]): boolean {
  for (let i = 0; i < rule.groups.length; i++) {
    const captured = captures[i + 1];
    if (!rule.groups[i] || !captured) continue;
    if (rules.capitalised.has(captured.toLowerCase()) && !/^\p{Lu}/u.test(captured)) return false;
  }
  return true;
}

/**
 * Every rule is run over the text; overlapping matches are resolved longest first, then by rule
 * order; a match whose value cannot be computed gives way to the next one. A winning NONE match
 * blocks the text it covers (ages, amounts, numbers that look like years).
 */
export function recognise(
  text: string,
  rules: RuleSet,
  normalisable: (match: TimexMatch) => boolean = () => true,
): TimexMatch[] {
  const candidates: TimexMatch[] = [];
  for (const rule of rules.rules) {
    rule.regex.lastIndex = 0;
    for (const m of text.matchAll(rule.regex)) {
      if (m[0].length === 0) continue;
      const captures = [undefined, ...m.slice(1)];
      if (!respectsCapitals(rules, rule, captures)) continue;
      candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0], rule, captures });
    }
  }
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rule.order - b.rule.order || a.start - b.start,
  );
  const chosen: TimexMatch[] = [];
  for (const c of candidates) {
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    if (c.rule.type !== 'NONE' && !normalisable(c)) continue;
    chosen.push(c);
  }
  return chosen.filter((c) => c.rule.type !== 'NONE').sort((a, b) => a.start - b.start);
}
