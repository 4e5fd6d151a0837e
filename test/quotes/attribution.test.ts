import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, quoted } from './helpers.ts';

describe('quote attribution details', () => {
  it('takes the speaker of a sentence that ends on a speech verb before the quote', () => {
    const text =
      'Hervé Mangin, le gérant du camping, confirme. « Les touristes néerlandais arrivent dès le mois de mai. »';
    assert.equal(quoted(analyse(text, 'fr'))[0].speaker?.name, 'Hervé Mangin');
  });

  it('resolves an inverted noun phrase outside the role list to the person named before', () => {
    const text =
      "Yvon Netzer dirige l'exploitation des réseaux. « Il n'y a aucun signe annonciateur », explique l'ingénieur.";
    const [q] = quoted(analyse(text, 'fr'));
    assert.equal(q.speaker?.name, 'Yvon Netzer');
    assert.equal(q.speaker?.mention?.text, "l'ingénieur");
  });

  it('keeps an indefinite speaker as a description instead of guessing a name', () => {
    const text =
      "Rolland Courbis a quitté le stade sous les sifflets. « C'est lui qui a perdu le match », soupirait un supporter.";
    assert.equal(quoted(analyse(text, 'fr'))[0].speaker?.name, 'un supporter');
  });

  it('does not take an infinitive as the cue of a charge in quotation marks', () => {
    const text = 'Vienne veut extrader Carlos afin de le juger pour « homicides volontaires ».';
    assert.equal(quoted(analyse(text, 'fr'))[0].speaker, null);
  });

  it('leaves out a title announced by its noun', () => {
    const doc = analyse(
      "Le court métrage sera diffusé dans l'émission « Les nuits de la pleine lune » ce soir.",
      'fr',
    );
    assert.equal(quoted(doc).length, 0);
  });

  it('does not take "X, dénonce une tentative" as an inverted speaker', () => {
    const text =
      "Le Premier ministre, Binali Yildirim, dénonce une tentative de coup d'État et avertit que les auteurs de cette action « illégale » paieront.";
    assert.equal(quoted(analyse(text, 'fr'))[0].speaker?.name, 'Binali Yildirim');
  });

  it('skips a relative clause between the subject and the speech verb', () => {
    const text =
      'The Revolutionary Guards, which include the Quds Force, declared that the general was "martyred" in the strike.';
    assert.equal(quoted(analyse(text, 'en'))[0].speaker?.name, 'Revolutionary Guards');
  });

  it('prefers the speech verb over "as reported by" for the speaker and keeps the outlet as a source', () => {
    const doc = analyse(
      'President Erdogan said — as reported by Hurriyet Daily News — "The name will change."',
      'en',
    );
    assert.equal(quoted(doc)[0].speaker?.name, 'Erdogan');
    assert.deepEqual(
      doc.sources.map((s) => s.source?.name),
      ['Hurriyet Daily News'],
    );
  });
});

describe('quote attribution with a dependency parse', () => {
  it('uses the nominal subject of the speech verb when the syntax layer provides it', async () => {
    const { quotes } = await import('../../src/stages/quotes/index.ts');
    const text =
      "Olaf Scholz, après avoir rencontré Emmanuel Macron, a déclaré que « l'Europe doit rester unie ».";
    const doc = analyse(text, 'fr');
    // Without a parse the nearest name before the verb wins.
    assert.equal(quoted(doc)[0].speaker?.name, 'Emmanuel Macron');
    const verb = doc.tokens.find((t) => t.text === 'déclaré');
    assert.ok(verb);
    for (const token of doc.tokens) {
      token.head = verb.index;
      token.deprel = token.text === 'Olaf' ? 'nsubj' : 'dep';
    }
    verb.head = -1;
    verb.deprel = 'root';
    quotes.run(doc);
    assert.equal(quoted(doc)[0].speaker?.name, 'Olaf Scholz');
  });
});
