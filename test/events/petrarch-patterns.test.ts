import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../src/document/doc.ts';
import { ActorPhraseFinder } from '../../src/knowledge/petrarch/actor-finder.ts';
import { parseActorDictionary } from '../../src/knowledge/petrarch/actors.ts';
import { parseAgentDictionary } from '../../src/knowledge/petrarch/agents.ts';
import { parseVerbDictionary } from '../../src/knowledge/petrarch/verbs.ts';
import { codeSentence } from '../../src/stages/events/coder.ts';
import { cuesFor } from '../../src/stages/events/cues.ts';
import { CombinedRoles, DependencyRoles } from '../../src/stages/events/dependency-roles.ts';
import { Lexicon, tokenForms } from '../../src/stages/events/lexicon.ts';
import { type ActorSlot, type CodingSentence, PatternMatcher } from '../../src/stages/events/match.ts';
import { LinearRoles } from '../../src/stages/events/roles.ts';
import { groupCoordinations } from '../../src/stages/events/sentence.ts';
import { normalise } from '../../src/stages/normalise/index.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { syntax } from '../../src/stages/syntax/index.ts';

const VERBS = `
--- CELEBRATE  [181] ---
CELEBRATE
- * IFTAR IN ^ +  [045]
- * TABASKI ^ $ [042]
- + HOSTING * TABASKI ^ $ [042]

--- WARN  [160] ---
WARN
- * AT ^ +  [162]

--- REGRET  [111] ---
REGRET  {REGRETTED REGRETS}
- NOTED + *  [115]

--- CONFISCATE  [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- WILL NOT * [081]
`;

const ACTORS = `
ARNOR_  [ARN]
GONDOR [GON]
OSGILIATH  [OSG]
ERIADOR  [ERI]
MORDOR  [MOR]
CIRITH UNGOL  [MORMIL]
PRINCE OF DOL AMROTH  [DOL]
`;

const AGENTS = `
PRIME_MINISTER  [~GOV]
SOLDIER  [~MIL]
`;

const dictionary = parseVerbDictionary(VERBS);
const lexicon = new Lexicon([dictionary], 'en');
const cues = cuesFor('en');
const finder = new ActorPhraseFinder(parseActorDictionary(ACTORS), parseAgentDictionary(AGENTS));

/** Codes a sentence as eval:petrarch does: relata's tokenizer and parser, dictionary actors. */
function code(text: string): string[] {
  const doc = new Doc(text, { language: 'en', published: '1995-01-01' });
  for (const stage of [normalise, segment, syntax]) stage.run(doc);
  const tokens = doc.tokens;
  const forms = tokens.map((t) => tokenForms(t.text, t.lemma));
  const upos = (p: number) => tokens[p]?.upos;
  const actors = finder.find(forms, '1995-01-01', (s) => groupCoordinations(s, forms, cues, upos), upos);
  const events = codeSentence(
    { forms, actors },
    {
      lexicon,
      cues,
      requireTarget: true,
      upos,
      roleFinder: (s, starts) =>
        new CombinedRoles(new DependencyRoles(s, tokens, cues), new LinearRoles(s, cues, starts, upos)),
    },
  );
  return events.map((e) => `${e.source?.ref.actor}→${e.target?.ref.actor} ${e.code}`);
}

function hand(words: string[], actors: [number, number, string][]): CodingSentence {
  const slots: ActorSlot[] = actors.map(([first, end, code], group) => ({
    first,
    end,
    ref: { name: code, actor: code },
    group,
  }));
  return { forms: words.map((w) => tokenForms(w)), actors: slots };
}

const openers = (s: CodingSentence) => ({
  determiner: (p: number) => cues.any('determiner', s.forms[p] ?? []),
  preposition: (p: number) => cues.any('preposition', s.forms[p] ?? []),
});

describe('PETRARCH pattern semantics', () => {
  it('reads ^ as the noun phrase right after the previous element, actors included', () => {
    const warn = dictionary.blocks[1].patterns;
    // "* AT ^ +": "the Gondor" is skipped, the target is the Prince.
    const s = hand(
      ['Denmark', 'warned', 'at', 'the', 'Gondor', 'of', 'the', 'Prince', 'of', 'Dol', 'Amroth'],
      [
        [0, 1, 'DNK'],
        [4, 5, 'GON'],
        [7, 11, 'DOL'],
      ],
    );
    const m = new PatternMatcher(lexicon, s, 0, s.forms.length, openers(s)).best(warn, 1, 2);
    assert.equal(m?.target?.ref.actor, 'DOL');
    // "TABASKI ^ $": the preposition opening the skipped phrase goes with it.
    const celebrate = dictionary.blocks[0].patterns;
    const t = hand(
      ['Mordor', 'will', 'celebrate', 'Tabaski', 'with', 'Eriador', 'next', 'week', 'at', 'Cirith', 'Ungol'],
      [
        [0, 1, 'MOR'],
        [5, 6, 'ERI'],
        [9, 11, 'MORMIL'],
      ],
    );
    const n = new PatternMatcher(lexicon, t, 0, t.forms.length, openers(t)).best(celebrate, 2, 3);
    assert.equal(n?.source?.ref.actor, 'MORMIL');
  });

  it('does not let ^ skip a phrase further on than the next one', () => {
    const celebrate = dictionary.blocks[0].patterns;
    const s = hand(
      ['Arnor', 'celebrated', 'Iftar', 'in', 'Osgiliath', 'with', 'Gondor'],
      [
        [0, 1, 'ARN'],
        [4, 5, 'OSG'],
        [6, 7, 'GON'],
      ],
    );
    const m = new PatternMatcher(lexicon, s, 0, s.forms.length, openers(s)).best(celebrate, 1, 2);
    assert.equal(m?.target?.ref.actor, 'GON');
  });

  it('takes the source before the pattern when + before the verb binds its subject', () => {
    assert.deepEqual(
      code("Gondor's Prime Minister Falastur noted that Cirith Ungol regretted Eriador's refusal to talk."),
      ['GONGOV→MORMIL 115'],
    );
  });

  it("keeps a pattern's own source and target even when the target is the source's country", () => {
    assert.deepEqual(
      code('Mordor will be hosting Osgiliath to celebrate Tabaski with Eriador next week at Cirith Ungol.'),
      ['MORMIL→MOR 042'],
    );
  });

  it('codes a multi-word verb whose verb word the tagger reads as a noun', () => {
    assert.deepEqual(
      code('Soldiers from Gondor will not wire tap the communication links leading into Mordor.'),
      ['GONMIL→MOR 081'],
    );
  });
});
