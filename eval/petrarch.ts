/**
 * `npm run eval:petrarch`: the PETRARCH2 unit-test suite as an external acceptance test.
 * Codes the sentences of PETR.UnitTest.records.xml with the suite's own dictionaries (PETR.Validate.*),
 * using relata's tokenizer and parser (not the parses in the file), and prints per category the share of
 * sentences whose expected (source, target, code) codings are produced exactly, plus precision and recall.
 *   node --import tsx eval/petrarch.ts [-v] [--category=PATTERN]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../src/document/doc.ts';
import { loadDictionaries } from '../src/knowledge/petrarch/index.ts';
import { codeSentence } from '../src/stages/events/coder.ts';
import { cuesFor } from '../src/stages/events/cues.ts';
import { CombinedRoles, DependencyRoles, hasParse } from '../src/stages/events/dependency-roles.ts';
import { DictionaryActors } from '../src/stages/events/dictionary-actors.ts';
import { isDiscarded } from '../src/stages/events/discard.ts';
import { Lexicon, tokenForms } from '../src/stages/events/lexicon.ts';
import { LinearRoles } from '../src/stages/events/roles.ts';
import { groupCoordinations } from '../src/stages/events/sentence.ts';
import { normalise } from '../src/stages/normalise/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { syntax } from '../src/stages/syntax/index.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suiteDir = join(resolve(projectRoot, '../shared'), 'data/petrarch');
const verbose = process.argv.includes('-v');
const onlyCategory = process.argv.find((a) => a.startsWith('--category='))?.slice(11);

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

function readSuite(): UnitTest[] {
  const xml = readFileSync(join(suiteDir, 'PETR.UnitTest.records.xml'), 'utf8').replace(
    /<!--[\s\S]*?-->/g,
    '',
  );
  const include = new Set((/<Include>([^<]*)<\/Include>/.exec(xml)?.[1] ?? '').trim().split(/\s+/));
  const tests: UnitTest[] = [];
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const [, head, body] = m;
    const category = attribute(head, 'category') ?? '';
    if (attribute(head, 'sentence') !== 'true' || !include.has(category)) continue;
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
      text: unescapeXml((/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? '').replace(/\s+/g, ' ').trim()),
      expected,
    });
  }
  return tests;
}

const dictionaries = loadDictionaries(
  ['verbs', 'actors', 'agents', 'discards'].map((kind) => join(suiteDir, `PETR.Validate.${kind}.txt`)),
);
const lexicon = new Lexicon(dictionaries.verbs, 'en');
const actors = new DictionaryActors(dictionaries.actors, dictionaries.agents);
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
    const found = actors.find(forms, test.date, (slots) => groupCoordinations(slots, forms, cues, upos));
    const prepared = { forms, actors: found };
    const events = codeSentence(prepared, {
      lexicon,
      cues,
      requireTarget: true,
      roleFinder: (s, starts) => {
        const linear = new LinearRoles(s, cues, starts, upos);
        return parsed ? new CombinedRoles(new DependencyRoles(s, tokens, cues), linear) : linear;
      },
      upos,
    });
    for (const e of events) {
      const c = { source: e.source?.ref.actor ?? '', target: e.target?.ref.actor ?? '', code: e.code };
      if (!out.some((o) => key(o) === key(c))) out.push(c);
    }
  }
  return out;
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
    console.log(`✗ ${test.id}: ${test.text}`);
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
