import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One CAMEO event code with its GDELT scores and its PLOVER equivalent. */
export interface CameoCode {
  code: string;
  root: string;
  quadClass: number;
  goldstein: number;
  description: string;
  plover?: string;
  mode?: string;
  context?: string;
}

const TABLE = join(dirname(fileURLToPath(import.meta.url)), 'cameo.tsv');
let codes: Map<string, CameoCode> | undefined;

function load(): Map<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  for (const line of readFileSync(TABLE, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, root, quad, goldstein, plover, mode, context, description] = line.split('\t');
    out.set(code, {
      code,
      root,
      quadClass: Number(quad),
      goldstein: Number(goldstein),
      description,
      plover: plover || undefined,
      mode: mode || undefined,
      context: context || undefined,
    });
  }
  return out;
}

/** The CAMEO table entry for a code; unknown sub-codes fall back to their longest known prefix. */
export function cameoCode(code: string): CameoCode | undefined {
  codes ??= load();
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const hit = codes.get(c);
    if (hit) return c === code ? hit : { ...hit, code };
  }
  return undefined;
}

/** True when `code` is a CAMEO code listed in the table. */
export function isCameoCode(code: string): boolean {
  codes ??= load();
  return codes.has(code);
}
