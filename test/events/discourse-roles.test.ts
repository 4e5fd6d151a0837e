import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/index.ts';
import { summary } from './helpers.ts';

const coded = (text: string, language: 'en' | 'fr' = 'en') =>
  summary(analyze(text, { language, published: '2024-05-14' }).events);

describe('events: people named by a demonym', () => {
  it('codes "five Polish nationals" as Polish civilians, and the claim made about them', () => {
    const events = coded('The Belarusian KGB detained five Polish nationals, claiming them to be spies.');
    assert.ok(events.includes('BLRGOV→POLCVL 173'), events.join(', '));
    // The participle adjunct acts with the main clause's subject, not with the object before it.
    assert.ok(
      events.some((e) => /^BLRGOV→POLCVL 11/.test(e)),
      events.join(', '),
    );
  });

  it('codes a plural demonym noun ("40 Georgians") as its country', () => {
    assert.deepEqual(coded('Police in Minsk arrested 40 Georgians on Sunday.'), ['BLRCOP→GEO 173']);
  });

  it('does not take "individuals" alone for anyone', () => {
    const events = coded('The Belarusian KGB arrested 33 individuals on Sunday.');
    assert.ok(!events.some((e) => e.includes('→RUS')), events.join(', '));
  });
});

describe('events: the target of a content clause', () => {
  it('takes the subject of the clause an allegation is about', () => {
    assert.deepEqual(coded('France alleged, in a statement, Hezbollah had attacked the convoy.'), [
      'FRA→LBNREB 110',
    ]);
  });
});

describe('events: force and its victims', () => {
  it('codes the killing of one named person as an assassination (186)', () => {
    assert.deepEqual(coded('Russian troops killed Ukrainian journalist Maks Levin near Kyiv.'), [
      'RUSMIL→UKRMED 186',
    ]);
  });

  it('gives a passive killing "in the airstrike" the author of the airstrike reported before', () => {
    const events = coded(
      'The Israeli military launched an airstrike on Gaza City on Monday. Several Palestinian civilians were killed in the airstrike.',
    );
    assert.ok(events.includes('ISRMIL→PSECVL 195'), events.join(', '));
  });

  it('reads force used on a protest as force used on the protesters', () => {
    const events = coded('Georgian police violently suppressed protests in Tbilisi on Sunday.');
    assert.ok(events.includes('GEOCOP→GEOCVL 170'), events.join(', '));
  });

  it('takes the actor after "the killing of" for the victim, not for the target of a condemnation', () => {
    const events = coded(
      'Israeli troops raided the town of Jenin on Monday. Turkey condemned the killing of Ukrainian journalist Maks Levin.',
    );
    assert.ok(events.includes('TUR→ISRMIL 111'), events.join(', '));
    assert.ok(!events.some((e) => e.startsWith('TUR→UKR')), events.join(', '));
  });
});

describe('events: words that look like events', () => {
  it('does not code an evidential participle before a plural noun ("has alleged ties")', () => {
    assert.deepEqual(coded('Its Iranian director has alleged ties to Hezbollah.'), []);
  });

  it('does not read "the Middle Eastern nation" as the whole region', () => {
    const events = coded('German firms announced plans to pull out of the Middle Eastern nation.');
    assert.ok(!events.some((e) => e.includes('MEA')), events.join(', '));
  });

  it('keeps one appeal when the sentence restates it with its addressee', () => {
    assert.deepEqual(
      coded('Venezuelan opposition leader Juan Guaidó asked for support, urging voters to turn out.'),
      ['VENOPP→VENCVL 020'],
    );
  });
});

describe('events: personal pronouns', () => {
  it('resolves "he" to a person, not to the country that was the last subject', () => {
    const events = coded(
      'The United States carried out the strike near Sanaa, where Houthi leader Abdul-Malik al-Houthi was hiding. He was later met by Omani Foreign Minister Badr Albusaidi.',
    );
    assert.ok(
      events.some((e) => /^OMNGOV→YEM/.test(e)),
      events.join(', '),
    );
    assert.ok(!events.some((e) => /^OMNGOV→USA/.test(e)), events.join(', '));
  });
});

