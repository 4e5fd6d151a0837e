import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../src/document/doc.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { analyse } from './helpers.ts';

/** The entity of the longest mention inside a surface form (its first occurrence): "The NGO" → its "NGO". */
function referent(doc: Doc, surface: string): { name: string; actor?: string } | undefined {
  const start = doc.text.indexOf(surface);
  assert.ok(start >= 0, `"${surface}" is in the text`);
  const end = start + surface.length;
  let best: { name: string; actor?: string; length: number } | undefined;
  for (const e of doc.entities)
    for (const m of e.mentions)
      if (m.start >= start && m.end <= end && (!best || m.end - m.start > best.length))
        best = { name: e.name, actor: e.actor, length: m.end - m.start };
  return best && { name: best.name, actor: best.actor };
}

describe('coreference of definite descriptions: organisations by kind', () => {
  it('takes "the NGO" and "l\'ONG" for the NGO named before', () => {
    const en = analyse(
      'Amnesty International published a report on prisons on Tuesday. The NGO called for the release of all detainees.',
      'en',
      '2024-05-14',
    );
    assert.deepEqual(referent(en, 'The NGO'), { name: 'Amnesty International', actor: 'NGO' });
    const fr = analyse(
      "Human Rights Watch a publié mardi un rapport sur les prisons du pays. L'ONG demande la libération des détenus.",
      'fr',
      '2024-05-14',
    );
    assert.deepEqual(referent(fr, "L'ONG"), { name: 'Human Rights Watch', actor: 'NGO' });
  });

  it('takes a demonstrative ("cette ONG", "this group") like the article', () => {
    const fr = analyse(
      'Amnesty International a publié mardi un rapport sur les prisons. Cette ONG réclame une enquête.',
      'fr',
      '2024-05-14',
    );
    assert.equal(referent(fr, 'Cette ONG')?.name, 'Amnesty International');
    const en = analyse(
      'Hezbollah fired rockets at northern Israel on Sunday. This group has fired hundreds since October.',
      'en',
      '2024-05-14',
    );
    assert.equal(referent(en, 'This group')?.name, 'Hezbollah');
  });

  it('takes "the paramilitary force" and "la force paramilitaire" for the rebel group, not the army', () => {
    const en = analyse(
      'Fighting resumed between the Rapid Support Forces and the Sudanese army near Omdurman. ' +
        'A military spokesman blamed the paramilitary force for shelling a market.',
      'en',
      '2024-02-20',
    );
    assert.equal(referent(en, 'the paramilitary force')?.name, 'Rapid Support Forces');
    const fr = analyse(
      "Les combats ont repris entre les Forces de soutien rapide et l'armée soudanaise près d'Omdourman. " +
        "L'armée accuse la force paramilitaire d'avoir bombardé un marché.",
      'fr',
      '2024-02-20',
    );
    assert.equal(referent(fr, 'la force paramilitaire')?.name, 'Rapid Support Forces');
  });

  it('takes "the Iran-backed group" and "le groupe armé" for the armed group named before', () => {
    const en = analyse(
      'Israeli jets struck positions of Hezbollah in southern Lebanon overnight. ' +
        'The Iran-backed group said two of its fighters were killed.',
      'en',
      '2024-03-02',
    );
    assert.equal(referent(en, 'The Iran-backed group')?.name, 'Hezbollah');
    const fr = analyse(
      'Des frappes ont visé des positions du Hamas dans la nuit. Le groupe armé a annoncé la mort de deux combattants.',
      'fr',
      '2024-03-02',
    );
    assert.equal(referent(fr, 'Le groupe armé')?.name, 'Hamas');
  });

  it('takes "the airline" and "la compagnie aérienne" for the company named before', () => {
    const en = analyse(
      'Lufthansa cancelled hundreds of flights on Friday because of a strike. The airline said most passengers had been rebooked.',
      'en',
      '2024-02-09',
    );
    assert.equal(referent(en, 'The airline')?.name, 'Lufthansa');
    const fr = analyse(
      'Air France a annulé vendredi une centaine de vols en raison de la grève. La compagnie aérienne a promis de rembourser les passagers.',
      'fr',
      '2024-02-09',
    );
    assert.equal(referent(fr, 'La compagnie aérienne')?.name, 'Air France');
  });

  it('takes "the bloc" for the European Union and "the alliance" for NATO, not for the UN', () => {
    const en = analyse(
      'Ministers of the European Union met in Brussels on Monday with envoys of the United Nations. ' +
        'The bloc agreed a new package of sanctions. NATO held talks the same day, and the alliance promised more air defence.',
      'en',
      '2024-03-18',
    );
    assert.equal(referent(en, 'The bloc')?.name, 'European Union');
    assert.equal(referent(en, 'the alliance')?.name, 'NATO');
    const fr = analyse(
      "Les ministres de l'Union européenne se sont réunis lundi à Bruxelles avec des émissaires des Nations unies. " +
        'Le bloc a adopté de nouvelles sanctions.',
      'fr',
      '2024-03-18',
    );
    assert.equal(referent(fr, 'Le bloc')?.name, 'European Union');
  });

  it('takes "l\'organisation régionale" and "the organisation" for the organisation named before', () => {
    const fr = analyse(
      "Les dirigeants de la Cédéao se sont réunis jeudi à Abuja. Le président de l'organisation régionale a appelé au calme.",
      'fr',
      '2024-07-11',
    );
    assert.equal(referent(fr, "l'organisation régionale")?.name, 'Economic Community of West African States');
    const en = analyse(
      'The United Nations appealed for funds on Wednesday. The organisation said the money would feed two million people.',
      'en',
      '2024-07-11',
    );
    assert.equal(referent(en, 'The organisation')?.name, 'United Nations');
  });
});

