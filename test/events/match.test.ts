import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVerbDictionary } from '../../src/knowledge/petrarch/verbs.ts';
import { Lexicon, tokenForms } from '../../src/stages/events/lexicon.ts';
import { type ActorSlot, type CodingSentence, PatternMatcher } from '../../src/stages/events/match.ts';

const DICT = `
&AID
+AID
+HUMANITARIAN_ASSISTANCE

--- PROVIDE  [070]  ---
PROVIDE
- * &AID  [073]
- * MILITARY &AID  [072]
- * $ WITH AID  [075]
- + OFFICIALS_* [071]
`;

function sentence(words: string[], actors: [number, number, string][]): CodingSentence {
  const slots: ActorSlot[] = actors.map(([first, end, code], group) => ({
    first,
    end,
    ref: { name: code, actor: code },
    group,
  }));
  return { forms: words.map((w) => tokenForms(w)), actors: slots };
}

describe('PETRARCH pattern matching', () => {
  const dict = parseVerbDictionary(DICT);
  const lexicon = new Lexicon([dict], 'en');
  const patterns = dict.blocks[0].patterns;

  it('finds words and synset phrases after the verb, with gaps', () => {
    const s = sentence(
      ['France', 'provided', 'Mali', 'with', 'humanitarian', 'assistance'],
      [
        [0, 1, 'FRA'],
        [2, 3, 'MLI'],
      ],
    );
    const best = new PatternMatcher(lexicon, s, 0, s.forms.length).best(patterns, 1, 2);
    assert.equal(best?.pattern.code, '073');
  });

  it('prefers the most specific pattern', () => {
    const s = sentence(['France', 'provided', 'military', 'aid'], [[0, 1, 'FRA']]);
    assert.equal(new PatternMatcher(lexicon, s, 0, s.forms.length).best(patterns, 1, 2)?.pattern.code, '072');
  });

  it('binds $ to the actor where the pattern puts it', () => {
    const s = sentence(['Aid', 'was', 'provided', 'Mali', 'with', 'aid'], [[3, 4, 'MLI']]);
    const best = new PatternMatcher(lexicon, s, 0, s.forms.length).best(patterns, 2, 3);
    assert.equal(best?.pattern.code, '075');
    assert.equal(best?.source?.ref.actor, 'MLI');
  });

  it('requires words joined by _ to touch the verb', () => {
    const near = sentence(['Mali', 'officials', 'provide', 'tents'], [[0, 1, 'MLI']]);
    const far = sentence(['Mali', 'officials', 'today', 'provide', 'tents'], [[0, 1, 'MLI']]);
    const nearMatch = new PatternMatcher(lexicon, near, 0, near.forms.length).best(patterns, 2, 3);
    assert.equal(nearMatch?.pattern.code, '071');
    assert.equal(nearMatch?.target?.ref.actor, 'MLI');
    assert.equal(new PatternMatcher(lexicon, far, 0, far.forms.length).best(patterns, 3, 4), undefined);
  });

  it('stays inside its window', () => {
    const s = sentence(['France', 'provided', 'tents', ';', 'aid', 'came', 'later'], [[0, 1, 'FRA']]);
    assert.equal(new PatternMatcher(lexicon, s, 0, 3).best(patterns, 1, 2), undefined);
  });
});

describe('PETRARCH pattern matching: the object of a preposition', () => {
  const dict = parseVerbDictionary(`
--- WITHDRAW  [---]  ---
WITHDRAW
- * FROM +  [0874]
`);
  const lexicon = new Lexicon([dict], 'en');
  const patterns = dict.blocks[0].patterns;
  const prepositions = new Set(['FROM', 'WITH', 'OF']);
  const matcher = (s: CodingSentence) =>
    new PatternMatcher(lexicon, s, 0, s.forms.length, {
      determiner: (p) => s.forms[p]?.[0] === 'A',
      preposition: (p) => prepositions.has(s.forms[p]?.[0] ?? ''),
    });

  it('binds the actor right after the preposition, across its determiners and adjectives', () => {
    const s = sentence(
      ['Chad', 'withdrew', 'troops', 'from', 'a', 'northern', 'Niger'],
      [
        [0, 1, 'TCD'],
        [6, 7, 'NER'],
      ],
    );
    assert.equal(matcher(s).best(patterns, 1, 2)?.target?.ref.actor, 'NER');
  });

  it('does not reach an actor nested in a further prepositional phrase', () => {
    const s = sentence(
      ['Chad', 'withdrew', 'troops', 'from', 'a', 'pact', 'with', 'Niger'],
      [
        [0, 1, 'TCD'],
        [7, 8, 'NER'],
      ],
    );
    assert.equal(matcher(s).best(patterns, 1, 2), undefined);
  });
});