describe('events: reactions and oaths', () => {
  it('does not make citizens defying a ban answer a foreign sanction on their generals', () => {
    const events = coded(
      'US sanctions Myanmar generals. Washington imposed sanctions on the junta on Tuesday. In Yangon, thousands of protesters defied a ban on gatherings.',
    );
    assert.ok(!events.some((e) => /^MMRCVL→USA/.test(e)), events.join(', '));
  });

  it('does not read an oath of office as an allegation', () => {
    assert.deepEqual(
      coded('Venezuelan opposition leader Juan Guaidó swore himself in as acting president in Caracas.'),
      [],
    );
  });
});

describe('events: verbs the parse took for modifiers', () => {
  it('reads "Police fired rubber bullets" as police firing, though the parse hangs "fired" on "bullets"', () => {
    const events = coded(
      'Protesters gathered in Naypyitaw on Monday. Police fired rubber bullets and water cannon in the capital Naypyitaw, where a young woman was critically wounded, witnesses told Reuters.',
    );
    assert.ok(events.includes('MMRCOP→MMRCVL 175'), events.join(', '));
  });
});

describe('events: fighting between two parties', () => {
  it('codes "the war between A and B" as A fighting B, and the French "des heurts entre A et B"', () => {
    assert.deepEqual(
      coded('The war between the Sudanese army and the Rapid Support Forces erupted in April 2023.'),
      ['SDNMIL→SDNREB 190'],
    );
    assert.deepEqual(
      coded('Des heurts entre la police sénégalaise et des manifestants ont fait trois morts à Dakar.', 'fr'),
      ['SENCOP→SENCVL 190'],
    );
  });

  it('codes no fighting from the bare noun ("the war in Sudan")', () => {
    assert.deepEqual(
      coded('The war in Sudan has displaced millions of people, the United Nations said.'),
      [],
    );
  });
});

describe('events: praise and criticism by judging verbs', () => {
  it('reads "called X\'s move a cynical blow" as criticism of X', () => {
    const events = coded(
      'The US ambassador to the UN, Linda Thomas-Greenfield, called Moscow\'s move "a cynical blow to the world\'s hungriest people".',
    );
    assert.ok(events.includes('USAGOV→RUS 111'), events.join(', '));
    assert.ok(!events.some((e) => / 02\d*$/.test(e)), events.join(', '));
  });

  it('reads "found the air strike justified" as praise of the strike\'s author', () => {
    const events = coded(
      "US forces killed the Iranian general in an airstrike. Israeli Prime Minister Benjamin Netanyahu found the air strike justified and called Trump's order swift, forceful and decisive.",
    );
    assert.ok(events.includes('ISRGOV→USAGOV 051'), events.join(', '));
  });

  it('reads the French "a qualifié X d\'inacceptable" as criticism', () => {
    assert.deepEqual(coded("Le ministre malien a qualifié la décision de Paris d'inacceptable.", 'fr'), [
      'MLIGOV→FRA 111',
    ]);
  });

  it('codes nothing without an evaluative word, and keeps "called on" an appeal', () => {
    const plain = coded("Turkish President Recep Tayyip Erdogan called Moscow's decision on Monday.");
    assert.ok(!plain.some((e) => / (051|111)$/.test(e)), plain.join(', '));
    const appeal = coded(
      'Turkish President Recep Tayyip Erdogan called on Russia to return to the grain deal.',
    );
    assert.ok(
      appeal.some((e) => /^TURGOV→RUS 02/.test(e)),
      appeal.join(', '),
    );
  });
});

describe('events: subjects and objects across clauses', () => {
  it('aims sanctions with no stated target at the country the story is about', () => {
    const events = coded(
      "The EU criticised Georgia's new law on Tuesday. Washington, however, has not imposed sanctions.",
    );
    assert.ok(events.includes('USA→GEO 163 neg'), events.join(', '));
  });

  it('does not give a coordinated verb the first verb\'s object as subject; "against him" is its target', () => {
    assert.deepEqual(
      coded(
        'In 2007, the United States government labeled the Iranian general Qasem Soleimani as a terrorist and levied sanctions against him.',
      ),
      ['USAGOV→IRNMIL 1123', 'USAGOV→IRNMIL 163'],
    );
  });

  it('reads a relative pronoun as its antecedent', () => {
    const events = coded(
      'The Israeli military launched an airstrike on Gaza City on Monday. The strike targeted Hamas commander Mohammed Deif, who was also killed in the airstrike.',
    );
    assert.ok(events.includes('ISRMIL→PSEREB 195'), events.join(', '));
  });
});

