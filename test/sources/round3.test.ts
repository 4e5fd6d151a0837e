import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../quotes/helpers.ts';

describe('inverted unnamed sources', () => {
  it('finds "a indiqué une source proche du dossier" after a quote', () => {
    const text = '« Les négociations se poursuivent », a indiqué une source proche du dossier.';
    const s = analyse(text, 'fr').sources.find((x) => x.text.includes('source'));
    assert.equal(s?.text, 'a indiqué une source proche du dossier');
    assert.equal(s?.source?.name, 'source proche du dossier');
  });

  it('skips a time adverbial and stops before "sous couvert d\'anonymat"', () => {
    const text = 'Les discussions ont repris, a affirmé jeudi un diplomate européen sous couvert d’anonymat.';
    const [s] = analyse(text, 'fr').sources;
    assert.equal(s?.text, 'a affirmé jeudi un diplomate européen');
    assert.equal(s?.covers?.text, 'Les discussions ont repris');
  });

  it('keeps the complement naming a place: "un habitant de Gaza"', () => {
    const text = '« Nous avons entendu des explosions », a raconté un habitant de Gaza.';
    const [s] = analyse(text, 'fr').sources;
    assert.equal(s?.source?.name, 'habitant de Gaza');
  });

  it('leaves a description with an apposed name to the quote speaker', () => {
    const text = '« La menace reste élevée », a expliqué un expert, Paul Durand.';
    const doc = analyse(text, 'fr', [{ name: 'Paul Durand', type: 'PER', forms: ['Paul Durand'] }]);
    assert.equal(doc.sources.length, 0);
  });

  it('does not read a "que" clause as an inverted subject', () => {
    const text = 'Le porte-parole, Paul Martin, déclare que les responsables seront punis.';
    const doc = analyse(text, 'fr', [{ name: 'Paul Martin', type: 'PER', forms: ['Paul Martin'] }]);
    assert.ok(!doc.sources.some((s) => s.text.startsWith('déclare')));
  });
});

describe('outlets and documents', () => {
  it('finds the outlet after its kind: "rapporte le journal Le Monde"', () => {
    const text = 'Le gouvernement a démenti ces informations, rapporte le journal Le Monde.';
    const doc = analyse(text, 'fr', [{ name: 'Le Monde', type: 'ORG', forms: ['Le Monde'], actor: 'MED' }]);
    const s = doc.sources.find((x) => x.text.startsWith('rapporte'));
    assert.equal(s?.source?.name, 'Le Monde');
  });

  it('keeps "selon le quotidien X" as a source even when it introduces a quote', () => {
    const text = 'Selon le quotidien Le Parisien, « plusieurs suspects ont été interpellés ».';
    const doc = analyse(text, 'fr', [
      { name: 'Le Parisien', type: 'ORG', forms: ['Le Parisien'], actor: 'MED' },
    ]);
    assert.equal(doc.sources[0]?.source?.name, 'Le Parisien');
  });

  it('keeps "selon un communiqué de X" as a source when it introduces a quote', () => {
    const text = 'Selon un communiqué de la présidence, le chef de l’État « condamne fermement » l’attaque.';
    const doc = analyse(text, 'fr');
    assert.ok(doc.sources.some((s) => s.text.startsWith('Selon un communiqué')));
  });

  it('still leaves "selon X, « … »" to the quote when X is a person', () => {
    const text = 'Selon Jean Ping, « le scrutin a été truqué ».';
    const doc = analyse(text, 'fr', [{ name: 'Jean Ping', type: 'PER', forms: ['Jean Ping'] }]);
    assert.equal(doc.sources.length, 0);
  });

  it('extends the source to the whole entity name: "International Organization for Migration"', () => {
    const text =
      'More than 8 million people have fled, according to the International Organization for Migration.';
    const doc = analyse(text, 'en', [
      {
        name: 'International Organization for Migration',
        type: 'ORG',
        forms: ['International Organization for Migration'],
      },
    ]);
    assert.equal(doc.sources[0]?.source?.name, 'International Organization for Migration');
  });

  it('does not read "dans un rapport publié jeudi" as a document speaking', () => {
    const text =
      'Amnesty International a affirmé dans un rapport publié jeudi que la torture était systématique.';
    const doc = analyse(text, 'fr', [
      { name: 'Amnesty International', type: 'ORG', forms: ['Amnesty International'] },
    ]);
    assert.ok(!doc.sources.some((s) => s.source?.name === 'rapport'));
  });
});

