/**
 * `npm run eval:petrarch`: the PETRARCH2 unit-test suite as an external acceptance test.
 * Codes the sentences of PETR.UnitTest.records.xml with the suite's own dictionaries (PETR.Validate.*),
 * using relata's tokenizer and parser (not the parses in the file, so the records testing malformed parse
 * trees, error="bad_input_parse", are left out), and prints per category the share of
 * sentences whose expected (source, target, code) codings are produced exactly, plus precision and recall.
 * The suite's <Config option="require_dyad"> records are followed: where it is false, events without a
 * target count, with target "---"; where new_actor_length is above 0, unknown noun phrases of up to that many
 * words are actors of their own (`newActorSlots`). The comma_* options are not implemented.
 *   node --import tsx eval/petrarch.ts [-v] [--category=PATTERN] [--id=DEMO-03] [--trace] [--text]
 * -v lists the sentences not coded exactly (expected vs produced); --trace adds, per sentence, the tokens
 * with their parse, the actor slots and the dictionary block and pattern behind each event; --text codes
 * each record's <Text> even where its stored tree spells other words (see `sentenceText`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../src/document/doc.ts';
import type { Token } from '../src/document/types.ts';
import { ActorPhraseFinder } from '../src/knowledge/petrarch/actor-finder.ts';
import { loadDictionaries } from '../src/knowledge/petrarch/index.ts';
import { newActorSlots } from '../src/knowledge/petrarch/new-actors.ts';
import { codeSentence } from '../src/stages/events/coder.ts';
import { cuesFor } from '../src/stages/events/cues.ts';
import { CombinedRoles, DependencyRoles, hasParse } from '../src/stages/events/dependency-roles.ts';
import { isDiscarded } from '../src/stages/events/discard.ts';
import { Lexicon, tokenForms } from '../src/stages/events/lexicon.ts';
import type { ActorSlot } from '../src/stages/events/match.ts';
import { LinearRoles } from '../src/stages/events/roles.ts';
import { groupCoordinations } from '../src/stages/events/sentence.ts';
import { normalise } from '../src/stages/normalise/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { syntax } from '../src/stages/syntax/index.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suiteDir = join(resolve(projectRoot, '../shared'), 'data/petrarch');
const verbose = process.argv.includes('-v');
const onlyCategory = process.argv.find((a) => a.startsWith('--category='))?.slice(11);
const onlyId = process.argv.find((a) => a.startsWith('--id='))?.slice(5);
const trace = process.argv.includes('--trace');
const useText = process.argv.includes('--text');

interface Coding {
  source: string;
  target: string;
  code: string;
}

interface UnitTest {
  id: string;
  category: string;
  date: string;
  text: string;
  expected: Coding[];
  /** PETRARCH's require_dyad at this record: events without a target are dropped (else coded with target ---). */
  requireDyad: boolean;
  /** PETRARCH's new_actor_length at this record: longest unknown noun phrase coded as a new actor (0: none). */
  newActorLength: number;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The sentence a record's expected codings were made from. PETRARCH codes the stored Penn tree, and in a
 * few records the tree spells other words than <Text> ("The Calenardhon Congresses condemned" under
 * "The Calenardhon government condemned"): there the words of the tree are the sentence, which relata
 * then tokenizes and parses itself. `--text` codes <Text> always.
 */
function sentenceText(body: string): string {
  const text = unescapeXml((/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? '').replace(/\s+/g, ' ').trim());
  const tree = /<Parse>([\s\S]*?)<\/Parse>/.exec(body)?.[1];
  if (!tree || useText) return text;
  const words = detokenize([...tree.matchAll(/\(\S+ ([^()\s]+)\)/g)].map((m) => m[1]));
  const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return letters(words) === letters(text) ? text : unescapeXml(words);
}

