import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVerbDictionary } from '../../src/knowledge/petrarch/verbs.ts';
import { codeSentence } from '../../src/stages/events/coder.ts';
import { cuesFor } from '../../src/stages/events/cues.ts';
import { Lexicon, tokenForms } from '../../src/stages/events/lexicon.ts';
import type { ActorSlot, CodingSentence } from '../../src/stages/events/match.ts';
import { LinearRoles } from '../../src/stages/events/roles.ts';
import { groupCoordinations } from '../../src/stages/events/sentence.ts';

const VERBS = `
--- DEPART [032]  ---
DEPART

--- WARN  [160] ---
WARN

--- ATTACK  [190] ---
ATTACK

--- QUESTION  [---] ---
QUESTION
- BEGUN *  [212]

--- HAVE  [---] ---
HAVE {HAS HAD HAVING}
`;

const lexicon = new Lexicon([parseVerbDictionary(VERBS)], 'en');
const cues = cuesFor('en');

/**
 * A sentence from "word/UPOS" items, actors as [first, end, code, place?]; coordination groups are
 * numbered as the stage does.
 */
function sentence(
  spec: string,
  actors: [number, number, string, boolean?][],
): { s: CodingSentence; upos: (p: number) => string | undefined } {
  const items = spec.split(' ').map((w) => w.split('/'));
  const forms = items.map(([w]) => tokenForms(w));
  const upos = (p: number) => items[p]?.[1];
  const slots: ActorSlot[] = actors.map(([first, end, code, place]) => ({
    first,
    end,
    ref: { name: code, actor: code },
    group: 0,
    place,
  }));
  return { s: { forms, actors: groupCoordinations(slots, forms, cues, upos) }, upos };
}

/** Codes with linear roles, or with the parse's subject and object given as actor indices. */
function code(
  spec: string,
  actors: [number, number, string, boolean?][],
  parsed?: { subject: number; object: number },
): string[] {
  const { s, upos } = sentence(spec, actors);
  return codeSentence(s, {
    lexicon,
    cues,
    requireTarget: true,
    upos,
    roleFinder: (cs, starts) =>
      parsed
        ? {
            roles: () => ({
              subject: cs.actors[parsed.subject],
              object: cs.actors[parsed.object],
              passive: false,
            }),
          }
        : new LinearRoles(cs, cues, starts, upos),
  }).map((e) => `${e.source?.ref.actor}→${e.target?.ref.actor} ${e.code}`);
}

describe('coder fallbacks for the PETRARCH suite and news text', () => {
  it('codes a dictionary verb the tagger called a noun when it follows its subject and its clause has no verb', () => {
    assert.deepEqual(
      code(
        'Ethiopia/PROPN departs/NOUN from/ADP Libya/PROPN almost/ADV five/NUM years/NOUN after/ADP crowds/NOUN trashed/VERB its/PRON embassy/NOUN ./PUNCT',
        [
          [0, 1, 'ETH'],
          [3, 4, 'LBY'],
        ],
      ),
      ['ETH→LBY 032'],
    );
  });

  it('keeps the noun reading when a verb of its own clause follows, or a determiner precedes', () => {
    assert.deepEqual(
      code('Ethiopia/PROPN departs/NOUN worried/VERB Libya/PROPN ./PUNCT', [
        [0, 1, 'ETH'],
        [3, 4, 'LBY'],
      ]),
      [],
    );
    assert.deepEqual(code('the/DET departs/NOUN from/ADP Libya/PROPN ./PUNCT', [[3, 4, 'LBY']]), []);
  });

  it('gives each coordinated subject phrase that names its own actor the event', () => {
    assert.deepEqual(
      code(
        "Ithilen/PROPN 's/PART sheep/NOUN and/CCONJ goats/NOUN of/ADP Gondor/PROPN warned/VERB of/ADP the/DET Prince/PROPN",
        [
          [0, 1, 'ITH'],
          [6, 7, 'GON'],
          [10, 11, 'DOL'],
        ],
        { subject: 0, object: 2 },
      ),
      ['ITH→DOL 160', 'GON→DOL 160'],
    );
    // A place after a locative preposition is the setting, not a second subject.
    assert.deepEqual(
      code(
        "Russia/PROPN 's/PART army/NOUN and/CCONJ troops/NOUN in/ADP Crimea/PROPN attacked/VERB Kyiv/PROPN",
        [
          [0, 1, 'RUS'],
          [6, 7, 'UKR', true],
          [8, 9, 'UKR'],
        ],
        { subject: 0, object: 2 },
      ),
      ['RUS→UKR 190'],
    );
  });

  it('lets a verb that codes nothing leave the object region of the verb before it open', () => {
    assert.deepEqual(
      code(
        'Sam/PROPN Gamgee/PROPN has/AUX begun/VERB to/PART question/VERB whether/SCONJ he/PRON really/ADV has/VERB much/ADJ of/ADP a/DET future/NOUN with/ADP the/DET Morgul/PROPN Orcs/PROPN ./PUNCT',
        [
          [0, 2, 'ORCHOB'],
          [16, 18, 'MRGORC'],
        ],
      ),
      ['ORCHOB→MRGORC 212'],
    );
  });

  it('splits "between A and B, and C and D" into two coordinations, keeps "A, B and C" one', () => {
    const serial = sentence('Russia/PROPN and/CCONJ China/PROPN ,/PUNCT and/CCONJ Iran/PROPN', [
      [0, 1, 'RUS'],
      [2, 3, 'CHN'],
      [5, 6, 'IRN'],
    ]);
    assert.deepEqual(
      serial.s.actors.map((a) => a.group),
      [0, 0, 0],
    );
    const pairs = sentence(
      'between/ADP Calenardhon/PROPN and/CCONJ Gondor/PROPN ,/PUNCT and/CCONJ Gondor/PROPN and/CCONJ Dagolath/PROPN',
      [
        [1, 2, 'CAL'],
        [3, 4, 'GON'],
        [6, 7, 'GON'],
        [8, 9, 'DAG'],
      ],
    );
    assert.deepEqual(
      pairs.s.actors.map((a) => a.group),
      [0, 0, 1, 1],
    );
    const list = sentence('France/PROPN ,/PUNCT Germany/PROPN and/CCONJ Italy/PROPN', [
      [0, 1, 'FRA'],
      [2, 3, 'DEU'],
      [4, 5, 'ITA'],
    ]);
    assert.deepEqual(
      list.s.actors.map((a) => a.group),
      [0, 0, 0],
    );
  });
});