describe('French wire chains and document issuers', () => {
  it('reads "a-t-on appris auprès des services de secours"', () => {
    const text = 'Au moins douze personnes ont été tuées, a-t-on appris auprès des services de secours.';
    const [s] = analyse(text, 'fr').sources;
    assert.equal(s?.source?.name, 'services de secours');
  });

  it('reads "a-t-on appris de source sécuritaire"', () => {
    const text = 'L’attaque a fait trois morts, a-t-on appris de source sécuritaire.';
    const [s] = analyse(text, 'fr').sources;
    assert.equal(s?.source?.name, 'source sécuritaire');
  });

  it('finds the media inverted after a reporting verb: "ont rapporté les médias d\'État"', () => {
    const text = 'Les frappes ont repris, ont rapporté les médias d’État.';
    const [s] = analyse(text, 'fr').sources;
    assert.equal(s?.source?.name, 'médias d’État');
  });

  it('keeps "des médias d\'État" whole rather than naming the state', () => {
    const text = 'L’armée a lancé une offensive, selon des médias d’État.';
    const [s] = analyse(text, 'fr').sources;
    assert.equal(s?.source?.name, 'médias d’État');
  });

  it('names the outlet after its kind: "selon l\'agence de presse officielle Petra"', () => {
    const text = 'Selon l’agence de presse officielle Petra, des frappes ont visé la capitale.';
    const doc = analyse(text, 'fr', [{ name: 'Petra', type: 'ORG', forms: ['Petra'], actor: 'JORMED' }]);
    assert.equal(doc.sources[0]?.source?.name, 'Petra');
  });

  it('names the issuer of a document: "according to a statement from the health ministry"', () => {
    const text = 'The strike hit a hospital, according to a statement from the health ministry.';
    const [s] = analyse(text, 'en').sources;
    assert.equal(s?.text, 'according to a statement from the health ministry');
    assert.equal(s?.source?.name, 'the health ministry');
  });

  it('names the issuer after "by": "according to a report by Human Rights Watch"', () => {
    const text = 'The ban took effect, according to a report by Human Rights Watch.';
    const doc = analyse(text, 'en', [
      { name: 'Human Rights Watch', type: 'ORG', forms: ['Human Rights Watch'] },
    ]);
    assert.equal(doc.sources[0]?.source?.name, 'Human Rights Watch');
  });
});

describe('organisations as speakers of reported speech', () => {
  it('makes "The Treasury Department said …" a source', () => {
    const text = 'The Treasury Department said the sanctions would take effect on Monday.';
    const doc = analyse(text, 'en', [
      { name: 'US Treasury Department', type: 'ORG', forms: ['Treasury Department'] },
    ]);
    const s = doc.sources.find((x) => x.text.includes('said'));
    assert.equal(s?.source?.name, 'US Treasury Department');
  });

  it('leaves a person reporting speech to the quotes layer', () => {
    const text = 'Paul Durand said the sanctions would take effect on Monday.';
    const doc = analyse(text, 'en', [{ name: 'Paul Durand', type: 'PER', forms: ['Paul Durand'] }]);
    assert.equal(doc.sources.length, 0);
  });
});

describe('source names', () => {
  it('prefers the bracketed acronym the entity layer knows', () => {
    const text =
      'Le président sortant a été réélu avec 90 % des voix, a annoncé lundi l’Instance supérieure indépendante pour les élections (ISIE).';
    const doc = analyse(text, 'fr', [
      { name: 'Instance supérieure indépendante', type: 'ORG', forms: ['Instance supérieure indépendante'] },
      { name: 'ISIE', type: 'ORG', forms: ['ISIE'] },
    ]);
    const s = doc.sources.find((x) => x.text.startsWith('a annoncé'));
    assert.equal(s?.source?.name, 'ISIE');
  });
});
