import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Language } from '../document/types.ts';

export class UsageError extends Error {}

/** parseArgs with usage errors turned into one clear line. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

export function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined || value === 'auto') return undefined;
  if (value === 'fr' || value === 'en') return value;
  throw new UsageError(`--language must be auto, fr or en (got "${value}")`);
}

/** A real calendar day in YYYY-MM-DD form. */
export function parsePublished(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) {
    throw new UsageError(`--published must be a date in YYYY-MM-DD form (got "${value}")`);
  }
  return value;
}

/** --since/--until: YYYY, YYYY-MM or YYYY-MM-DD. */
export function parseDatePrefix(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw new UsageError(`--${flag} must be YYYY, YYYY-MM or YYYY-MM-DD (got "${value}")`);
  return value;
}

export function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--limit must be a positive whole number (got "${value}")`);
  return n;
}
