import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { actorCodeAt, actorKB, foldName } from '../../src/knowledge/actors/index.ts';
import { isCountryCode } from '../../src/knowledge/geo/countries.ts';
import { parseCodeList } from '../../src/knowledge/petrarch/actors.ts';

const DATA = join(import.meta.dirname, '../../src/knowledge/actors/data');
const HAND_WRITTEN = ['actors-extra.tsv', 'actors-world.tsv'];
/** Names two actors deliberately share; the entities stage picks by the document's countries. */
const SHARED_NAMES = new Set(['rsf', 'kgb']);
/** Code heads that are not countries (CAMEO transnational and Phoenix pseudo-countries). */
const NON_COUNTRY_HEADS = new Set(['IGO', 'NGO', 'IMG', 'MED', 'MNC', 'REB', 'KSV']);

function rows(): { file: string; cells: string[] }[] {
  return HAND_WRITTEN.flatMap((file) =>
    readFileSync(join(DATA, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => ({ file, cells: line.split('\t') })),
  );
}

test('heads of government of smaller states are known with their transliterations', () => {
  const kb = actorKB();
  const cases: [string, string, string, string][] = [
    ['Jokowi', 'Joko Widodo', '2020-05-01', 'IDNGOV'],
    ['Prayuth Chan-ocha', 'Prayut Chan-o-cha', '2019-03-01', 'THAGOV'],
    ['Noursoultan Nazarbaïev', 'Nursultan Nazarbayev', '2018-01-01', 'KAZGOV'],
    ['Omar el-Béchir', 'Omar al-Bashir', '2019-04-01', 'SDNGOV'],
    ['Sassou-Nguesso', 'Denis Sassou Nguesso', '2021-03-01', 'COGGOV'],
    ['Bongbong Marcos', 'Ferdinand Marcos Jr.', '2023-01-01', 'PHLGOV'],
  ];
  for (const [variant, name, date, code] of cases) {
    const actor = kb.best(variant);
    assert.equal(actor?.name, name, variant);
    assert.equal(actorCodeAt(actor!, date), code, variant);
  }
});

test('a junta leader is military until sworn in as (transitional) head of state', () => {
  const leader = actorKB().best('Oligui Nguema');
  assert.ok(leader);
  assert.equal(actorCodeAt(leader, '2023-08-31'), 'GABMIL');
  assert.equal(actorCodeAt(leader, '2024-02-01'), 'GABGOV');
  const tiani = actorKB().best('Tiani');
  assert.ok(tiani);
  assert.equal(actorCodeAt(tiani, '2023-08-10'), 'NERMIL');
});

test('an international official is coded by the body served at the date', () => {
  const faki = actorKB().best('Moussa Faki');
  assert.ok(faki);
  assert.equal(actorCodeAt(faki, '2012-01-01'), 'TCDGOV');
  assert.equal(actorCodeAt(faki, '2020-01-01'), 'IGOAFRAU');
  assert.equal(actorKB().best('Banque centrale européenne')?.name, 'European Central Bank');
  assert.equal(actorKB().best('AIE')?.name, 'International Energy Agency');
});

test('a party is government while it governs and opposition otherwise', () => {
  const likud = actorKB().best('Likoud');
  assert.ok(likud);
  assert.equal(actorCodeAt(likud, '2019-01-01'), 'ISRGOV');
  assert.equal(actorCodeAt(likud, '2022-01-01'), 'ISROPP');
  assert.equal(actorCodeAt(likud, '2024-01-01'), 'ISRGOV');
  const pis = actorKB().best('PiS');
  assert.ok(pis);
  assert.equal(actorCodeAt(pis, '2020-01-01'), 'POLGOV');
  assert.equal(actorCodeAt(pis, '2024-06-01'), 'POLOPP');
});

test('no name leads to two different hand-written actors unless the sharing is deliberate', () => {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  const rowNames = new Set<string>();
  for (const { cells } of rows()) {
    const [name, , , , variants] = cells;
    if (rowNames.has(name)) clashes.push(`${name}: two rows`);
    rowNames.add(name);
    for (const n of [name, ...(variants ? variants.split('|') : [])]) {
      const key = foldName(n);
      const previous = owner.get(key);
      if (previous && previous !== name && !SHARED_NAMES.has(key))
        clashes.push(`${n}: ${previous} / ${name}`);
      owner.set(key, name);
    }
  }
  assert.deepEqual(clashes, []);
});

test('every hand-written row has five columns, valid dated codes and a known country head', () => {
  const problems: string[] = [];
  for (const { file, cells } of rows()) {
    const [name, type, codes, wikidata] = cells;
    if (cells.length !== 5) problems.push(`${file} ${name}: ${cells.length} columns`);
    if (!['PER', 'ORG', 'LOC', 'MISC'].includes(type)) problems.push(`${file} ${name}: type ${type}`);
    if (wikidata && !/^Q\d+$/.test(wikidata)) problems.push(`${file} ${name}: QID ${wikidata}`);
    for (const c of parseCodeList(codes ?? '')) {
      if (c.from && c.to && c.from > c.to) problems.push(`${file} ${name}: ${c.code} ends before it starts`);
      const head = c.code.slice(0, 3);
      if (!NON_COUNTRY_HEADS.has(head) && !isCountryCode(head))
        problems.push(`${file} ${name}: code ${c.code}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('a hand-written actor wins a spelling it shares with a Phoenix record', () => {
  // "Security Council" is a Phoenix record of its own and a spelling Phoenix gives the UN body.
  assert.equal(actorKB().best('Security Council')?.name, 'United Nations Security Council');
  assert.equal(actorKB().best('World Food Program')?.name, 'World Food Programme');
});
