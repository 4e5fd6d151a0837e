import type { Doc } from '../../document/doc.ts';
import type { SourceAttribution } from '../../document/types.ts';

/**
 * Wire datelines and photo credits. Photo credits close a caption: "Natalia Kolesnikova/AFP/Getty" → source "AFP/Getty"
 * (the photographer's name is dropped: the agencies are the channel). Covers the caption paragraph.
 */
const CREDIT =
  /(?:^|[\s.])((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:\s*\/\s*\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*)+)\s*$/u;

/** A wire dateline opening a paragraph: "WASHINGTON (Reuters) -", "PARIS (AFP) —". */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.,'’-]*\(([^()\n]{2,40})\)\s*[-–—]/u;

export function findPhotoCredits(doc: Doc): SourceAttribution[] {
  const out: SourceAttribution[] = [];
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
    const match = CREDIT.exec(p[0]);
    if (!match) continue;
    const credit = match[1];
    const start = p.index + match.index + match[0].indexOf(credit);
    const parts = credit.split('/').map((part) => part.trim());
    // The first part is the photographer when the others are agencies.
    const agencies = parts.length > 1 ? parts.slice(1) : parts;
    const captionEnd = start;
    const caption = doc.text.slice(p.index, captionEnd).trimEnd();
    out.push({
      start,
      end: start + credit.length,
      text: credit,
      source: { name: agencies.join('/') },
      covers: caption ? { start: p.index, end: p.index + caption.length, text: caption } : undefined,
    });
  }
  return out;
}
