import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '../shared');
export const GOLD = join(SHARED, 'gold');
/** Tests that read ../shared (gold, data, the shared contract) skip with this reason when it is not beside the clone. */
export const NEEDS_SHARED =
  !existsSync(join(GOLD, 'fr-kremlin-belarus-talks.gold.json')) && 'needs ../shared beside the clone';
export const RELATA = join(ROOT, 'bin/relata');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'relata-test-'));
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process. */
export function relata(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): RunResult {
  const r = spawnSync(RELATA, args, {
    input: options.input,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export { execFileSync };
