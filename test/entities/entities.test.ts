import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, entityMentioned } from './helpers.ts';

const FR_TEXT =
  'Le président biélorusse Alexandre Loukachenko a appelé à une trêve en Ukraine. ' +
  'Le porte-parole du Kremlin, Dmitri Peskov, a rejeté ces appels. ' +
  'Loukachenko, un fervent partisan du président russe Vladimir Poutine, a mis en garde contre une escalade. ' +
  'Les législateurs ukrainiens ont critiqué la proposition, alors que les nations occidentales aident Kiev. ' +
  'Bucha était le site de crimes commis par les troupes russes.';

test('fr: surname and role description corefer with the full name', () => {
  const doc = analyse(FR_TEXT, 'fr', '2023-03-31');
  const lukashenko = entityMentioned(doc, 'Alexandre Loukachenko');
  assert.equal(lukashenko?.name, 'Alexander Lukashenko');
  assert.equal(lukashenko?.actor, 'BLRGOV');
  assert.equal(lukashenko?.country, 'BLR');
  const texts = lukashenko?.mentions.map((m) => m.text);
  assert.ok(texts?.includes('Loukachenko'));
  assert.ok(texts?.includes('président biélorusse'));
  assert.equal(entityMentioned(doc, 'Vladimir Poutine')?.actor, 'RUSGOV');
});

test('fr: agents with demonyms give role codes', () => {
  const doc = analyse(FR_TEXT, 'fr', '2023-03-31');
  assert.equal(entityMentioned(doc, 'législateurs ukrainiens')?.actor, 'UKRLEG');
  assert.equal(entityMentioned(doc, 'troupes russes')?.actor, 'RUSMIL');
  assert.equal(entityMentioned(doc, 'nations occidentales')?.actor, 'WST');
});

test('fr: metonyms and spokespeople', () => {
  const doc = analyse(FR_TEXT, 'fr', '2023-03-31');
  const kremlin = entityMentioned(doc, 'Kremlin');
  assert.equal(kremlin?.type, 'ORG');
  assert.equal(kremlin?.actor, 'RUSGOV');
  assert.equal(entityMentioned(doc, 'Dmitri Peskov')?.actor, 'RUSGOV');
  const kyiv = entityMentioned(doc, 'Kiev');
  assert.equal(kyiv?.name, 'Kyiv');
  assert.equal(kyiv?.actor, 'UKR');
});

test('fr: an unknown person takes the code of their title', () => {
  const doc = analyse(
    "Selon le ministre de l'Intérieur du Gabon, Pacôme Moubelet-Boubeya, le bilan est de trois morts.",
    'fr',
    '2016-09-01',
  );
  const minister = entityMentioned(doc, 'Pacôme Moubelet-Boubeya');
  assert.equal(minister?.type, 'PER');
  assert.equal(minister?.actor, 'GABGOV');
});

test('en: demonyms before agents, governments and the White House', () => {
  const doc = analyse(
    'Russian troops shelled the city while Ukrainian lawmakers met in Kyiv. ' +
      'The German government said it would respond. The White House declined to comment.',
    'en',
    '2023-03-01',
  );
  assert.equal(entityMentioned(doc, 'Russian troops')?.actor, 'RUSMIL');
  assert.equal(entityMentioned(doc, 'Ukrainian lawmakers')?.actor, 'UKRLEG');
  assert.equal(entityMentioned(doc, 'German government')?.name, 'Government of Germany');
  assert.equal(entityMentioned(doc, 'German government')?.actor, 'DEUGOV');
  assert.equal(entityMentioned(doc, 'White House')?.actor, 'USAGOV');
});

test('en: the code follows the publication date', () => {
  const text = 'Vladimir Putin met the governor in Moscow. Putin said the talks went well.';
  assert.equal(entityMentioned(analyse(text, 'en', '2023-03-31'), 'Putin')?.actor, 'RUSGOV');
  assert.equal(entityMentioned(analyse(text, 'en', '1995-06-01'), 'Putin')?.actor, 'RUSELI');
});

test('en: an unknown full name and its later surname are one person', () => {
  const doc = analyse(
    'Hatice Cengiz, the fiancée of the journalist, spoke at the United Nations. Cengiz asked for justice.',
    'en',
    '2019-09-29',
  );
  const cengiz = entityMentioned(doc, 'Hatice Cengiz');
  assert.equal(cengiz?.type, 'PER');
  assert.deepEqual(
    cengiz?.mentions.map((m) => m.text),
    ['Hatice Cengiz', 'Cengiz'],
  );
  assert.equal(entityMentioned(doc, 'United Nations')?.actor, 'IGO');
});

test('mentions carry exact UTF-16 spans', () => {
  const doc = analyse('« Non », a déclaré Volodymyr Zelensky à Kiev.', 'fr', '2023-03-31');
  for (const e of doc.entities) {
    for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  }
  assert.equal(entityMentioned(doc, 'Volodymyr Zelensky')?.actor, 'UKRGOV');
});

test('buildings standing for governments are metonym mentions', () => {
  const doc = analyse(
    'The Kremlin rejected the proposal, and the White House said it was not surprised.',
    'en',
    '2023-03-31',
  );
  const kremlin = entityMentioned(doc, 'Kremlin');
  assert.equal(kremlin?.mentions[0].kind, 'metonym');
  assert.equal(entityMentioned(doc, 'White House')?.mentions[0].kind, 'metonym');
});

test('an ally is not a nationality: "les alliés russes" names no Russian actor', () => {
  const doc = analyse('Les alliés russes, dont la Chine, appellent à une résolution.', 'fr', '2023-03-31');
  assert.equal(entityMentioned(doc, 'alliés russes'), undefined);
  assert.equal(entityMentioned(doc, 'Chine')?.actor, 'CHN');
});

test('a portfolio title codes the person named after it with the document country', () => {
  const doc = analyse(
    'Le Mali a expulsé l’ambassadeur. La ministre malienne de la Communication, Aminata Traoré, a confirmé la décision.',
    'fr',
    '2022-01-31',
  );
  assert.equal(entityMentioned(doc, 'Aminata Traoré')?.actor, 'MLIGOV');
});

test('fr: disputed areas resolve to an English name and the country they are coded with', () => {
  const doc = analyse(
    'Israël occupe la Cisjordanie et le plateau du Golan ; la Russie a annexé la Crimée.',
    'fr',
    '2023-03-31',
  );
  assert.equal(entityMentioned(doc, 'Cisjordanie')?.name, 'West Bank');
  assert.equal(entityMentioned(doc, 'Cisjordanie')?.actor, 'PSE');
  assert.equal(entityMentioned(doc, 'plateau du Golan')?.name, 'Golan Heights');
  assert.equal(entityMentioned(doc, 'Crimée')?.actor, 'UKR');
});

test('en: "his spokesman X" takes the code of the actor named before', () => {
  const doc = analyse(
    'Zelensky said the grain would keep moving. "We will not stop," his spokesman Serhiy Nykyforov said.',
    'en',
    '2023-07-18',
  );
  assert.equal(entityMentioned(doc, 'Serhiy Nykyforov')?.actor, 'UKRGOV');
});

test('fr: "le porte-parole du gouvernement, le colonel X" codes X with the government', () => {
  const doc = analyse(
    "Le Mali a expulsé l'ambassadeur. Le porte-parole du gouvernement, le colonel Abdoulaye Maïga, a justifié la mesure.",
    'fr',
    '2022-01-31',
  );
  assert.equal(entityMentioned(doc, 'Abdoulaye Maïga')?.actor, 'MLIGOV');
});
