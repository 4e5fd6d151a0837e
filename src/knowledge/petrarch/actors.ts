/**
 * Reader for the PETRARCH/TABARI actor dictionary format (see PETRARCH's dictionaries.rst):
 *
 *   VLADIMIR_PUTIN_  # comment
 *   +PUTIN_
 *   \t[RUSELI 700101-990809]
 *   \t[RUSGOV >080508]
 *   \t[RUSELI]
 *
 * A record is a primary phrase (optionally with inline codes), synonym lines starting with '+',
 * and date-restricted codes on lines starting with whitespace. Phrases are words joined by '_'
 * or blanks; a trailing '_' means "no stemming" and is dropped here.
 */

/** A code valid over an inclusive date range; open ends are undefined. Dates are YYYY-MM-DD. */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
}

export interface ActorRecord {
  /** Primary phrase, words separated by single spaces, upper case as written. */
  primary: string;
  synonyms: string[];
  /** Restricted codes in file order; a code without range is a default. */
  codes: DatedCode[];
  comment?: string;
}

/** Converts TABARI dates (YYMMDD or YYYYMMDD) to ISO. Two-digit years below 30 are 20xx. */
export function parseTabariDate(raw: string): string | undefined {
  const digits = raw.trim();
  if (/^\d{8}$/.test(digits)) return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    const century = yy < 30 ? '20' : '19';
    return `${century}${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
  }
  return undefined;
}

/** Parses the inside of one bracket: "RUSGOV >080508", "BLRELI 720101-000101", "USA". */
export function parseCodeRestriction(inside: string): DatedCode | undefined {
  const parts = inside.trim().split(/\s+/);
  const code = parts[0];
  if (!code) return undefined;
  const restriction = parts.slice(1).join('');
  if (!restriction) return { code };
  if (restriction.startsWith('>')) return { code, from: parseTabariDate(restriction.slice(1)) };
  if (restriction.startsWith('<')) return { code, to: parseTabariDate(restriction.slice(1)) };
  const range = /^(\d{6,8})-(\d{6,8})$/.exec(restriction);
  if (range) return { code, from: parseTabariDate(range[1]), to: parseTabariDate(range[2]) };
  return { code };
}

/** All bracketed codes in a string: "[IGOEUREEC 850701-851231][IGOWSTNAT 711001-840625]". */
export function parseCodeList(text: string): DatedCode[] {
  const out: DatedCode[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const code = parseCodeRestriction(m[1]);
    if (code) out.push(code);
  }
  return out;
}

/** Normalises a dictionary phrase: underscores to spaces, trailing stop marker dropped. */
export function normalisePhrase(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

function splitComment(line: string): { body: string; comment?: string } {
  const hash = line.indexOf('#');
  const semi = line.indexOf(';');
  const cut = [hash, semi].filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (cut === undefined) return { body: line };
  const comment = line.slice(cut + 1).trim();
  return { body: line.slice(0, cut), comment: comment || undefined };
}

/** Strips XML-style <!-- ... --> comments (used by the PETR.Validate dictionaries). */
function stripXmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '');
}

export function parseActorDictionary(text: string): ActorRecord[] {
  const records: ActorRecord[] = [];
  let current: ActorRecord | undefined;
  for (const rawLine of stripXmlComments(text).split(/\r?\n/)) {
    if (/^\s*#/.test(rawLine) || rawLine.trim() === '') continue;
    const { body, comment } = splitComment(rawLine);
    if (body.trim() === '') continue;
    if (/^\s/.test(body)) {
      // Date-restriction line belonging to the current record.
      if (current) current.codes.push(...parseCodeList(body));
      continue;
    }
    const bracket = body.indexOf('[');
    const phrasePart = bracket >= 0 ? body.slice(0, bracket) : body;
    const codes = bracket >= 0 ? parseCodeList(body.slice(bracket)) : [];
    if (body.startsWith('+')) {
      if (!current) continue;
      const phrase = normalisePhrase(phrasePart.slice(1));
      if (phrase) current.synonyms.push(phrase);
      current.codes.push(...codes);
      continue;
    }
    const primary = normalisePhrase(phrasePart);
    if (!primary) continue;
    current = { primary, synonyms: [], codes, comment };
    records.push(current);
  }
  return records;
}

/**
 * The code valid at `date` (YYYY-MM-DD): the first restricted code whose range contains the date,
 * else the first unrestricted (default) code. Without a date, the latest open-ended or default code.
 */
export function codeAt(codes: readonly DatedCode[], date?: string): string | undefined {
  const restricted = codes.filter((c) => c.from !== undefined || c.to !== undefined);
  const fallback = codes.find((c) => c.from === undefined && c.to === undefined)?.code;
  if (date) {
    const hit = restricted.find(
      (c) => (c.from === undefined || c.from <= date) && (c.to === undefined || date <= c.to),
    );
    return hit?.code ?? fallback;
  }
  const current = restricted.find((c) => c.from !== undefined && c.to === undefined);
  return current?.code ?? fallback;
}

/** Serialises codes back to the bracket syntax with ISO (8-digit) dates. */
export function formatCodes(codes: readonly DatedCode[]): string {
  return codes
    .map((c) => {
      const d = (iso?: string) => (iso ? iso.replace(/-/g, '') : '');
      if (c.from && c.to) return `[${c.code} ${d(c.from)}-${d(c.to)}]`;
      if (c.from) return `[${c.code} >${d(c.from)}]`;
      if (c.to) return `[${c.code} <${d(c.to)}]`;
      return `[${c.code}]`;
    })
    .join('');
}
