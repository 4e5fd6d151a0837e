import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../document/types.ts';

/**
 * Language data lives in plain files under src/lang/<code>/ so linguists can edit it without
 * touching code: `.txt` lists (one entry per line, `#` comments) and `.tsv` tables.
 * Adding a language means adding a folder.
 */
export const LANG_DIR = dirname(fileURLToPath(import.meta.url));
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

const cache = new Map<string, unknown>();

function dataPath(lang: Language | 'common', file: string): string {
  return join(LANG_DIR, lang, file);
}

function readLines(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

/** A list file: one entry per line. Missing files give an empty list. */
export function list(lang: Language | 'common', name: string): string[] {
  const key = `${lang}/${name}.txt`;
  if (!cache.has(key)) cache.set(key, readLines(dataPath(lang, `${name}.txt`)));
  return cache.get(key) as string[];
}

/** A list file as a Set, optionally lower-cased. */
export function set(lang: Language | 'common', name: string, lowerCase = false): Set<string> {
  const key = `${lang}/${name}.set${lowerCase ? '.lc' : ''}`;
  if (!cache.has(key)) {
    const entries = list(lang, name);
    cache.set(key, new Set(lowerCase ? entries.map((e) => e.toLowerCase()) : entries));
  }
  return cache.get(key) as Set<string>;
}

/** A tab-separated table: rows of cells. */
export function table(lang: Language | 'common', name: string): string[][] {
  const key = `${lang}/${name}.tsv`;
  if (!cache.has(key)) {
    cache.set(
      key,
      readLines(dataPath(lang, `${name}.tsv`)).map((line) => line.split('\t').map((cell) => cell.trim())),
    );
  }
  return cache.get(key) as string[][];
}
