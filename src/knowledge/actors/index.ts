import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../document/types.ts';
import { codeAt, type DatedCode, parseCodeList } from '../petrarch/actors.ts';
import { foldName } from './names.ts';

export { foldName } from './names.ts';

/** One actor of the knowledge base. */
export interface Actor {
  name: string;
  type: EntityType;
  codes: DatedCode[];
  wikidata?: string;
  /** Every name the actor is known by, including `name`, as written in the source. */
  names: string[];
  source: 'extra' | 'phoenix';
}

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

function readRows(file: string): string[][] {
  return readFileSync(join(DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function asType(raw: string | undefined): EntityType {
  return raw === 'PER' || raw === 'LOC' || raw === 'MISC' ? raw : 'ORG';
}

export class ActorKB {
  private readonly byName = new Map<string, Actor[]>();
  /** Longest name, in words, for bounded longest-match lookups. */
  maxWords = 1;
  /** Folded first words of names written with a lower-case start ("agence Anatolie", "pape François"). */
  readonly lowerCaseStarts = new Set<string>();

  add(actor: Actor): void {
    // Agencies often drop the Arabic article: "Abdel Fattah Burhan" for "Abdel Fattah al-Burhan".
    const withoutArticle = actor.names
      .filter((n) => / (al|el)-/i.test(n))
      .map((n) => n.replace(/ (al|el)-/gi, ' '));
    for (const n of [...actor.names, ...withoutArticle]) {
      const key = foldName(n);
      if (!key) continue;
      const list = this.byName.get(key);
      if (!list) this.byName.set(key, [actor]);
      else if (!list.includes(actor)) {
        // A spelling learnt from a Phoenix record may reach a hand-written actor after another
        // Phoenix record took the name: the hand-written actor still goes before Phoenix ones.
        const firstPhoenix = list.findIndex((a) => a.source === 'phoenix');
        if (actor.source === 'extra' && firstPhoenix >= 0) list.splice(firstPhoenix, 0, actor);
        else list.push(actor);
      }
      this.maxWords = Math.max(this.maxWords, key.split(' ').length);
      if (actor.source === 'extra' && /^\p{Ll}/u.test(n) && key.includes(' '))
        this.lowerCaseStarts.add(key.split(' ')[0]);
    }
  }

  /** Actors known by this name; hand-written entries come first. */
  lookup(name: string): readonly Actor[] {
    return this.byName.get(foldName(name)) ?? [];
  }

  /** The best actor for a name: a hand-written entry, else the first Phoenix record. */
  best(name: string): Actor | undefined {
    return this.lookup(name)[0];
  }

  has(name: string): boolean {
    return this.byName.has(foldName(name));
  }

  private wordTypes?: Map<string, string>;

  /** Types of the known names a folded word appears in ("putin" → "PER"), for tagger features. */
  typesOfWord(word: string): string | undefined {
    if (!this.wordTypes) {
      const types = new Map<string, Set<string>>();
      for (const [key, actors] of this.byName) {
        for (const w of key.split(' ')) {
          if (w.length < 3) continue;
          const set = types.get(w) ?? new Set<string>();
          types.set(w, set);
          for (const a of actors) set.add(a.type);
        }
      }
      this.wordTypes = new Map([...types].map(([w, set]) => [w, [...set].sort().join('+')]));
    }
    return this.wordTypes.get(foldName(word));
  }
}

/** The code an actor held at a date (YYYY-MM-DD); latest code when no date is known. */
export function actorCodeAt(actor: Actor, date?: string): string | undefined {
  const code = codeAt(actor.codes, date);
  if (code || !date || actor.type !== 'PER') return code;
  // A person keeps the role of their last office once it has ended (the convention of the gold
  // standard and of news coding: a former president is still coded GOV).
  let last: { code: string; to: string } | undefined;
  for (const c of actor.codes)
    if (c.to && c.to < date && (!last || c.to > last.to)) last = { code: c.code, to: c.to };
  return last?.code;
}

/** Hand-written tables, in precedence order: a name listed in an earlier file wins. */
const HAND_WRITTEN_FILES = ['actors-extra.tsv', 'actors-world.tsv'];

export function loadActorKB(): ActorKB {
  const kb = new ActorKB();
  const extras: Actor[] = HAND_WRITTEN_FILES.flatMap((file) => readRows(file)).map(
    ([name, type, codes, wikidata, variants]) => ({
      name,
      type: asType(type),
      codes: parseCodeList(codes ?? ''),
      wikidata: wikidata || undefined,
      names: [name, ...(variants ? variants.split('|') : [])].filter(Boolean),
      source: 'extra',
    }),
  );
  for (const actor of extras) kb.add(actor);
  const shadowed = new Map<string, Actor>();
  for (const actor of extras) for (const n of actor.names) shadowed.set(foldName(n), actor);
  for (const [name, type, codes, variants] of readRows('phoenix-actors.tsv')) {
    const all = [name, ...(variants ? variants.split('|') : [])].filter(Boolean);
    const owner = shadowed.get(foldName(name));
    if (owner) {
      // A Phoenix record for an actor the hand-written table knows: keep its spellings, not its codes.
      owner.names.push(...all.filter((n) => !shadowed.has(foldName(n))));
      kb.add(owner);
      continue;
    }
    const names = all.filter((n) => !shadowed.has(foldName(n)));
    if (names.length === 0) continue;
    kb.add({ name, type: asType(type), codes: parseCodeList(codes ?? ''), names, source: 'phoenix' });
  }
  return kb;
}

let shared: ActorKB | undefined;

export function actorKB(): ActorKB {
  shared ??= loadActorKB();
  return shared;
}

let givenNames: Set<string> | undefined;

/** First names of known persons (folded), a cue that a capitalised sequence is a person. */
export function isGivenName(word: string): boolean {
  givenNames ??= new Set(readRows('given-names.txt').map(([n]) => foldName(n)));
  return givenNames.has(foldName(word));
}

let metonyms: Set<string> | undefined;

/** Is this actor a building or place standing for an institution (Kremlin, White House)? */
export function isMetonym(actor: Actor): boolean {
  metonyms ??= new Set(readRows('metonyms.txt').map(([n]) => n));
  return metonyms.has(actor.name);
}
