import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../quotes/helpers.ts';

describe('source constructions', () => {
  it('resolves "selon lui" to the person named before', () => {
    const text =
      'Le ministre de la Santé, Paul Girard, a présenté un plan destiné selon lui à réduire les délais.';
    const doc = analyse(text, 'fr', [{ name: 'Paul Girard', type: 'PER', forms: ['Paul Girard'] }]);
    const s = doc.sources.find((x) => x.text === 'selon lui');
    assert.equal(s?.source?.name, 'Paul Girard');
  });

  it('resolves "according to her" to the person named before', () => {
    const text = 'Mayor Laura Kent unveiled a plan that, according to her, will cut waiting times.';
    const doc = analyse(text, 'en', [{ name: 'Laura Kent', type: 'PER', forms: ['Laura Kent'] }]);
    const s = doc.sources.find((x) => x.text === 'according to her');
    assert.equal(s?.source?.name, 'Laura Kent');
  });

  it('finds the interviewer in "interrogé par France 24"', () => {
    const text = '« Nous ne partirons pas », a déclaré le ministre Karim Sow, interrogé par Radio Kayes.';
    const doc = analyse(text, 'fr', [
      { name: 'Karim Sow', type: 'PER', forms: ['Karim Sow'] },
      { name: 'Radio Kayes', type: 'ORG', forms: ['Radio Kayes'] },
    ]);
    const s = doc.sources.find((x) => x.text.startsWith('interrogé par'));
    assert.equal(s?.source?.name, 'Radio Kayes');
  });

  it('finds the interviewer in "interviewed by"', () => {
    const text = 'The minister, interviewed by Sky News, denied any wrongdoing.';
    const doc = analyse(text, 'en', [{ name: 'Sky News', type: 'ORG', forms: ['Sky News'] }]);
    assert.equal(doc.sources[0]?.source?.name, 'Sky News');
  });

  it('reads a "Photo AFP" credit closing a caption', () => {
    const text = 'Des manifestants devant le Parlement, le 3 mars 2023. Photo AFP\nLa suite du texte.';
    const [s] = analyse(text, 'fr').sources;
    assert.equal(s.text, 'Photo AFP');
    assert.equal(s.source?.name, 'AFP');
    assert.equal(s.covers?.text, 'Des manifestants devant le Parlement, le 3 mars 2023.');
  });

  it('takes the wire, not the photographer, in "REUTERS/Stringer"', () => {
    const text = 'Protesters gather in the capital on March 3, 2023. REUTERS/Jane Doe\nMore text follows.';
    const [s] = analyse(text, 'en').sources;
    assert.equal(s.source?.name, 'REUTERS');
  });

  it('does not read an ordinary sentence mentioning a photo as a credit', () => {
    const text = 'The minister showed a photo to reporters.\nMore text follows.';
    assert.equal(analyse(text, 'en').sources.length, 0);
  });
});

describe('addressed outlets', () => {
  const afp = { name: 'Agence France-Presse', type: 'ORG' as const, forms: ['AFP'], actor: 'MED' };

  it('takes the outlet a statement was made to as the channel ("a confié … à l\'AFP")', () => {
    const text = "« C'est terminé », a confié un haut responsable à l'AFP sous couvert d'anonymat.";
    const doc = analyse(text, 'fr', [afp]);
    const s = doc.sources.find((x) => x.text === "à l'AFP");
    assert.equal(s?.source?.name, 'Agence France-Presse');
    assert.equal(doc.quotes[0].speaker?.name, 'un haut responsable');
  });

  it('does not take a place or an institution addressed as a channel', () => {
    const text =
      "Le ministre a déclaré à Genève que l'accord tenait, puis a indiqué au Conseil de sécurité que rien ne changeait.";
    const doc = analyse(text, 'fr', [
      { name: 'United Nations Security Council', type: 'ORG', forms: ['Conseil de sécurité'] },
    ]);
    assert.equal(doc.sources.length, 0);
  });
});

