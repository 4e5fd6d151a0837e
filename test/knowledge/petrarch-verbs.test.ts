import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cameoCode } from '../../src/knowledge/cameo/index.ts';
import { parseDiscards } from '../../src/knowledge/petrarch/discards.ts';
import { loadDictionaries } from '../../src/knowledge/petrarch/index.ts';
import { verbForms } from '../../src/knowledge/petrarch/inflect.ts';
import { parseIssues } from '../../src/knowledge/petrarch/issues.ts';
import { parsePatternElements, parseVerbDictionary } from '../../src/knowledge/petrarch/verbs.ts';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const suite = join(resolve(projectRoot, '../shared'), 'data/petrarch');

const SAMPLE = `
&CURRENCY
+DOLLARS
+SWISS FRANCS
+GOLDEN_GOBLIN_GALLEONS

&MONEY
+&CURRENCY
+CASH

--- ACCORD  [---] ---
ACCORD
CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}
WIRE_+TAP [1711]
- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [111]  # comment
- IN_*  [075]
- % * [030:030]
- * ^ $ (FOR &MONEY)  [071]
- * {NO &EVIDENCE} (OF +)  [080]
`;

describe('PETRARCH verb dictionary reader', () => {
  const dict = parseVerbDictionary(SAMPLE);

  it('reads synsets, multi-word members and nested synsets', () => {
    assert.deepEqual(dict.synsets.get('CURRENCY'), [
      ['DOLLARS'],
      ['SWISS', 'FRANCS'],
      ['GOLDEN', 'GOBLIN', 'GALLEONS'],
    ]);
    assert.deepEqual(dict.synsets.get('MONEY'), [['&CURRENCY'], ['CASH']]);
  });

  it('reads verb blocks with default and own codes, irregular forms and multi-word verbs', () => {
    const [block] = dict.blocks;
    assert.equal(block.name, 'ACCORD');
    assert.equal(block.code, '---');
    const [accord, cordon, wiretap] = block.verbs;
    assert.equal(accord.code, '---');
    assert.deepEqual(cordon.forms, ['CORDON', 'CORDONED', 'CORDONS']);
    assert.deepEqual(cordon.suffix, ['OFF']);
    assert.deepEqual(wiretap.prefix, ['WIRE']);
    assert.equal(wiretap.forms[0], 'TAP');
    assert.equal(wiretap.code, '1711');
  });

  it('reads TABARI patterns with adjacency, actor marks and synsets', () => {
    const [suggested, inVerb, compound, skip, groups] = dict.blocks[0].patterns;
    assert.equal(suggested.code, '111');
    assert.deepEqual(
      suggested.before.map((e) => [e.type, e.value, e.joined]),
      [
        ['word', 'SUGGESTED', false],
        ['target', undefined, true],
      ],
    );
    assert.deepEqual(
      suggested.after.map((e) => [e.type, e.value, e.joined]),
      [
        ['word', 'DEMAND', false],
        ['synset', 'GENINT', true],
        ['word', 'CONVENTIONS', true],
      ],
    );
    assert.equal(inVerb.verbJoined, true);
    assert.equal(compound.code, '030:030');
    assert.equal(compound.before[0].type, 'compound');
    assert.deepEqual(
      skip.after.map((e) => e.type),
      ['skip', 'source', 'word', 'synset'],
    );
    assert.deepEqual(
      groups.after.map((e) => e.value ?? e.type),
      ['NO', 'EVIDENCE', 'OF', 'target'],
    );
  });

  it('splits pattern text with the verb mark inside a joined chunk', () => {
    assert.deepEqual(
      parsePatternElements('FAILED_TO_*').map((e) => [e.type, e.joined]),
      [
        ['word', false],
        ['word', true],
        ['verb', true],
      ],
    );
  });

  it('generates inflected forms from the language tables', () => {
    assert.ok(verbForms('ARREST', 'en').includes('ARRESTED'));
    assert.ok(verbForms('BAN', 'en').includes('BANNED'));
    assert.ok(verbForms('REJETER', 'fr').includes('REJETTE'));
    assert.ok(verbForms('REJETER', 'fr').includes('REJETÉE'));
    assert.ok(verbForms('ÉMETTRE', 'fr').includes('ÉMIS'));
  });
});

describe('PETRARCH discards and issues readers', () => {
  it('reads sentence and story discards', () => {
    const discards = parseDiscards('MONTHS LATER\n+World Golf Championships   # pas\n');
    assert.deepEqual(discards, [
      { words: ['MONTHS', 'LATER'], story: false },
      { words: ['WORLD', 'GOLF', 'CHAMPIONSHIPS'], story: true },
    ]);
  });

  it('expands n:, v: and + in issue phrases', () => {
    const issues = parseIssues(
      '<ISSUE CATEGORY="X">\nn:atrocity [ID_ATROCITY]\nal+zarqawi network [TERROR]\n~Saturday Night massacre\n</ISSUE>',
    );
    const phrases = issues.phrases.map((p) => `${p.words.join(' ')}=${p.code}`);
    assert.ok(phrases.includes('ATROCITY=ID_ATROCITY'));
    assert.ok(phrases.includes('ATROCITYS=ID_ATROCITY') || phrases.includes('ATROCITIES=ID_ATROCITY'));
    assert.ok(phrases.includes('AL ZARQAWI NETWORK=TERROR'));
    assert.ok(phrases.includes('AL-ZARQAWI NETWORK=TERROR'));
    assert.deepEqual(issues.ignore, [['SATURDAY', 'NIGHT', 'MASSACRE']]);
  });
});

describe('dictionary sets', () => {
  it('loads relata’s own set: the PETRARCH CAMEO dictionary (en) and the French dictionary', () => {
    const set = loadDictionaries();
    const languages = set.verbs.map((d) => d.language).sort();
    assert.deepEqual(languages, ['en', 'en', 'fr']);
    const cameo = set.verbs.find((d) => d.blocks.length > 300);
    assert.ok(cameo && cameo.synsets.size > 30);
    const french = set.verbs.find((d) => d.language === 'fr');
    assert.ok(french?.blocks.some((b) => b.verbs.some((v) => v.lemma === 'REJETER')));
  });

  it('loads the PETRARCH unit-test dictionaries from explicit files', { skip: !existsSync(suite) }, () => {
    const set = loadDictionaries(
      ['verbs', 'actors', 'agents', 'discards'].map((k) => join(suite, `PETR.Validate.${k}.txt`)),
    );
    assert.equal(set.verbs.length, 1);
    assert.ok(set.verbs[0].blocks.some((b) => b.name === 'RESTORE' && b.code === '064'));
    assert.ok(set.actors.length > 100);
    assert.ok(set.agents.length > 20);
    assert.ok(set.discards.some((d) => d.words.join(' ') === 'MONTHS LATER'));
  });
});

describe('CAMEO code table', () => {
  it('gives root, quad class, Goldstein and PLOVER for a code', () => {
    const c = cameoCode('173');
    assert.equal(c?.root, '17');
    assert.equal(c?.quadClass, 4);
    assert.equal(c?.goldstein, -5);
    assert.equal(c?.plover, 'COERCE');
    assert.equal(cameoCode('0256')?.plover, 'REQUEST');
  });

  it('falls back to the parent code for an unlisted sub-code', () => {
    assert.equal(cameoCode('0759')?.root, '07');
    assert.equal(cameoCode('0759')?.code, '0759');
  });
});
