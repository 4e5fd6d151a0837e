import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/index.ts';
import { buildDoc, codeEvents, summary } from './helpers.ts';

const country = (actor: string) => ({ actor, type: 'LOC' as const });
const analysedSummary = (text: string, language: 'fr' | 'en') =>
  summary(analyze(text, { language, published: '2024-05-14' }).events);

describe('events: group nouns as actors', () => {
  it('gives "la junte" the country of the story', () => {
    const doc = buildDoc("La junte a accusé jeudi la France d'ingérence. Le Mali exige des excuses.", 'fr', {
      Mali: country('MLI'),
      France: country('FRA'),
    });
    assert.ok(summary(codeEvents(doc)).includes('MLIMIL→FRA 112'));
  });

  it('merges an adjacent demonym into the group noun ("the Venezuelan military")', () => {
    const doc = buildDoc('Washington urged the Venezuelan military to protect the opposition leader.', 'en', {
      Washington: { actor: 'USAGOV' },
      Venezuelan: country('VEN'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['USAGOV→VENMIL 020']);
  });

  it('leaves a group noun owned by a named actor to that actor ("le président de la Commission")', () => {
    const doc = buildDoc(
      'Le président de la Commission européenne a critiqué le Niger. Le Niger a rejeté ces critiques.',
      'fr',
      { 'Commission européenne': { actor: 'IGO' }, Niger: country('NER') },
    );
    const events = summary(codeEvents(doc));
    assert.ok(events.includes('IGO→NER 111'));
    assert.ok(!events.some((e) => e.startsWith('NERGOV')));
  });

  it('aims violent repression without a stated target at civilians', () => {
    const doc = buildDoc(
      'Police fired rubber bullets in the capital on Monday. Zimbabwe has banned rallies.',
      'en',
      {
        Zimbabwe: country('ZWE'),
      },
    );
    assert.ok(summary(codeEvents(doc)).includes('ZWECOP→ZWECVL 175'));
  });

  it('reads "the general had" as a noun although tagged as an adjective', () => {
    const events = analysedSummary(
      'In 2019, the general had already been sanctioned by Washington over abuses in Myanmar. Myanmar rejected the move.',
      'en',
    );
    assert.ok(events.some((e) => /^USA\w*→MMRMIL 163$/.test(e)));
  });
});

describe('events: broadened verb families', () => {
  it('codes breaking off relations (161) and an order to leave (174) in English', () => {
    const doc = buildDoc(
      'Maduro broke off diplomatic relations with the United States and gave American diplomats 72 hours to leave the country.',
      'en',
      { Maduro: { actor: 'VENGOV', type: 'PER' }, 'United States': country('USA'), American: country('USA') },
    );
    const events = summary(codeEvents(doc));
    assert.ok(events.includes('VENGOV→USA 161'));
    assert.ok(events.includes('VENGOV→USA 174'));
  });

  it('codes pulling out of a deal as rejecting it (127)', () => {
    const doc = buildDoc('Russia pulled out of the deal with Ukraine.', 'en', {
      Russia: country('RUS'),
      Ukraine: country('UKR'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['RUS→UKR 127']);
  });

  it('codes the expulsion of an ambassador as 174 in French', () => {
    const doc = buildDoc(
      "Le Burkina Faso expulse l'ambassadeur de France. Bamako a donné 48 heures au diplomate de France pour quitter le pays.",
      'fr',
      { 'Burkina Faso': country('BFA'), France: country('FRA'), Bamako: { actor: 'MLIGOV' } },
    );
    const events = summary(codeEvents(doc));
    assert.ok(events.includes('BFA→FRA 174'));
    assert.ok(events.includes('MLIGOV→FRA 174'));
  });

  it('codes "a prévenu que ..." as a warning, not "prévenir une crise"', () => {
    const warned = buildDoc(
      "L'Algérie a prévenu qu'une incursion du Maroc serait une déclaration de guerre.",
      'fr',
      {
        Algérie: country('DZA'),
        Maroc: country('MAR'),
      },
    );
    assert.deepEqual(summary(codeEvents(warned)), ['DZA→MAR 130']);
    const prevented = buildDoc("La France veut prévenir une crise avec l'Algérie.", 'fr', {
      France: country('FRA'),
      Algérie: country('DZA'),
    });
    assert.deepEqual(summary(codeEvents(prevented)), []);
  });
});

describe('events: arguments and context', () => {
  it('skips the wire dateline when looking for the subject', () => {
    const events = analysedSummary(
      'DAKAR, 3 mars (Reuters) - Le Sénégal et la Gambie ont condamné vendredi la Mauritanie.',
      'fr',
    );
    assert.ok(events.includes('SEN→MRT 111'));
    assert.ok(events.includes('GMB→MRT 111'));
  });

  it('reads the actor right before a verb as its subject after "after" ("comes after X sanctioned Y")', () => {
    const events = analysedSummary(
      'The step comes after the European Union sanctioned Syria earlier this year.',
      'en',
    );
    assert.deepEqual(events, ['IGO→SYR 163']);
  });

  it('keeps a demand without addressee only when it states what is demanded', () => {
    const bare = buildDoc('Russia insisted on Monday that the talks were over.', 'en', {
      Russia: country('RUS'),
    });
    assert.deepEqual(summary(codeEvents(bare)), []);
    const stated = buildDoc('Russia demanded the release of the sailors.', 'en', { Russia: country('RUS') });
    assert.deepEqual(summary(codeEvents(stated)), ['RUS→- 1053']);
  });

  it('finds a negation a few words before its verb, not across a coordination', () => {
    const reimposed = buildDoc("Le Canada n'a pas pour autant réimposé de sanctions à la Russie.", 'fr', {
      Canada: country('CAN'),
      Russie: country('RUS'),
    });
    assert.deepEqual(summary(codeEvents(reimposed)), ['CAN→RUS 163 neg']);
    const coordinated = buildDoc('Kenya has never really obstructed aid and blamed Somalia.', 'en', {
      Kenya: country('KEN'),
      Somalia: country('SOM'),
    });
    assert.ok(summary(codeEvents(coordinated)).includes('KEN→SOM 112'));
  });

  it("aims a third party's criticism at the author of the story's use of force", () => {
    const doc = buildDoc(
      'The United States carried out air strikes against the Houthis in Yemen. Iran condemned the strikes.',
      'en',
      {
        'United States': country('USA'),
        Houthis: { actor: 'YEMREB' },
        Yemen: country('YEM'),
        Iran: country('IRN'),
      },
    );
    assert.ok(summary(codeEvents(doc)).includes('IRN→USA 111'));
  });

  it('does not give a reported noun event the subject of the verb reporting it', () => {
    const events = analysedSummary(
      'Amnesty International et Human Rights Watch ont dénoncé une « répression croissante » visant les opposants au Bénin.',
      'fr',
    );
    assert.ok(!events.some((e) => e.endsWith(' 175') && e.startsWith('NGO')));
  });

  it('gives a participle set off by a comma the subject of the main clause', () => {
    const events = analysedSummary(
      "Le Canada et le Mexique ont lancé lundi la procédure de règlement des litiges, accusant Washington de ne pas respecter l'accord.",
      'fr',
    );
    assert.ok(events.includes('CAN→USA 112'));
    assert.ok(events.includes('MEX→USA 112'));
  });
});
