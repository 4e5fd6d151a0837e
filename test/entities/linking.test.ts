import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, entityMentioned } from './helpers.ts';

test('news agencies are media, whatever their country: Irna, SANA, Al Masirah', () => {
  const doc = analyse(
    "Iran's foreign ministry condemned the raid, Irna reported. Syria's state agency SANA and the Houthis' Al Masirah TV gave a toll.",
    'en',
    '2024-01-12',
  );
  assert.equal(entityMentioned(doc, 'Irna')?.actor, 'MED');
  assert.equal(entityMentioned(doc, 'SANA')?.actor, 'MED');
  assert.equal(entityMentioned(doc, 'Al Masirah TV')?.actor, 'MED');
  assert.ok(!doc.places.some((p) => p.text === 'Irna'));
});

test('an acronym shared by two actors follows the document: RSF in Sudan, RSF for journalists', () => {
  const sudan = analyse(
    'Fighting between the Sudanese army and the RSF spread across Khartoum, Sudan.',
    'en',
    '2023-05-01',
  );
  assert.equal(entityMentioned(sudan, 'RSF')?.name, 'Rapid Support Forces');
  assert.equal(entityMentioned(sudan, 'RSF')?.actor, 'SDNREB');
  const press = analyse('RSF a dénoncé l’arrestation de trois journalistes à Paris.', 'fr', '2023-05-03');
  assert.equal(entityMentioned(press, 'RSF')?.name, 'Reporters Without Borders');
});

test('intelligence services are reported as government: the CIA, the Belarusian KGB', () => {
  const us = analyse('The CIA concluded that the prince ordered the killing.', 'en', '2019-06-19');
  assert.equal(entityMentioned(us, 'CIA')?.actor, 'USAGOV');
  const belarus = analyse(
    'Before the rally in Minsk, the Belarusian KGB arrested 33 Russians, Belarus said.',
    'en',
    '2020-07-30',
  );
  assert.equal(entityMentioned(belarus, 'KGB')?.actor, 'BLRGOV');
});

test('junta leaders are military until a transition makes them heads of state', () => {
  const coup = analyse('Au Niger, le général Abdourahamane Tiani a pris le pouvoir.', 'fr', '2023-08-10');
  assert.equal(entityMentioned(coup, 'Abdourahamane Tiani')?.actor, 'NERMIL');
  const president = analyse('Au Niger, Abdourahamane Tiani a prêté serment.', 'fr', '2025-04-01');
  assert.equal(entityMentioned(president, 'Abdourahamane Tiani')?.actor, 'NERGOV');
});

test('a named protester is a civilian, protesters as a group are an opposition', () => {
  const doc = analyse(
    '« Nous resterons », affirme Karim Benali, un autre manifestant. Les manifestants égyptiens ont bloqué la place Tahrir.',
    'fr',
    '2012-06-20',
  );
  assert.equal(entityMentioned(doc, 'Karim Benali')?.actor, 'EGYCVL');
  assert.equal(entityMentioned(doc, 'manifestants égyptiens')?.actor, 'EGYOPP');
});

test('a federal government is named as such', () => {
  const doc = analyse(
    'Le gouvernement fédéral allemand et le gouvernement belge ont réagi.',
    'fr',
    '2016-07-15',
  );
  assert.equal(entityMentioned(doc, 'gouvernement fédéral allemand')?.name, 'Federal Government of Germany');
  assert.equal(entityMentioned(doc, 'gouvernement fédéral allemand')?.actor, 'DEUGOV');
});

test('a group role before ranks and a name: "An army spokesman, Brig. Gen. X"', () => {
  const doc = analyse(
    'Sudan rejected the plan. An army spokesman, Brig. Gen. Omar Hassan, said the military would hold.',
    'en',
    '2023-05-01',
  );
  assert.equal(entityMentioned(doc, 'Omar Hassan')?.actor, 'SDNMIL');
});

test('an institution without a country takes the country of the persons of its sentence', () => {
  const doc = analyse(
    "L'Iran a repris l'enrichissement. « Nous n'avons plus le choix », a déclaré Jean-Yves Le Drian devant l'Assemblée nationale.",
    'fr',
    '2020-01-14',
  );
  assert.equal(entityMentioned(doc, 'Assemblée nationale')?.actor, 'FRALEG');
});

test('the opposition-controlled National Assembly is the legislature of the document country', () => {
  const doc = analyse(
    'Venezuela cut ties with Colombia. Guaidó heads the opposition-controlled National Assembly.',
    'en',
    '2019-02-23',
  );
  assert.equal(entityMentioned(doc, 'National Assembly')?.actor, 'VENLEG');
});

