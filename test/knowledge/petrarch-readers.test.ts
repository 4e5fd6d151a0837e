import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeAt, parseActorDictionary, parseTabariDate } from '../../src/knowledge/petrarch/actors.ts';
import { applyAgentCode, parseAgentDictionary } from '../../src/knowledge/petrarch/agents.ts';

const ACTORS = `# comment line
VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+VLADIMIR_V._PUTIN
\t[RUSELI 700101-990809]
\t[RUSGOV 990809-000507]
\t[RUSGOV >080508]
\t[RUSELI]
HAMAS [PSEREBHMS]
JOSEPH_LUNS_\t[IGOEUREEC 600701-601231][IGOWSTNAT 711001-840625] # NATO
<!-- a validation-suite comment -->
`;

test('actor dictionary: primary phrases, synonyms and date-restricted codes', () => {
  const records = parseActorDictionary(ACTORS);
  assert.deepEqual(
    records.map((r) => r.primary),
    ['VLADIMIR PUTIN', 'HAMAS', 'JOSEPH LUNS'],
  );
  const putin = records[0];
  assert.deepEqual(putin.synonyms, ['PUTIN', 'VLADIMIR V. PUTIN']);
  assert.deepEqual(putin.codes[0], { code: 'RUSELI', from: '1970-01-01', to: '1999-08-09' });
  assert.deepEqual(putin.codes[2], { code: 'RUSGOV', from: '2008-05-08' });
  assert.deepEqual(records[1].codes, [{ code: 'PSEREBHMS' }]);
  assert.equal(records[2].codes.length, 2);
});

test('codeAt picks the code valid at the date, else the default', () => {
  const [putin, , luns] = parseActorDictionary(ACTORS);
  assert.equal(codeAt(putin.codes, '1995-06-01'), 'RUSELI');
  assert.equal(codeAt(putin.codes, '2000-01-01'), 'RUSGOV');
  assert.equal(codeAt(putin.codes, '2023-03-31'), 'RUSGOV');
  assert.equal(codeAt(putin.codes, '2003-01-01'), 'RUSELI');
  assert.equal(codeAt(luns.codes, '1975-01-01'), 'IGOWSTNAT');
  assert.equal(codeAt(luns.codes, '1990-01-01'), undefined);
});

test('TABARI two-digit years pivot at 30', () => {
  assert.equal(parseTabariDate('080508'), '2008-05-08');
  assert.equal(parseTabariDate('450703'), '1945-07-03');
  assert.equal(parseTabariDate('18970101'), '1897-01-01');
});

test('agent dictionary: plurals, explicit plurals and substitution sets', () => {
  const agents = parseAgentDictionary(`!PERSON! = MAN, WOMAN
PRESIDENT [~GOV] # ns
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
ARMED_POLICE {} [~COP]
BUSINESS!PERSON! [~BUS]
MILITIA [~REB]
`);
  const byPhrase = new Map(agents.map((a) => [a.phrase, a]));
  assert.deepEqual(byPhrase.get('PRESIDENT')?.plurals, ['PRESIDENTS']);
  assert.deepEqual(byPhrase.get('CHAMBER OF COMMERCE')?.plurals, ['CHAMBERS OF COMMERCE']);
  assert.deepEqual(byPhrase.get('ARMED POLICE')?.plurals, []);
  assert.equal(byPhrase.get('BUSINESSWOMAN')?.code, '~BUS');
  assert.deepEqual(byPhrase.get('BUSINESSWOMAN')?.plurals, []);
  assert.deepEqual(byPhrase.get('MILITIA')?.plurals, ['MILITIAS']);
  assert.equal(applyAgentCode('~GOV', 'RUS'), 'RUSGOV');
});
