import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, quoted } from './helpers.ts';

/** One test per attribution construction, in both languages where the construction exists in both. */
describe('quote attribution constructions', () => {
  it('resolves "selon lui" to the person quoted just before', () => {
    const text =
      "« Le vote a été truqué », affirme Jean Dupuis, le chef de l'opposition. Selon lui, la commission a « fermé les yeux » sur les fraudes.";
    const doc = analyse(text, 'fr', [{ name: 'Jean Dupuis', type: 'PER', forms: ['Jean Dupuis'] }]);
    const qs = quoted(doc);
    assert.equal(qs[1].text, 'fermé les yeux');
    assert.equal(qs[1].speaker?.name, 'Jean Dupuis');
  });

  it('resolves "according to him" to the person quoted just before', () => {
    const text =
      '"The count was rigged," said Peter Walsh, an opposition leader. According to him, the commission "looked the other way".';
    const doc = analyse(text, 'en', [{ name: 'Peter Walsh', type: 'PER', forms: ['Peter Walsh'] }]);
    assert.equal(quoted(doc)[1].speaker?.name, 'Peter Walsh');
  });

  it('does not take the agency after "cité par" as the antecedent of the next "il"', () => {
    const text =
      "« Nous ne céderons pas », a-t-il déclaré, cité par l'agence officielle Tass. Il a prévenu que son pays agirait « avec fermeté ».";
    const doc = analyse(`Sergueï Lavrov a parlé mardi. ${text}`, 'fr', [
      { name: 'Sergey Lavrov', type: 'PER', forms: ['Sergueï Lavrov'] },
      { name: 'TASS', type: 'ORG', forms: ['Tass'] },
    ]);
    assert.deepEqual(
      quoted(doc).map((q) => q.speaker?.name),
      ['Sergey Lavrov', 'Sergey Lavrov'],
    );
  });

  it('skips a name apposed to a complement inside a parenthetical before the verb', () => {
    const text =
      'La maire, en désaccord avec le syndicat majoritaire, Force ouvrière, a promis de « tenir bon ».';
    const doc = analyse(`Anne Martin dirige la ville depuis 2020. ${text}`, 'fr', [
      { name: 'Anne Martin', type: 'PER', forms: ['Anne Martin'] },
      { name: 'Force ouvrière', type: 'ORG', forms: ['Force ouvrière'] },
    ]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Anne Martin');
  });

  it('skips a name apposed to an adverbial complement in English', () => {
    const text = 'The governor, in a dispute with the largest union, Unite, promised to "stand firm".';
    const doc = analyse(`Laura Kent has led the state since 2020. ${text}`, 'en', [
      { name: 'Laura Kent', type: 'PER', forms: ['Laura Kent'] },
      { name: 'Unite', type: 'ORG', forms: ['Unite'] },
    ]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Laura Kent');
  });

  it('resolves a description apposed after a second title ("son porte-parole, le colonel X")', () => {
    const text =
      'Son porte-parole, le colonel Ali Traoré, a dénoncé une « provocation ». « Nous sommes prêts, a-t-il ajouté. »';
    const doc = analyse(`Le général Issa Diallo a pris le pouvoir. ${text}`, 'fr', [
      { name: 'Issa Diallo', type: 'PER', forms: ['Issa Diallo'] },
      { name: 'Ali Traoré', type: 'PER', forms: ['Ali Traoré'] },
    ]);
    assert.deepEqual(
      quoted(doc).map((q) => q.speaker?.name),
      ['Ali Traoré', 'Ali Traoré'],
    );
  });

  it('resolves "the army spokesman" to the person introduced earlier with that role', () => {
    const text =
      'The army\'s chief spokesman, Omar Haddad, said two soldiers were hurt. "We will find those responsible," the army spokesman added.';
    const doc = analyse(`General Karim Nassar ordered a curfew. ${text}`, 'en', [
      { name: 'Karim Nassar', type: 'PER', forms: ['Karim Nassar'] },
      { name: 'Omar Haddad', type: 'PER', forms: ['Omar Haddad'] },
    ]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Omar Haddad');
  });

  it('takes the agent of a passive clause as the speaker ("qualifiées de « … » par X")', () => {
    const text = "Ces mesures ont été qualifiées d'« abusives » par le syndicat Force ouvrière.";
    const doc = analyse(text, 'fr', [{ name: 'Force ouvrière', type: 'ORG', forms: ['Force ouvrière'] }]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Force ouvrière');
  });

  it('takes the agent of a passive clause as the speaker ("was called "…" by X")', () => {
    const text = 'The decision was called "reckless" by the World Health Organization on Monday.';
    const doc = analyse(text, 'en', [
      { name: 'World Health Organization', type: 'ORG', forms: ['World Health Organization'] },
    ]);
    assert.equal(quoted(doc)[0].speaker?.name, 'World Health Organization');
  });

  it('takes the named member of a group subject ("plusieurs ONG, dont X, ont dénoncé")', () => {
    const text = 'Plusieurs ONG, dont Amnesty International, ont dénoncé des « arrestations arbitraires ».';
    const doc = analyse(text, 'fr', [
      { name: 'Amnesty International', type: 'ORG', forms: ['Amnesty International'] },
    ]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Amnesty International');
  });

  it('takes the named member of a group subject ("several groups, including X, condemned")', () => {
    const text = 'Several groups, including Human Rights Watch, condemned the "arbitrary arrests".';
    const doc = analyse(text, 'en', [
      { name: 'Human Rights Watch', type: 'ORG', forms: ['Human Rights Watch'] },
    ]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Human Rights Watch');
  });

  it('keeps the writer as speaker of a quote introduced by "wrote on Twitter"', () => {
    const text =
      'Foreign Minister Ana Costa wrote on Twitter that her country rejects "any foreign meddling".';
    const doc = analyse(text, 'en', [
      { name: 'Ana Costa', type: 'PER', forms: ['Ana Costa'] },
      { name: 'Twitter', type: 'ORG', forms: ['Twitter'] },
    ]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Ana Costa');
    assert.equal(doc.sources[0]?.source?.name, 'Twitter');
  });

  it('does not fail on a text that ends with a capitalised word', () => {
    const doc = analyse('The statement was signed in Geneva by Ban Ki', 'en');
    assert.equal(quoted(doc).length, 0);
  });
});

describe('opinion framings', () => {
  const faki = { name: 'Moussa Faki', type: 'PER' as const, forms: ['Moussa Faki'] };

  it('attributes "For X, … "…"" to X', () => {
    const doc = analyse('For Moussa Faki, the situation is "deeply worrying".', 'en', [faki]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Moussa Faki');
  });

  it('attributes "X parle d\'une situation « … »" to X', () => {
    const doc = analyse("Moussa Faki parle d'une situation « très préoccupante ».", 'fr', [faki]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Moussa Faki');
  });
});

describe('quotation marks that are not speech', () => {
  it('drops a scare quote after "so-called" / "soi-disant"', () => {
    assert.equal(quoted(analyse('Ships used a so-called "safe lane" along the coast.', 'en')).length, 0);
    assert.equal(quoted(analyse('Les navires empruntaient un soi-disant « couloir sûr ».', 'fr')).length, 0);
  });

  it('drops the name of a law introduced by "loi sur la" / "law on the"', () => {
    const fr = 'Le Parlement a adopté la loi sur la « sécurité des réseaux » mardi.';
    const en = 'Parliament passed the law on "network security" on Tuesday.';
    assert.equal(quoted(analyse(fr, 'fr')).length, 0);
    assert.equal(quoted(analyse(en, 'en')).length, 0);
  });

  it('drops a title whose closing mark holds the sentence comma', () => {
    const text = 'An Oxfam report released in May, “Hunger At The Gates,” warned of famine.';
    assert.equal(quoted(analyse(text, 'en')).length, 0);
  });

  it('keeps an evaluative partial quote after a noun that is not a title cue', () => {
    const text = 'Le syndicat dénonce une réforme « injuste et brutale ».';
    assert.equal(quoted(analyse(text, 'fr')).length, 1);
  });
});

describe('organisation descriptions', () => {
  const amnesty = { name: 'Amnesty International', type: 'ORG' as const, forms: ['Amnesty International'] };

  it('resolves "the rights group" to the organisation named before', () => {
    const text =
      'Amnesty International published a report on Monday. The rights group said detainees faced "systematic torture".';
    assert.equal(quoted(analyse(text, 'en', [amnesty]))[0].speaker?.name, 'Amnesty International');
  });

  it('resolves "l\'ONG" to the organisation named before', () => {
    const text =
      "Amnesty International a publié lundi un rapport. L'ONG affirme que les détenus subissent une « torture systématique ».";
    assert.equal(quoted(analyse(text, 'fr', [amnesty]))[0].speaker?.name, 'Amnesty International');
  });
});

describe('titles that contain a speech verb', () => {
  it('reads "press secretary" as part of a title, not the verb "press"', () => {
    const text = '"We have seen no evidence," Pentagon press secretary Pat Ryder told reporters.';
    const doc = analyse(text, 'en', [
      { name: 'Pat Ryder', type: 'PER', forms: ['Pat Ryder'] },
      { name: 'Pentagon', type: 'ORG', forms: ['Pentagon'] },
    ]);
    const [q] = quoted(doc);
    assert.equal(q.speaker?.name, 'Pat Ryder');
    assert.equal(q.cue?.text, 'told');
  });

  it('keeps an inflected speech verb before a titled name ("said President Xi")', () => {
    const text = '"The relationship is stable," said President Xi Jinping.';
    const doc = analyse(text, 'en', [{ name: 'Xi Jinping', type: 'PER', forms: ['Xi Jinping'] }]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Xi Jinping');
  });
});

describe('French inverted subjects after adverbials', () => {
  it('finds "une source diplomatique" past a time word and an addressee', () => {
    const text = '« Les négociations avancent », a déclaré jeudi à l’AFP une source diplomatique.';
    const [q] = analyse(text, 'fr', [{ name: 'AFP', type: 'ORG', forms: ['AFP'], actor: 'MED' }]).quotes;
    assert.equal(q.speaker?.name, 'une source diplomatique');
  });

  it('does not take the addressee "la presse" as the speaker', () => {
    const text = '« Je ne démissionnerai pas », a affirmé à la presse le maire de Marseille.';
    const [q] = analyse(text, 'fr').quotes;
    assert.equal(q.speaker?.name, 'le maire de Marseille');
  });

  it('gives the name apposed to a description after "pour"', () => {
    const text = 'Pour le ministre de l’Économie, Paul Durand, « la croissance sera au rendez-vous ».';
    const [q] = analyse(text, 'fr', [{ name: 'Paul Durand', type: 'PER', forms: ['Paul Durand'] }]).quotes;
    assert.equal(q.speaker?.name, 'Paul Durand');
  });
});

describe('apposed subjects are not reported speech', () => {
  it('with a parse, "Le porte-parole, Dmitri Peskov, a rejeté ces accusations" reports nothing', async () => {
    const { quotes } = await import('../../src/stages/quotes/index.ts');
    const text = 'Le porte-parole du Kremlin, Dmitri Peskov, a rejeté ces accusations.';
    const doc = analyse(text, 'fr', [{ name: 'Dmitry Peskov', type: 'PER', forms: ['Dmitri Peskov'] }]);
    for (const token of doc.tokens)
      token.upos =
        token.text === 'rejeté'
          ? 'VERB'
          : token.text === 'a'
            ? 'AUX'
            : /^\p{P}$/u.test(token.text)
              ? 'PUNCT'
              : 'NOUN';
    quotes.run(doc);
    assert.ok(!doc.quotes.some((q) => q.speaker?.name === 'ces accusations'));
    assert.equal(doc.quotes.length, 0);
  });
});

describe('unresolved pronouns', () => {
  it('names an unresolved inverted clitic by the pronoun, without the hyphen', () => {
    const [q] = analyse('« La situation est grave », a-t-il martelé.', 'fr').quotes;
    assert.equal(q.speaker?.name, 'il');
  });
});

describe('closing incise after a partial quote', () => {
  it('attributes a partial quote to the speaker of the incise closing its sentence', () => {
    const text =
      'L’Union européenne « condamne fermement » ces attaques, a indiqué un porte-parole de la Commission.';
    const [q] = analyse(text, 'fr').quotes;
    assert.equal(q.speaker?.name, 'un porte-parole de la Commission');
  });

  it('does not take a speech verb that is no incise', () => {
    const text = 'Le texte « limite les libertés » et les députés ont déclaré leur opposition.';
    const [q] = analyse(text, 'fr').quotes;
    assert.notEqual(q.speaker?.name, 'leur opposition');
  });
  it('a person whose surname is a role word ("Le Maire") is still a name, not a description', () => {
    const text =
      "« L'accord est signé », a déclaré le ministre de l'Économie Marc Le Maire devant la presse.";
    const doc = analyse(text, 'fr', [{ name: 'Marc Le Maire', type: 'PER', forms: ['Marc Le Maire'] }]);
    assert.equal(quoted(doc)[0].speaker?.name, 'Marc Le Maire');
  });
});