describe('events: "those responsible"', () => {
  it('makes the author of the act just reported the target of a threat against "those responsible"', () => {
    const events = coded(
      'Islamic State militants attacked Afghan soldiers in Kabul on Monday. Afghan President Ashraf Ghani warned that those responsible would pay a heavy price.',
    );
    assert.ok(events.includes('AFGGOV→IMG 130'), events.join(', '));
  });

  it('does the same within one French sentence, after the denounced act', () => {
    const events = coded(
      "Le Premier ministre, Binali Yildirim, dénonce une tentative de coup d'État par un groupe de militaires et a averti que ceux impliqués dans cette action paieront le prix le plus élevé.",
      'fr',
    );
    assert.ok(events.includes('TURGOV→TURMIL 130'), events.join(', '));
  });

  it('leaves the phrase alone when no act or blame precedes it', () => {
    const events = coded(
      'Afghan President Ashraf Ghani warned that those responsible would pay a heavy price.',
    );
    assert.ok(!events.some((e) => /^AFGGOV→AFG/.test(e)), events.join(', '));
  });
});

describe('events: members of a named organisation', () => {
  it('reads "Islamic State militants" as the Islamic State, not as the country\'s militants', () => {
    assert.deepEqual(coded('Islamic State militants attacked Afghan soldiers in Kabul on Monday.'), [
      'IMG→AFGMIL 190',
    ]);
  });
});

describe('events: coordinated verbs and the objects between them', () => {
  it('keeps the shared subject when the actor between the verbs is an object ("killing four civilians, and called on")', () => {
    const events = coded(
      'The Ukrainian government accused Russia of shelling Kharkiv overnight, killing four civilians, and called on NATO to send more air defences.',
    );
    assert.ok(events.includes('UKRGOV→IGO 020'), events.join(', '));
  });
});

describe('events: French strikes', () => {
  it('codes "a mené des frappes contre X" as an air strike on X', () => {
    assert.deepEqual(
      coded("L'armée israélienne a mené lundi des frappes contre le Hezbollah au Liban.", 'fr'),
      ['ISRMIL→LBNREB 195'],
    );
  });
});

describe('events: "both sides"', () => {
  it('codes an appeal to "les deux pays" towards each party of the latest two-sided event', () => {
    const events = coded(
      "Le gouvernement nigérien a dénoncé dimanche des frappes de l'armée malienne. L'Union africaine a appelé les deux pays à la retenue.",
      'fr',
    );
    assert.ok(events.includes('IGO→NERGOV 0256'), events.join(', '));
    assert.ok(events.includes('IGO→MLIMIL 0256'), events.join(', '));
  });

  it('leaves "both sides" without actors when no two-sided event precedes', () => {
    const events = coded('The African Union urged both sides to show restraint.');
    assert.ok(!events.some((e) => /^IGO→[A-Z]/.test(e)), events.join(', '));
  });
});

describe('events: armed forces after an attack noun', () => {
  it('reads "les frappes de l\'armée malienne" as the army\'s strikes, which the denunciation targets', () => {
    assert.deepEqual(
      coded("Le gouvernement nigérien a dénoncé dimanche des frappes de l'armée malienne.", 'fr'),
      ['NERGOV→MLIMIL 111'],
    );
  });
});

describe('events: headlines and possessors', () => {
  it('reads "Syrie :" opening a headline as the topic, not as the subject', () => {
    const events = coded("Syrie : Human Rights Watch dénonce l'arrestation de militants à Damas", 'fr');
    assert.ok(!events.some((e) => e.startsWith('SYR→')), events.join(', '));
  });

  it("skips the source's own name inside the object for the next actor", () => {
    const events = coded(
      "La Cédéao a ordonné jeudi l'activation de la force en attente de l'organisation pour rétablir l'ordre constitutionnel au Niger.",
      'fr',
    );
    assert.ok(
      events.some((e) => /^IGO→NER/.test(e)),
      events.join(', '),
    );
  });
});