test('"Mahan\'s director, X" and "Gazprom’s chief executive X" take the company code', () => {
  const doc = analyse(
    "Germany banned Mahan Air. Mahan's director, Ali Rezaei, denied it. Gazprom’s chief executive Alexei Miller said so.",
    'en',
    '2019-01-21',
  );
  assert.equal(entityMentioned(doc, 'Ali Rezaei')?.actor, 'IRNBUS');
  assert.equal(entityMentioned(doc, 'Alexei Miller')?.actor, 'RUSBUS');
});

test('"X is a Turkish national", "X, une ressortissante iranienne": a civilian of that country', () => {
  const en = analyse('Ayse Kaya is a Turkish national now living in London.', 'en', '2019-06-19');
  assert.equal(entityMentioned(en, 'Ayse Kaya')?.actor, 'TURCVL');
  const fr = analyse('Leila Ahmadi, une ressortissante iranienne, a été libérée.', 'fr', '2019-06-19');
  assert.equal(entityMentioned(fr, 'Leila Ahmadi')?.actor, 'IRNCVL');
});

test('fr: intelligence branches are coded by their arm: military intelligence MIL, political security GOV', () => {
  const doc = analyse(
    'En Syrie, le service des renseignements militaires et la direction de la sécurité politique gèrent ces prisons.',
    'fr',
    '2012-07-03',
  );
  assert.equal(entityMentioned(doc, 'service des renseignements militaires')?.actor, 'SYRMIL');
  assert.equal(entityMentioned(doc, 'direction de la sécurité politique')?.actor, 'SYRGOV');
});

test('"the Iran-backed group", "the Houthi-run channel": the actor before the hyphen is mentioned', () => {
  const doc = analyse(
    'The Iran-backed Houthis fired missiles, the Houthi-run Al Masirah TV said.',
    'en',
    '2024-01-12',
  );
  const iran = entityMentioned(doc, 'Iran');
  assert.equal(iran?.actor, 'IRN');
  const mention = iran?.mentions.find((m) => m.text === 'Iran');
  assert.equal(mention && doc.text.slice(mention.start, mention.end), 'Iran');
  assert.equal(entityMentioned(doc, 'Houthi')?.name, 'Houthis');
});

test('"told The Associated Press": the capitalised article belongs to the title', () => {
  const doc = analyse('The minister told The Associated Press that talks would resume.', 'en', '2023-05-01');
  const ap = entityMentioned(doc, 'The Associated Press');
  assert.equal(ap?.name, 'Associated Press');
  assert.equal(ap?.actor, 'MED');
});

test('"Foreign Ministry spokesman X": the ministry is an entity of the spokesman’s country', () => {
  const doc = analyse(
    'Yemen’s rebels vowed revenge. Foreign Ministry spokesman Nasser Kanaani condemned the strikes.',
    'en',
    '2024-01-12',
  );
  assert.equal(entityMentioned(doc, 'Foreign Ministry')?.name, 'Ministry of Foreign Affairs (Iran)');
  assert.equal(entityMentioned(doc, 'Foreign Ministry')?.actor, 'IRNGOV');
  assert.equal(entityMentioned(doc, 'Nasser Kanaani')?.actor, 'IRNGOV');
});

test('an earlier bare role finds the holder named later with it: "the Greek foreign minister"', () => {
  const doc = analyse(
    'Erdogan dismissed criticism by the Greek foreign minister. On Wednesday Greek Foreign Minister Nikos Papadakis called for restraint.',
    'en',
    '2019-03-31',
  );
  const minister = entityMentioned(doc, 'Nikos Papadakis');
  assert.equal(minister?.actor, 'GRCGOV');
  assert.ok(minister?.mentions.some((m) => m.text === 'Greek foreign minister'));
});

test('"le porte-parole de la diplomatie iranienne, X": the demonym closes the role, X holds it', () => {
  const doc = analyse(
    'Le porte-parole de la diplomatie iranienne, Reza Karimi, a dénoncé une erreur.',
    'fr',
    '2020-01-14',
  );
  const spokesman = entityMentioned(doc, 'Reza Karimi');
  assert.equal(spokesman?.actor, 'IRNGOV');
  assert.equal(doc.entities.length, 1);
});

test('two-word demonyms are adjectives, not names: "Middle Eastern", "South Korean officials"', () => {
  const doc = analyse(
    'The airline flies to Middle Eastern capitals, South Korean officials said.',
    'en',
    '2019-01-21',
  );
  assert.ok(!doc.entities.some((e) => e.name === 'Middle Eastern'));
  assert.equal(entityMentioned(doc, 'South Korean officials')?.actor, 'KORGOV');
});

test('a group only ever called by a bare role noun is not an entity; a named one is', () => {
  const doc = analyse(
    'The military seized power in Myanmar. The army said the Myanmar government had been dissolved.',
    'en',
    '2021-02-02',
  );
  assert.ok(!doc.entities.some((e) => e.mentions.every((m) => m.text === 'military' || m.text === 'army')));
  assert.equal(entityMentioned(doc, 'Myanmar government')?.actor, 'MMRGOV');
});
