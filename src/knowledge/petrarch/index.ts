import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../document/types.ts';
import { type ActorRecord, parseActorDictionary } from './actors.ts';
import { type AgentEntry, parseAgentDictionary } from './agents.ts';
import { type Discard, parseDiscards } from './discards.ts';
import { type IssueDictionary, parseIssues } from './issues.ts';
import { parseVerbDictionary, type VerbDictionary } from './verbs.ts';

/** A set of PETRARCH-format dictionaries read from one folder. */
export interface DictionarySet {
  dir: string;
  /** Verb-pattern dictionaries, each for one language (from `@lang` or an `fr.`/`en.` file prefix; default en). */
  verbs: VerbDictionary[];
  actors: ActorRecord[];
  agents: AgentEntry[];
  discards: Discard[];
  issues?: IssueDictionary;
}

/** relata's committed dictionaries: src/knowledge/dictionaries. */
export const DEFAULT_DICTIONARY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../dictionaries');

type Kind = 'verbs' | 'actors' | 'agents' | 'discards' | 'issues';

/** File roles follow the PETRARCH naming habits: CAMEO.*.txt / *.verbs.txt, *.actors.txt, *.agents.txt, ... */
export function dictionaryKind(file: string): Kind | undefined {
  const name = file.toLowerCase();
  if (!name.endsWith('.txt')) return undefined;
  if (name.includes('verbs') || name.startsWith('cameo') || /^(fr|en)\.cameo/.test(name)) return 'verbs';
  if (name.includes('actors')) return 'actors';
  if (name.includes('agents')) return 'agents';
  if (name.includes('discard')) return 'discards';
  if (name.includes('issue')) return 'issues';
  return undefined;
}

function languageOf(file: string, dict: VerbDictionary): Language {
  if (dict.language === 'fr' || dict.language === 'en') return dict.language;
  const prefix = basename(file).slice(0, 3).toLowerCase();
  return prefix === 'fr.' ? 'fr' : 'en';
}

const cache = new Map<string, DictionarySet>();

/**
 * Reads a dictionary set: every dictionary file of a folder (default: relata's own set), or an explicit
 * list of files (e.g. PETRARCH's PETR.Validate.* suite). Results are cached.
 */
export function loadDictionaries(source: string | readonly string[] = DEFAULT_DICTIONARY_DIR): DictionarySet {
  const files = typeof source === 'string' ? listDictionaryFiles(source) : source.map((f) => resolve(f));
  const key = typeof source === 'string' ? resolve(source) : files.join('\u0000');
  const cached = cache.get(key);
  if (cached) return cached;
  const set: DictionarySet = { dir: key, verbs: [], actors: [], agents: [], discards: [] };
  for (const path of files) {
    const kind = dictionaryKind(basename(path));
    if (!kind) continue;
    const text = readFileSync(path, 'utf8');
    if (kind === 'verbs') {
      const dict = parseVerbDictionary(text);
      dict.language = languageOf(path, dict);
      set.verbs.push(dict);
    } else if (kind === 'actors') set.actors.push(...parseActorDictionary(text));
    else if (kind === 'agents') set.agents.push(...parseAgentDictionary(text));
    else if (kind === 'discards') set.discards.push(...parseDiscards(text));
    else set.issues = parseIssues(text);
  }
  cache.set(key, set);
  return set;
}

function listDictionaryFiles(dir: string): string[] {
  const key = resolve(dir);
  if (!existsSync(key)) throw new Error(`dictionary folder not found: ${dir}`);
  return readdirSync(key)
    .sort()
    .filter((f) => dictionaryKind(f) !== undefined)
    .map((f) => join(key, f));
}