describe('events: fighting that breaks out between two parties', () => {
  it('codes "war erupted … between A, led by X, and B" as A against B, and "both sides" after it as the two', () => {
    const events = coded(
      'The war erupted in April 2023 between the Sudanese army, led by General Abdel Fattah al-Burhan, and the Rapid Support Forces. The UN envoy urged both sides to let aid through.',
    );
    assert.ok(events.includes('SDNMIL→SDNREB 190'), events.join(', '));
    assert.ok(
      events.some((e) => /^IGO→SDNREB 02/.test(e)),
      events.join(', '),
    );
  });

  it('reads places after "between" as where, not who', () => {
    const events = coded('Russian troops attacked positions between Kharkiv and Izium.');
    assert.ok(!events.some((e) => e.startsWith('UKR→')), events.join(', '));
  });
});

describe('events: "between" does not replace a stated source', () => {
  it('keeps the actor who welcomes talks between two others', () => {
    const events = coded('France welcomed the resumption of talks between Serbia and Kosovo on Monday.');
    assert.ok(!events.some((e) => e.startsWith('SRB→')), events.join(', '));
  });
});

describe('events: patterns and infinitive complements', () => {
  it('does not let a pattern read far past an infinitive complement ("met X … to discuss trade and the war")', () => {
    const events = coded(
      'French President Emmanuel Macron met Chinese Premier Li Qiang in Paris on Friday to discuss trade and the war.',
    );
    assert.ok(
      events.some((e) => /^FRAGOV→CHN\w* 040$/.test(e)),
      events.join(', '),
    );
  });
});

describe('events: verbs inside a noun modifier', () => {
  it('does not give "planning an attack" to the police who arrested the men suspected of it', () => {
    const events = coded(
      'Police arrested two men suspected of planning an attack on a synagogue in Berlin, prosecutors said.',
    );
    assert.ok(!events.some((e) => /^DEUCOP→\S+ 13/.test(e)), events.join(', '));
  });
});

describe('events: where a sentence happens', () => {
  it('gives group nouns the country of the place the sentence is set in', () => {
    const events = coded(
      'EU leaders agreed on new sanctions against Russia on Friday. Police arrested two men in Berlin on Saturday, prosecutors said.',
    );
    assert.ok(events.includes('DEUCOP→DEUCVL 173'), events.join(', '));
  });
});

describe('events: agreeing on sanctions', () => {
  it('codes "agreed on new sanctions against X" as sanctions on X (163), not cooperation with X', () => {
    assert.deepEqual(coded('EU leaders agreed on new sanctions against Russia on Friday.'), ['IGO→RUS 163']);
  });
});

describe('events: third parties reacting to a measure', () => {
  it('aims criticism by a state or an NGO at the author of a suspension, not at the suspended outlet', () => {
    const events = coded(
      'Le gouvernement burkinabè a suspendu samedi la diffusion de Radio France Internationale. Paris a regretté cette mesure. Reporters sans frontières a dénoncé une atteinte grave à la liberté de la presse.',
      'fr',
    );
    assert.ok(
      events.some((e) => /^FRA→BFA\w* 11/.test(e)),
      events.join(', '),
    );
    assert.ok(
      events.some((e) => /^NGO→BFA\w* 11/.test(e)),
      events.join(', '),
    );
  });
});

describe('events: kinds of actors with a code of their own', () => {
  it('codes "foreign-funded NGOs" and "des ONG" as NGO', () => {
    assert.ok(
      coded(
        'Georgian Prime Minister Irakli Kobakhidze accused foreign-funded NGOs of trying to stage a revolution.',
      ).some((e) => /→NGO 11/.test(e)),
    );
    assert.ok(
      coded(
        "Le gouvernement hongrois accuse des ONG financées de l'étranger de vouloir déstabiliser le pays.",
        'fr',
      ).some((e) => /^HUNGOV→NGO 11/.test(e)),
    );
  });
});

describe('events: event nouns and their authors', () => {
  it('reads "criticism from X" as X criticising the actor who faces it', () => {
    const events = coded('The Russian president faces mounting criticism from Western leaders.');
    assert.ok(
      events.some((e) => /^WST\w*→RUS\w* 111$/.test(e)),
      events.join(', '),
    );
  });

  it('does not read "faces a response" as a meeting', () => {
    const events = coded('Iran said Israel would face a decisive response for the attack in Tehran.');
    assert.ok(!events.some((e) => / 04\d*$/.test(e)), events.join(', '));
  });
});
