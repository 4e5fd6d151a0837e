import type { Doc } from '../../document/doc.ts';
import type { SourceAttribution } from '../../document/types.ts';
import { list } from '../../lang/index.ts';

/**
 * Wire datelines and photo credits. Photo credits close a caption: "Natalia Kolesnikova/AFP/Getty" → source "AFP/Getty",
 * "REUTERS/Stringer" → "REUTERS", "Photo AFP" → "AFP" (the photographer's name is dropped: the agencies are
 * the channel). Covers the caption paragraph.
 */
const CREDIT =
  /(?:^|[\s.])((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:\s*\/\s*\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*)+)\s*$/u;

/** A wire dateline opening a paragraph: "WASHINGTON (Reuters) -", "PARIS (AFP) —". */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.,'’-]*\(([^()\n]{2,40})\)\s*[-–—]/u;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Photo AFP", "Credit: Reuters/John Smith": a credit word, then agency names closing the caption. */
function creditWordPattern(doc: Doc): RegExp | null {
  // Only the first letter may change case: the names after it must stay capitalised.
  const words = list(doc.language ?? 'en', 'sources-credit-words')
    .sort((a, b) => b.length - a.length)
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${escapeRegExp(w.slice(1)).replace(/\s+/g, '\\s+')}`);
  if (words.length === 0) return null;
  return new RegExp(
    `(?:^|[\\s.])(?:${words.join('|')})\\s*:?\\s+((?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*)(?:\\s*[/\\s]\\s*\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,3})\\s*\\.?\\s*$`,
    'u',
  );
}

/** Agency parts of a slash credit: the capitalised wire name ("REUTERS/Stringer"), else all but the photographer. */
function agencyParts(parts: string[]): string[] {
  const wire = parts.filter((part) => /^[\p{Lu}\p{N}&.-]{2,}$/u.test(part));
  if (wire.length > 0 && wire[0] === parts[0]) return wire;
  return parts.length > 1 ? parts.slice(1) : parts;
}

export function findPhotoCredits(doc: Doc): SourceAttribution[] {
  const out: SourceAttribution[] = [];
  const creditWords = creditWordPattern(doc);
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(doc.text); p !== null; p = paragraph.exec(doc.text)) {
    const dateline = DATELINE.exec(p[0]);
    if (dateline) {
      const start = p.index + dateline[0].indexOf(dateline[1]);
      const rest = p[0].slice(dateline[0].length).trim();
      out.push({
        start,
        end: start + dateline[1].length,
        text: dateline[1],
        source: { name: dateline[1].trim() },
        covers: rest
          ? {
              start: p.index + p[0].indexOf(rest),
              end: p.index + p[0].indexOf(rest) + rest.length,
              text: rest,
            }
          : undefined,
      });
    }
    const byWord = creditWords?.exec(p[0]);
    const match = byWord ?? CREDIT.exec(p[0]);
    if (!match) continue;
    const credit = match[1];
    const nameStart = p.index + match.index + match[0].lastIndexOf(credit);
    const parts = credit.split('/').map((part) => part.trim());
    // After "Photo", every part is an agency; in "Natalia Kolesnikova/AFP" the first is the photographer.
    const agencies = byWord ? parts : agencyParts(parts);
    // The attribution starts at the credit word ("Photo AFP") or at the credited names.
    const start = byWord ? p.index + match.index + (/^[\s.]/.test(match[0]) ? 1 : 0) : nameStart;
    const end = nameStart + credit.length;
    const caption = doc.text.slice(p.index, start).trimEnd();
    out.push({
      start,
      end,
      text: doc.text.slice(start, end),
      source: { name: agencies.join('/') },
      covers: caption ? { start: p.index, end: p.index + caption.length, text: caption } : undefined,
    });
  }
  return out;
}
