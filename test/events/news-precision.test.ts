import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/index.ts';
import { syntax } from '../../src/stages/syntax/index.ts';
import { type ActorSpec, buildDoc, codeEvents, summary } from './helpers.ts';

const coded = (text: string, language: 'en' | 'fr' = 'en') =>
  summary(analyze(text, { language, published: '2024-05-14' }).events);

/** Hand-made entities over relata's own parse. */
function parsedEvents(text: string, actors: Record<string, ActorSpec>): string[] {
  const doc = buildDoc(text, 'en', actors);
  syntax.run(doc);
  return summary(codeEvents(doc));
}

describe('events: verbs coded only through a pattern', () => {
  it('does not code the plain sense of "add" as cooperation', () => {
    assert.deepEqual(coded("Kenya added two officers to Uganda's border commission."), []);
  });

  it('nor "commanded by" as cooperation with the commander', () => {
    const events = coded('The Chadian army, commanded by General Mahamat Deby, reached the Sudanese border.');
    assert.ok(!events.some((e) => e.endsWith(' 060')), events.join(', '));
  });

  it('nor the French "ajouter"', () => {
    assert.deepEqual(coded("Le Kenya a ajouté deux policiers à la commission de l'Ouganda.", 'fr'), []);
  });

  it('still codes such a verb when a pattern matches ("added sanctions")', () => {
    const events = coded('The European Union added sanctions against Belarus on Monday.');
    assert.ok(
      events.some((e) => e.endsWith(' 163')),
      events.join(', '),
    );
  });
});

describe("events: defending one's own measure", () => {
  it('is not praise of anyone ("a justifié la mesure par les propos de X")', () => {
    const events = coded(
      'Le porte-parole du gouvernement kényan a justifié la mesure par les propos du président ougandais.',
      'fr',
    );
    assert.ok(!events.some((e) => e.endsWith(' 051')), events.join(', '));
  });
});

describe('events: participles used as adjectives', () => {
  const actors = { 'United Nations': { actor: 'IGOUNO' }, 'Mexican journalist': { actor: 'MEXMED' } };

  it('does not code "murdered" in "the sister of murdered journalist X"', () => {
    const events = parsedEvents(
      'Sister of murdered Mexican journalist asks United Nations for help.',
      actors,
    );
    assert.ok(!events.some((e) => e.endsWith(' 190')), events.join(', '));
  });

  it('keeps a gerund after a preposition ("accused X of supporting Y")', () => {
    assert.ok(coded('Spain accused Morocco of supporting Algeria.').includes('MAR→DZA 050'));
  });
});

describe('events: an event noun another verb only refers to', () => {
  it('does not give the attack to the subject of "pointing to the attack"', () => {
    const events = coded(
      'Germany called its response defensive, pointing to the March 3 attack on the German embassy in Kabul.',
    );
    assert.ok(!events.some((e) => e.endsWith(' 190')), events.join(', '));
  });

  it('keeps the agent of a light verb with a preposition ("responded with an attack")', () => {
    assert.ok(coded('Iran responded with a missile attack on Israel.').includes('IRN→ISR 190'));
  });
});

describe('events: the agents of an event noun', () => {
  it('reads "criticism by A and B (ACRONYM)" as criticism by both, not by A of B', () => {
    const events = coded(
      'Uganda closed the border despite criticism by the Kenyan foreign minister and the United Nations Development Programme (UNDP).',
    );
    assert.ok(!events.includes('KENGOV→IGO 111'), events.join(', '));
    assert.ok(events.includes('KENGOV→UGA 111') && events.includes('IGO→UGA 111'), events.join(', '));
  });
});

describe('events: the target of a verb with a content clause', () => {
  it('is not an actor inside a prepositional phrase of the clause ("qu\'une intervention au Soudan")', () => {
    const events = coded("Le Tchad a prévenu qu'une intervention au Soudan serait une erreur.", 'fr');
    assert.ok(!events.includes('TCD→SDN 130'), events.join(', '));
  });

  it('is the subject of the clause ("que le Soudan paierait", "that Sudan would pay")', () => {
    assert.ok(coded('Le Tchad a prévenu que le Soudan paierait cher.', 'fr').includes('TCD→SDN 130'));
    assert.ok(coded('Chad warned that Sudan would pay dearly.').includes('TCD→SDN 130'));
  });
});

describe('events: a reaction far from what it answers', () => {
  it("answers the story's lead event when that targeted the reacting party", () => {
    const events = coded(
      "Le Kenya a accusé l'Ouganda de violer l'accord frontalier mardi. Le ministre a détaillé les griefs pendant une heure. " +
        'La réunion a duré toute la journée. Les journalistes ont posé de nombreuses questions. ' +
        'Le gouvernement ougandais a aussitôt dénoncé une « décision absurde ».',
      'fr',
    );
    assert.ok(events.includes('UGAGOV→KEN 111'), events.join(', '));
  });
});

describe('events: taking action', () => {
  it('is no seizure ("take all necessary action to protect our people from X")', () => {
    const events = coded('Kenya will take all necessary action to protect our people from Somalia.');
    assert.ok(!events.some((e) => e.endsWith(' 171')), events.join(', '));
  });
});

describe('events: arrests with no stated target', () => {
  it("by a state's forces target its civilians", () => {
    assert.ok(coded('Kenyan police arrested hundreds of people on Tuesday.').includes('KENCOP→KENCVL 173'));
  });

  it('"juger" as "deem" is no arrest or trial', () => {
    const events = coded("Le ministre kényan a jugé les décisions de l'Ouganda « irresponsables ».", 'fr');
    assert.ok(!events.some((e) => e.endsWith(' 173')), events.join(', '));
  });
});

describe('events: a protest noun naming no one', () => {
  it('is the protest of the story\'s civilians against their government ("des émeutes ont éclaté")', () => {
    const events = coded('Des émeutes ont éclaté à Libreville, la capitale du Gabon.', 'fr');
    assert.ok(events.includes('GABCVL→GABGOV 145'), events.join(', '));
  });
});
