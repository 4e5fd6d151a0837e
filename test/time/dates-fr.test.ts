import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, only } from './helpers.ts';

// 2023-03-31 is a Friday.
const PUBLISHED = '2023-03-31';
const fr = (text: string) => only(text, 'fr', PUBLISHED);

describe('French dates: absolute', () => {
  it('keeps the article "le" in a full date and normalises it', () => {
    const d = fr('Loukachenko s’exprime dans la capitale Minsk, le 16 février 2023.');
    assert.equal(d.text, 'le 16 février 2023');
    assert.equal(d.value, '2023-02-16');
    assert.equal(d.type, 'DATE');
  });
  it('reads numeric and first-of-month dates', () => {
    assert.equal(fr('Le décret du 16/02/2023 est publié.').value, '2023-02-16');
    assert.equal(fr('Les violences ont éclaté le jeudi 1er septembre 2016.').value, '2016-09-01');
  });
  it('leaves the preposition out of a year and a month', () => {
    const year = fr('Il a été élu en 2019 à une large majorité.');
    assert.equal(year.text, '2019');
    assert.equal(year.value, '2019');
    assert.equal(fr('La loi a été votée en mars 2011.').value, '2011-03');
  });
  it('gives year-less day and month the year of the clause tense', () => {
    assert.equal(only('Le sommet prévu le 12 juin a été annulé.', 'fr', '2018-05-24').value, '2018-06-12');
    assert.equal(only('Il avait été arrêté le 21 décembre.', 'fr', '2002-01-03').value, '2001-12-21');
  });
  it('reads mid-month, start of a year and "l’an dernier"', () => {
    assert.equal(fr('Les négociations reprendront mi-avril.').value, '2023-04');
    assert.equal(fr('Le projet a été lancé début 2022.').value, '2022');
    assert.equal(fr('Les ventes ont baissé l’an dernier.').value, '2022');
  });
});

describe('French dates: relative to the publication date', () => {
  it('anchors a weekday in a past or present clause on or before publication', () => {
    const d = fr('Le Kremlin a rejeté vendredi une proposition de la Biélorussie.');
    assert.equal(d.text, 'vendredi');
    assert.equal(d.value, '2023-03-31');
    assert.equal(fr('Le ministre a rencontré mardi son homologue.').value, '2023-03-28');
  });
  it('sends a weekday in a future clause to the next such day', () => {
    assert.equal(fr('Le président se rendra mardi à Minsk.').value, '2023-04-04');
  });
  it('resolves hier, aujourd’hui, demain and parts of days', () => {
    assert.equal(fr('Le texte a été adopté hier par les députés.').value, '2023-03-30');
    assert.equal(fr('Le ministre se rend aujourd’hui à Lyon.').value, '2023-03-31');
    assert.equal(fr('Le vote aura lieu demain.').value, '2023-04-01');
    const evening = fr('Une explosion a retenti hier soir dans le centre.');
    assert.equal(evening.value, '2023-03-30TEV');
    assert.equal(evening.type, 'TIME');
  });
  it('resolves ce mois-ci, la semaine dernière and l’année prochaine', () => {
    assert.equal(fr('La Cour a émis ce mois-ci un mandat d’arrêt.').value, '2023-03');
    assert.equal(fr('Il a démissionné la semaine dernière.').value, '2023-W12');
    assert.equal(fr('Les élections auront lieu l’année prochaine.').value, '2024');
  });
  it('counts back with "il y a" and forward with "dans"', () => {
    const ago = fr('Le navire a coulé il y a deux semaines au large de la Libye.');
    assert.equal(ago.text, 'il y a deux semaines');
    assert.equal(ago.value, '2023-03-17');
    assert.equal(fr('Le verdict sera rendu dans trois jours.').value, '2023-04-03');
  });
});

describe('French durations, times, sets and vague references', () => {
  it('normalises durations without the preposition', () => {
    assert.equal(fr('la guerre qui dure depuis 13 mois').value, 'P13M');
    const twoYears = fr('Il a vécu pendant deux ans en exil.');
    assert.equal(twoYears.text, 'deux ans');
    assert.equal(twoYears.value, 'P2Y');
    assert.equal(twoYears.type, 'DURATION');
    assert.equal(fr('Les grévistes manifestent depuis trois semaines.').value, 'P3W');
    assert.equal(fr('Les combats ont duré plusieurs jours.').value, 'PXD');
  });
  it('does not take ages for durations', () => {
    assert.deepEqual(analyse('Jean Dupont, 53 ans, a été interpellé.', 'fr', PUBLISHED).dates, []);
    assert.deepEqual(analyse('Une fillette de 6 ans a été secourue.', 'fr', PUBLISHED).dates, []);
  });
  it('puts clock times on the day last mentioned', () => {
    const [day, time] = analyse(
      'La réunion aura lieu samedi 1er avril à 14 h 30 en mairie.',
      'fr',
      PUBLISHED,
    ).dates;
    assert.equal(day.value, '2023-04-01');
    assert.equal(time.text, '14 h 30');
    assert.equal(time.value, '2023-04-01T14:30');
  });
  it('reads sets and present/past references', () => {
    const weekly = fr('Le conseil se réunit chaque semaine.');
    assert.equal(weekly.type, 'SET');
    assert.equal(weekly.value, 'P1W');
    assert.equal(fr('La France préside actuellement le Conseil.').value, 'PRESENT_REF');
    assert.equal(fr('Le parti a récemment changé de nom.').value, 'PAST_REF');
  });
  it('does not read "été" as a season after an auxiliary', () => {
    assert.deepEqual(analyse('Sa proposition a été rejetée.', 'fr', PUBLISHED).dates, []);
  });
});

describe('French dates without a publication date', () => {
  it('leaves what needs an anchor unresolved, in TIMEX3 form', () => {
    const doc = analyse('Le Kremlin a rejeté vendredi une proposition faite hier.', 'fr', '');
    assert.deepEqual(
      doc.dates.map((d) => d.value),
      ['XXXX-WXX-5', 'XXXX-XX-XX'],
    );
  });
});