describe('coreference of definite descriptions: institutions by their head noun', () => {
  it('takes "the commission" and "la commission" for the commission named before', () => {
    const en = analyse(
      'The Independent Electoral Commission will publish the results on Friday. The commission said turnout was high.',
      'en',
      '2024-05-30',
    );
    const named = referent(en, 'Independent Electoral Commission');
    assert.ok(named);
    assert.deepEqual(referent(en, 'The commission'), named);
    const fr = analyse(
      'La Commission électorale nationale indépendante publiera les résultats vendredi. Selon la commission, la participation a été forte.',
      'fr',
      '2024-05-30',
    );
    const nommée = referent(fr, 'Commission électorale nationale indépendante');
    assert.ok(nommée);
    assert.deepEqual(referent(fr, 'la commission'), nommée);
  });
});

describe('coreference of definite descriptions: people by their role', () => {
  it('takes "the socialist leader" for the one leader named often, "le chef de l\'État" for the president just named', () => {
    const en = analyse(
      'President Nicolás Maduro addressed supporters in Caracas. Maduro said the country would resist. ' +
        'Opposition lawmakers met in the capital. Russia voiced support for the socialist leader.',
      'en',
      '2019-01-24',
    );
    assert.equal(referent(en, 'the socialist leader')?.name, 'Nicolás Maduro');
    const fr = analyse(
      "Le président français Emmanuel Macron s'est rendu lundi à Marseille. Le chef de l'État a annoncé un plan pour la ville.",
      'fr',
      '2023-06-26',
    );
    assert.equal(referent(fr, "Le chef de l'État")?.name, 'Emmanuel Macron');
  });

  it('leaves a role unresolved when two people fit equally and neither was just named', () => {
    const fr = analyse(
      'Le président nigérian Bola Tinubu a reçu à Abuja le président ghanéen Nana Akufo-Addo. ' +
        'Les deux hommes ont parlé de sécurité. La rencontre a duré deux heures. ' +
        'Le président a ensuite quitté la ville.',
      'fr',
      '2023-08-10',
    );
    assert.equal(referent(fr, 'Le président a'), undefined);
  });
});

