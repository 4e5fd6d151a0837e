import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, quoted } from './helpers.ts';

describe('quotes (French)', () => {
  it('finds a direct quote with an inverted speaker after it', () => {
    const doc = analyse(
      '« Les négociations reprendront dès lundi à Genève », a déclaré Antonio Guterres jeudi.',
      'fr',
    );
    const [q] = quoted(doc);
    assert.equal(q.text, 'Les négociations reprendront dès lundi à Genève');
    assert.equal(doc.text.slice(q.start, q.end), q.text);
    assert.equal(q.kind, 'direct');
    assert.equal(q.speaker?.name, 'Antonio Guterres');
    assert.equal(q.cue?.text, 'a déclaré');
  });

  it('resolves "a-t-il ajouté" to the person named before', () => {
    const text =
      "Le chef de la diplomatie française, Jean-Yves Le Drian, s'est rendu mardi à Bamako. « La France ne se retirera pas du Sahel », a-t-il ajouté.";
    const [q] = quoted(analyse(text, 'fr'));
    assert.equal(q.speaker?.name, 'Jean-Yves Le Drian');
    assert.equal(q.speaker?.mention?.text, '-t-il');
  });

  it('takes the speaker of a colon introduction', () => {
    const [q] = quoted(analyse('Volodymyr Zelensky : « Nous ne céderons aucun territoire. »', 'fr'));
    assert.equal(q.text, 'Nous ne céderons aucun territoire.');
    assert.equal(q.speaker?.name, 'Volodymyr Zelensky');
  });

  it('attributes a scare-quoted fragment as a partial quote', () => {
    const doc = analyse(
      'Le président Emmanuel Macron a appelé à une « désescalade » immédiate dans la région.',
      'fr',
    );
    const [q] = quoted(doc);
    assert.equal(q.text, 'désescalade');
    assert.equal(q.kind, 'partial');
    assert.equal(q.speaker?.name, 'Emmanuel Macron');
  });

  it('keeps a quote interrupted by an incise whole and takes the speaker from the incise', () => {
    const text =
      "La ministre Annalena Baerbock a reçu son homologue mardi. « Nous devons agir maintenant, a-t-elle dit, avant que la crise ne s'étende. »";
    const qs = quoted(analyse(text, 'fr'));
    assert.equal(qs.length, 1);
    assert.match(qs[0].text, /^Nous devons agir maintenant, a-t-elle dit, avant/);
    assert.equal(qs[0].speaker?.name, 'Annalena Baerbock');
  });

  it('gives an uncued quote the previous speaker', () => {
    const text =
      "« Les sanctions ne suffiront pas », a déclaré Josep Borrell lors d'une conférence de presse. « Il faut une solution politique. »";
    const qs = quoted(analyse(text, 'fr'));
    assert.equal(qs.length, 2);
    assert.equal(qs[1].speaker?.name, 'Josep Borrell');
  });

  it('resolves a description in apposition and the pronoun that follows it', () => {
    const text =
      "Le porte-parole du Kremlin, Dmitri Peskov, a rejeté la proposition lorsqu'il a déclaré aux journalistes que « rien ne change pour l'instant ».";
    const [q] = quoted(analyse(text, 'fr'));
    assert.equal(q.kind, 'direct');
    assert.equal(q.speaker?.name, 'Dmitri Peskov');
  });

  it('resolves an inverted description ("estime le ministre") to the minister named earlier', () => {
    const text =
      "Le ministre de l'Économie, Bruno Le Maire, a présenté le budget lundi. « La croissance sera plus faible que prévu », estime le ministre.";
    const [q] = quoted(analyse(text, 'fr'));
    assert.equal(q.speaker?.name, 'Bruno Le Maire');
  });

  it('resolves the speaker to the entity layer with its canonical English name', () => {
    const text =
      'Le président biélorusse Alexandre Loukachenko a pris la parole vendredi. « Il faut arrêter les combats », a déclaré Loukachenko.';
    const doc = analyse(text, 'fr', [
      {
        name: 'Alexander Lukashenko',
        type: 'PER',
        forms: ['Alexandre Loukachenko', 'Loukachenko'],
        actor: 'BLRGOV',
      },
    ]);
    const [q] = quoted(doc);
    assert.equal(q.speaker?.name, 'Alexander Lukashenko');
    assert.equal(q.speaker?.entity, 'e0');
    assert.equal(q.speaker?.actor, 'BLRGOV');
    assert.equal(q.speaker?.mention?.text, 'Loukachenko');
  });

  it('accepts an organisation as speaker', () => {
    const text = "Le Kremlin a affirmé mercredi que « l'opération se poursuivra jusqu'à son terme ».";
    const doc = analyse(text, 'fr', [{ name: 'Kremlin', type: 'ORG', forms: ['Kremlin'] }]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Kremlin');
  });

  it('attributes "selon X, « … »" to X', () => {
    const [q] = quoted(
      analyse('Selon Jean Ping, « les résultats ont été falsifiés dans plusieurs provinces ».', 'fr'),
    );
    assert.equal(q.speaker?.name, 'Jean Ping');
  });

  it('splits a quote continued over two paragraphs and gives both parts the speaker of the last', () => {
    const text =
      "« La situation reste très tendue dans le nord du pays.\n« Les secours n'ont pas encore pu atteindre les villages isolés », a précisé Martin Griffiths.";
    const qs = quoted(analyse(text, 'fr'));
    assert.deepEqual(
      qs.map((q) => q.text),
      [
        'La situation reste très tendue dans le nord du pays.',
        "Les secours n'ont pas encore pu atteindre les villages isolés",
      ],
    );
    assert.deepEqual(
      qs.map((q) => q.speaker?.name),
      ['Martin Griffiths', 'Martin Griffiths'],
    );
  });

  it('keeps a nested quote inside its quote', () => {
    const text = '« Le projet de loi “Sécurité globale” sera retiré », a annoncé Jean Castex.';
    const qs = quoted(analyse(text, 'fr'));
    assert.equal(qs.length, 1);
    assert.equal(qs[0].text, 'Le projet de loi “Sécurité globale” sera retiré');
  });

  it('leaves out titles of laws and works', () => {
    const doc = analyse('Le parlement a adopté mercredi la loi « Stop Soros » par 160 voix contre 18.', 'fr');
    assert.equal(quoted(doc).length, 0);
  });

  it('finds indirect speech with its reported clause', () => {
    const doc = analyse(
      "Dmitri Peskov a déclaré que les pourparlers avec Kiev n'étaient pas à l'ordre du jour.",
      'fr',
    );
    const indirect = doc.quotes.find((q) => q.kind === 'indirect');
    assert.ok(indirect);
    assert.equal(indirect.text, "les pourparlers avec Kiev n'étaient pas à l'ordre du jour");
    assert.equal(indirect.speaker?.name, 'Dmitri Peskov');
  });

  it('treats "selon X, …" as indirect speech of X', () => {
    const text = "Selon l'Organisation mondiale de la santé, le nombre de cas a doublé en une semaine.";
    const doc = analyse(text, 'fr', [
      { name: 'World Health Organization', type: 'ORG', forms: ['Organisation mondiale de la santé'] },
    ]);
    const indirect = doc.quotes.find((q) => q.kind === 'indirect');
    assert.ok(indirect);
    assert.equal(indirect.text, 'le nombre de cas a doublé en une semaine');
    assert.equal(indirect.speaker?.name, 'World Health Organization');
  });

  it('finds indirect speech closed by an inverted attribution (« …, a annoncé le parquet »)', () => {
    const doc = analyse(
      'Le complice présumé du terroriste a été arrêté mardi à Francfort, a annoncé le parquet fédéral.',
      'fr',
    );
    const indirect = doc.quotes.filter((q) => q.kind === 'indirect');
    assert.equal(indirect.length, 1);
    assert.equal(indirect[0].text, 'Le complice présumé du terroriste a été arrêté mardi à Francfort');
    assert.equal(indirect[0].cue?.text, 'a annoncé');
  });

  it('does not read a noun after a determiner or a conjunction as reported speech', () => {
    const doc = analyse(
      'Ces propositions interviennent avant que le bilan annuel ne soit publié, à la demande des services de sécurité.',
      'fr',
    );
    assert.equal(doc.quotes.length, 0);
  });
});