/** Penn Treebank leaves back to running text. */
function detokenize(leaves: string[]): string {
  const brackets: Record<string, string> = { '-LRB-': '(', '-RRB-': ')', '``': '"', "''": '"' };
  return leaves
    .map((w) => brackets[w] ?? w)
    .join(' ')
    .replace(/ ([,.;:!?)]|'s|n't|')(?= |$)/g, '$1')
    .replace(/\( /g, '(');
}

function readSuite(): UnitTest[] {
  const xml = readFileSync(join(suiteDir, 'PETR.UnitTest.records.xml'), 'utf8').replace(
    /<!--[\s\S]*?-->/g,
    '',
  );
  const include = new Set((/<Include>([^<]*)<\/Include>/.exec(xml)?.[1] ?? '').trim().split(/\s+/));
  const tests: UnitTest[] = [];
  // <Config option=... value=...> records between sentences change the coder's options from there on.
  let requireDyad = true;
  let newActorLength = 0;
  for (const m of xml.matchAll(/<Config\b([^>]*)>|<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    if (m[1] !== undefined) {
      const option = attribute(m[1], 'option');
      const value = attribute(m[1], 'value') ?? '';
      if (option === 'require_dyad') requireDyad = value.toLowerCase() !== 'false';
      if (option === 'new_actor_length') newActorLength = Number.parseInt(value, 10) || 0;
      continue;
    }
    const [, , head, body] = m;
    const category = attribute(head, 'category') ?? '';
    if (attribute(head, 'sentence') !== 'true' || !include.has(category)) continue;
    // These records test PETRARCH's reader of the Penn trees stored in the file; relata parses the text itself.
    if (/<EventCoding\b[^>]*error\s*=\s*"bad_input_parse"/.test(body)) continue;
    const expected: Coding[] = [];
    for (const c of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const code = attribute(c[1], 'eventcode');
      if (!code) continue;
      expected.push({
        source: attribute(c[1], 'sourcecode') ?? '',
        target: attribute(c[1], 'targetcode') ?? '',
        code,
      });
    }
    const raw = attribute(head, 'date') ?? '';
    tests.push({
      id: attribute(head, 'id') ?? '',
      category,
      date: `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`,
      text: sentenceText(body),
      expected,
      requireDyad,
      newActorLength,
    });
  }
  return tests;
}

const dictionaries = loadDictionaries(
  ['verbs', 'actors', 'agents', 'discards'].map((kind) => join(suiteDir, `PETR.Validate.${kind}.txt`)),
);
const lexicon = new Lexicon(dictionaries.verbs, 'en');
const actors = new ActorPhraseFinder(dictionaries.actors, dictionaries.agents);
const cues = cuesFor('en');

function code(test: UnitTest): Coding[] {
  const doc = new Doc(test.text, { language: 'en', published: test.date });
  for (const stage of [normalise, segment, syntax]) stage.run(doc);
  const allForms = doc.tokens.map((t) => tokenForms(t.text, t.lemma));
  if (isDiscarded(allForms, dictionaries.discards)) return [];
  const out: Coding[] = [];
  for (const sentence of doc.sentences) {
    const tokens = doc.sentenceTokens(sentence);
    const forms = tokens.map((t) => tokenForms(t.text, t.lemma));
    const parsed = hasParse(tokens);
    const upos = parsed ? (pos: number) => tokens[pos]?.upos : undefined;
    const group = (slots: ActorSlot[]) => groupCoordinations(slots, forms, cues, upos);
    let found = actors.find(forms, test.date, group, upos);
    if (parsed && test.newActorLength > 0) {
      const added = newActorSlots(tokens, found, test.newActorLength);
      if (added.length > 0) found = group([...found, ...added].sort((a, b) => a.first - b.first));
    }
    const prepared = { forms, actors: found };
    if (trace) traceSentence(tokens, found);
    const events = codeSentence(prepared, {
      lexicon,
      cues,
      requireTarget: test.requireDyad,
      roleFinder: (s, starts) => {
        const linear = new LinearRoles(s, cues, starts, upos);
        return parsed ? new CombinedRoles(new DependencyRoles(s, tokens, cues), linear) : linear;
      },
      upos,
    });
    for (const e of events) {
      if (trace)
        console.log(
          `    event ${e.code} ${e.source?.ref.actor ?? '-'}→${e.target?.ref.actor ?? '-'} block "${e.block}" pattern "${e.pattern ?? ''}"${e.negated ? ' negated' : ''}`,
        );
      const c = { source: e.source?.ref.actor ?? '', target: e.target?.ref.actor ?? '---', code: e.code };
      if (!out.some((o) => key(o) === key(c))) out.push(c);
    }
  }
  return out;
}

function traceSentence(tokens: readonly Token[], slots: readonly ActorSlot[]): void {
  const offset = tokens[0]?.index ?? 0;
  console.log(
    `    ${tokens.map((t, i) => `${i}:${t.text}/${t.upos ?? '?'}/${t.deprel ?? '?'}>${t.head === undefined || t.head < 0 ? '-' : t.head - offset}`).join(' ')}`,
  );
  console.log(
    `    actors ${slots.map((s) => `[${s.first},${s.end}) ${s.ref.actor} g${s.group}`).join('  ')}`,
  );
}

const key = (c: Coding) => `${c.source}|${c.target}|${c.code}`;

interface Tally {
  sentences: number;
  correct: number;
  tp: number;
  predicted: number;
  expected: number;
}
const empty = (): Tally => ({ sentences: 0, correct: 0, tp: 0, predicted: 0, expected: 0 });
const byCategory = new Map<string, Tally>();
const total = empty();

for (const test of readSuite()) {
  if (onlyCategory && test.category !== onlyCategory) continue;
  if (onlyId && test.id !== onlyId) continue;
  if (trace) console.log(`${test.id}: ${test.text}`);
  const predicted = code(test);
  const expectedKeys = new Set(test.expected.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const tp = [...predictedKeys].filter((k) => expectedKeys.has(k)).length;
  const exact = tp === expectedKeys.size && tp === predictedKeys.size;
  const tally = byCategory.get(test.category) ?? empty();
  for (const t of [tally, total]) {
    t.sentences++;
    t.correct += exact ? 1 : 0;
    t.tp += tp;
    t.predicted += predictedKeys.size;
    t.expected += expectedKeys.size;
  }
  byCategory.set(test.category, tally);
  if (verbose && !exact) {
    console.log(`✗ ${test.id} (${test.category}): ${test.text}`);
    console.log(`    expected ${[...expectedKeys].join('  ') || '(none)'}`);
    console.log(`    produced ${[...predictedKeys].join('  ') || '(none)'}`);
  }
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
console.log('category    sentences  fully-correct  precision  recall');
for (const [category, t] of [...byCategory.entries()].sort()) {
  console.log(
    `${category.padEnd(12)}${String(t.sentences).padStart(9)}  ${pct(t.correct, t.sentences).padStart(13)}  ${pct(t.tp, t.predicted).padStart(9)}  ${pct(t.tp, t.expected).padStart(6)}`,
  );
}
console.log(
  `${'ALL'.padEnd(12)}${String(total.sentences).padStart(9)}  ${pct(total.correct, total.sentences).padStart(13)}  ${pct(total.tp, total.predicted).padStart(9)}  ${pct(total.tp, total.expected).padStart(6)}`,
);
console.log('targets: fully correct ≥ 85%, precision ≥ 90%, recall ≥ 90%');