describe('coreference of definite descriptions: no guessing', () => {
  it('resolves nothing when no entity of the right kind was named', () => {
    const en = analyse(
      'Germany banned flights from the region on Monday. The NGO said the ban would hurt aid deliveries.',
      'en',
      '2024-01-22',
    );
    assert.equal(referent(en, 'The NGO'), undefined);
    const fr = analyse(
      "Lufthansa a annulé des vols lundi. L'organisation a dénoncé la décision.",
      'fr',
      '2024-01-22',
    );
    assert.equal(referent(fr, "L'organisation"), undefined);
  });

  it('takes a plural ("les ONG") for several entities, not for the one named before', () => {
    const fr = analyse(
      'Amnesty International a publié un rapport mardi. Les ONG demandent une enquête indépendante.',
      'fr',
      '2024-01-22',
    );
    assert.equal(referent(fr, 'Les ONG'), undefined);
    const rebels = analyse(
      'Les rebelles du M23 ont pris la ville de Goma. Les rebelles contrôlent désormais l’aéroport.',
      'fr',
      '2024-01-22',
    );
    assert.equal(referent(rebels, 'Les rebelles contrôlent')?.name, 'M23');
  });

  it('resolves nothing when the right kind of entity was named too long before', () => {
    const en = analyse(
      'Amnesty International published a report on Monday. The report covers five prisons. ' +
        'Guards were interviewed. Families were interviewed too. Lawyers described the trials. ' +
        'The NGO said more work was needed.',
      'en',
      '2024-01-22',
    );
    assert.equal(referent(en, 'The NGO'), undefined);
  });

  it('leaves a description that names its country or its owner to the role descriptions', () => {
    const fr = analyse(
      "Amnesty International a publié un rapport. L'ONG américaine Human Rights Watch a salué le travail.",
      'fr',
      '2024-01-22',
    );
    assert.notEqual(referent(fr, "L'ONG")?.name, 'Amnesty International');
    const complement = analyse(
      'Le Hamas a tiré des roquettes lundi. Le groupe de la majorité au Parlement a demandé une réunion.',
      'fr',
      '2024-01-22',
    );
    assert.equal(referent(complement, 'Le groupe'), undefined);
    const process = analyse(
      "Human Rights Watch a dénoncé la loi. Le texte punit l'organisation de l'immigration illégale.",
      'fr',
      '2024-01-22',
    );
    assert.equal(referent(process, "l'organisation"), undefined);
  });

  it('takes "the ministry" for no other entity when no ministry was named', () => {
    const en = analyse(
      'Iran summoned the British ambassador on Sunday. The ministry said the envoy had broken the rules.',
      'en',
      '2024-01-22',
    );
    assert.equal(referent(en, 'The ministry'), undefined);
  });

  it('takes "the ministry" for the ministry named before', () => {
    const en = analyse(
      "Iran's Foreign Ministry summoned the British ambassador on Sunday. The ministry said the envoy had broken the rules.",
      'en',
      '2024-01-22',
    );
    // The possessive gives the ministry its country, and the description its code.
    assert.deepEqual(referent(en, "Iran's Foreign Ministry"), {
      name: 'Ministry of Foreign Affairs (Iran)',
      actor: 'IRNGOV',
    });
    assert.deepEqual(referent(en, 'The ministry'), {
      name: 'Ministry of Foreign Affairs (Iran)',
      actor: 'IRNGOV',
    });
  });
});

describe('coreference of definite descriptions with a parse', () => {
  it("gives the events stage the antecedent's actor at the description", () => {
    const doc = defaultPipeline().analyse(
      'Fighting resumed between the Rapid Support Forces and the Sudanese army. The army accused the paramilitary force of attacking aid workers.',
      { language: 'en', published: '2024-02-20' },
    );
    const start = doc.text.indexOf('the paramilitary force');
    const entity = doc.entities.find((e) => e.mentions.some((m) => m.start === start));
    assert.equal(entity?.actor, 'SDNREB');
    const accused = doc.events.find((e) => e.trigger?.text === 'accused');
    assert.equal(accused?.target?.actor, 'SDNREB');
  });
});
