import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../src/document/doc.ts';
import { ActorPhraseFinder, type PhraseSlot } from '../../src/knowledge/petrarch/actor-finder.ts';
import { parseActorDictionary } from '../../src/knowledge/petrarch/actors.ts';
import { parseAgentDictionary } from '../../src/knowledge/petrarch/agents.ts';
import { cuesFor } from '../../src/stages/events/cues.ts';
import { tokenForms } from '../../src/stages/events/lexicon.ts';
import { groupCoordinations } from '../../src/stages/events/sentence.ts';
import { normalise } from '../../src/stages/normalise/index.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { syntax } from '../../src/stages/syntax/index.ts';

const ACTORS = `
ARNOR_  [ARN]
GONDOR [GON]
DENMARK  [DNK]
+DANISH
RUSSIA  [RUS]
+RUSSIAN
ITHILEN  [ITH]
ITHILEN TELEVISION  [ITHTV]
CALENARDHON  [CAL]
+CALIMEHTAR
PRINCE OF DOL AMROTH  [DOL]
WHITE_HOUSE [USAGOV]
`;

const AGENTS = `
GOVERNMENT  [~GOV] # ems 22 Sep 2000
MEDIA {} [~MED]
POLICE {} [ ~COP]
MINISTER  [~GOV]
SECURITY_OFFICIALS  [~GOV]
DIPLOMAT  [~GOV]
MSF {}  [NGO~]
STUDENT  [~EDU]
LAWMAKER  [~LEG]
OFFICIAL  [~GOV]
`;

const finder = new ActorPhraseFinder(parseActorDictionary(ACTORS), parseAgentDictionary(AGENTS));
const cues = cuesFor('en');

/** Actor codes found in a sentence (relata's tokenizer and parser), as "words=CODE" in text order. */
function actorsOf(text: string): string[] {
  const doc = new Doc(text, { language: 'en', published: '1995-01-01' });
  for (const stage of [normalise, segment, syntax]) stage.run(doc);
  const forms = doc.tokens.map((t) => tokenForms(t.text, t.lemma));
  const upos = (p: number) => doc.tokens[p]?.upos;
  const slots = finder.find(
    forms,
    '1995-01-01',
    (s: PhraseSlot[]) => groupCoordinations(s, forms, cues, upos),
    upos,
  );
  return slots.map(
    (s) =>
      `${doc.tokens
        .slice(s.first, s.end)
        .map((t) => t.text)
        .join(' ')}=${s.ref.actor}`,
  );
}

describe('PETRARCH actor and agent phrases', () => {
  it('qualifies the actor an agent modifies, before or after it', () => {
    assert.deepEqual(actorsOf('The Calenardhon government condemned the attack.'), [
      'Calenardhon government=CALGOV',
    ]);
    assert.deepEqual(actorsOf('Ithilen and the government of Gondor warned their populations.'), [
      'Ithilen=ITH',
      'government of Gondor=GONGOV',
    ]);
  });

  it('gives each coordinated agent its own actor', () => {
    assert.deepEqual(actorsOf('Danish media and government warned Gondor.'), [
      'Danish media and government=DNKMED',
      'Danish media and government=DNKGOV',
      'Gondor=GON',
    ]);
  });

  it('composes agents on both sides of an actor and drops a code the actor already has', () => {
    assert.deepEqual(actorsOf('An MSF Arnor diplomat is about to restore ties with Gondor.'), [
      'MSF Arnor diplomat=NGOARNGOV',
      'Gondor=GON',
    ]);
    assert.deepEqual(actorsOf('White House security officials met Gondor.'), [
      'White House security officials=USAGOV',
      'Gondor=GON',
    ]);
  });

  it('lets an agent with no actor stand alone with the null country', () => {
    assert.deepEqual(actorsOf('Russian police arrested students in Moscow today.'), [
      'Russian police=RUSCOP',
      'students=---EDU',
    ]);
  });

  it('extends an agent with no actor over the noun phrase it opens', () => {
    assert.deepEqual(actorsOf('Arnor restored ties, the official news agency WFNA said on Thursday.'), [
      'Arnor=ARN',
      'official news agency WFNA=---GOV',
    ]);
  });

  it('does not attach an agent across a verb', () => {
    assert.deepEqual(actorsOf('Lawmakers believe Arnor can cope with the drought.'), [
      'Lawmakers=---LEG',
      'Arnor=ARN',
    ]);
  });

  it('generates no plural where the dictionary forbids it', () => {
    assert.deepEqual(actorsOf("Arnor restored ties with Gondor's polices."), ['Arnor=ARN', 'Gondor=GON']);
  });

  it('reads a possessor and the name after its agent as one actor', () => {
    assert.deepEqual(actorsOf("Ithilen's awful and evil minister Calimehtar warned Gondor."), [
      "Ithilen 's awful and evil minister Calimehtar=ITHGOV",
      'Gondor=GON',
    ]);
  });

  it('matches phrases across underscores and around modifiers', () => {
    assert.deepEqual(actorsOf('Gondor warned the Prince of Dol_Amroth.'), [
      'Gondor=GON',
      'Prince of Dol_Amroth=DOL',
    ]);
    assert.deepEqual(actorsOf('Arnor appealed for peace in Ithilen state-run television.'), [
      'Arnor=ARN',
      'Ithilen state-run television=ITHTV',
    ]);
  });
});
