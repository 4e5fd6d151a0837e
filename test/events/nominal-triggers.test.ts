import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syntax } from '../../src/stages/syntax/index.ts';
import { type ActorSpec, buildDoc, codeEvents, summary } from './helpers.ts';

function parsedEvents(text: string, language: 'fr' | 'en', actors: Record<string, ActorSpec>): string[] {
  const doc = buildDoc(text, language, actors);
  syntax.run(doc);
  return summary(codeEvents(doc));
}

const actors: Record<string, ActorSpec> = {
  Kenya: { actor: 'KEN', type: 'LOC' },
  Somalia: { actor: 'SOM', type: 'LOC' },
  'al-Shabaab': { actor: 'SOMREB' },
};

describe('events: English event nouns', () => {
  it('codes an event noun after a light verb and its particle ("carried out an airstrike on")', () => {
    assert.deepEqual(parsedEvents('Kenya carried out an airstrike on al-Shabaab on Tuesday.', 'en', actors), [
      'KEN→SOMREB 195',
    ]);
  });

  it('leaves the noun to the pattern of the verb before it ("blamed X for the attack")', () => {
    assert.deepEqual(parsedEvents('Kenya blamed al-Shabaab for the attack on Tuesday.', 'en', actors), [
      'KEN→SOMREB 1124',
    ]);
  });

  it('does not give a reporting verb’s subject the attack its object names ("denounced rocket attacks")', () => {
    const events = parsedEvents('Kenya denounced rocket attacks on Somalia.', 'en', actors);
    assert.ok(!events.some((e) => e.startsWith('KEN→SOM 19')));
  });
});

describe('events: French event nouns', () => {
  it('codes announced aid by its kind (« une aide militaire à l’Ukraine »)', () => {
    const events = parsedEvents(
      "Washington a annoncé une aide militaire de 300 millions de dollars à l'Ukraine.",
      'fr',
      { Washington: { actor: 'USA', type: 'LOC' }, Ukraine: { actor: 'UKR', type: 'LOC' } },
    );
    assert.deepEqual(events, ['USA→UKR 072']);
  });
});