describe('organisation and document attributions', () => {
  it('reads a closing ", the body said." after an organisation as the source', () => {
    const text =
      'The Security Council met on Tuesday. A vote on the resolution is expected on Friday, the council said.';
    const doc = analyse(text, 'en', [
      { name: 'United Nations Security Council', type: 'ORG', forms: ['Security Council'] },
    ]);
    const s = doc.sources.find((x) => x.text === 'the council said');
    assert.equal(s?.source?.name, 'United Nations Security Council');
    assert.equal(s?.covers?.text, 'A vote on the resolution is expected on Friday');
  });

  it("does not read a person's closing attribution as a source", () => {
    const text = 'Le vote aura lieu vendredi, a dit le ministre.';
    assert.equal(analyse(text, 'fr').sources.length, 0);
  });

  it('reads a closing inverted organisation after a time adverbial (", a annoncé lundi soir l\'ISIE.")', () => {
    const text =
      "Le taux de participation a atteint 28 %, a annoncé lundi soir l'Autorité électorale indépendante (AEI).";
    const doc = analyse(text, 'fr', [
      { name: 'Independent Electoral Authority', type: 'ORG', forms: ['Autorité électorale indépendante'] },
    ]);
    const [s] = doc.sources;
    assert.equal(s.source?.name, 'Independent Electoral Authority');
    assert.equal(s.covers?.text, 'Le taux de participation a atteint 28 %');
  });

  it('reads a closing inverted organisation in English (", said the Interior Ministry.")', () => {
    const text = 'Turnout reached 28 percent, said the Interior Ministry.';
    const doc = analyse(text, 'en', [
      { name: 'Interior Ministry', type: 'ORG', forms: ['Interior Ministry'] },
    ]);
    assert.equal(doc.sources[0]?.source?.name, 'Interior Ministry');
  });

  it('names the issuer of a document that speaks ("A NATO statement said")', () => {
    const text = 'A NATO statement said two aircraft had been intercepted over the Baltic Sea.';
    const doc = analyse(text, 'en', [{ name: 'NATO', type: 'ORG', forms: ['NATO'] }]);
    const [s] = doc.sources;
    assert.equal(s.text, 'A NATO statement said');
    assert.equal(s.source?.name, 'NATO');
  });

  it('names the issuer of a document that speaks ("le communiqué de l\'OTAN précise")', () => {
    const text = "Le communiqué de l'OTAN précise que deux avions ont été interceptés.";
    const doc = analyse(text, 'fr', [{ name: 'NATO', type: 'ORG', forms: ['OTAN'] }]);
    const [s] = doc.sources;
    assert.equal(s.text, "Le communiqué de l'OTAN précise");
    assert.equal(s.source?.name, 'NATO');
  });
});

describe('robustness of the source rules', () => {
  it('does not fail on a speech verb opening the text', () => {
    const doc = analyse('Asked whether he would resign, Johnson replied: "Absolutely not."', 'en');
    assert.equal(doc.sources.length, 0);
  });

  it('does not read the noun "a report" as the verb "report"', () => {
    const text = 'Amnesty International published a report on Monday.';
    const doc = analyse(text, 'en', [
      { name: 'Amnesty International', type: 'ORG', forms: ['Amnesty International'] },
    ]);
    assert.equal(doc.sources.length, 0);
  });
});

describe('what is not a source', () => {
  it('does not read "une étude détaillée" as a document speaking', () => {
    assert.equal(analyse('Il a publié une étude détaillée sur la question.', 'fr').sources.length, 0);
  });

  it('does not read "il se révéla" as a report', () => {
    assert.equal(analyse('Le projet se révéla coûteux pour la ville.', 'fr').sources.length, 0);
  });

  it('needs a named channel after "told": "told thousands of supporters" is none', () => {
    const text =
      'The president told thousands of supporters outside the Miraflores palace that he would stay.';
    assert.equal(analyse(text, 'en').sources.length, 0);
  });

  it('resolves "selon eux" to an organisation, never to one person', () => {
    const text = 'Jean Dupont a rencontré les syndicats. Selon eux, la réforme est injuste.';
    const doc = analyse(text, 'fr', [{ name: 'Jean Dupont', type: 'PER', forms: ['Jean Dupont'] }]);
    const s = doc.sources.find((x) => x.text === 'Selon eux');
    assert.ok(s);
    assert.notEqual(s.source?.name, 'Jean Dupont');
  });
});
