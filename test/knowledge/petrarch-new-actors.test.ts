import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Token } from '../../src/document/types.ts';
import type { PhraseSlot } from '../../src/knowledge/petrarch/actor-finder.ts';
import { newActorSlots } from '../../src/knowledge/petrarch/new-actors.ts';

/** Tokens from "word/UPOS/deprel>head" items (head: index in the sentence, - for the root). */
function parsed(spec: string, offset = 0): Token[] {
  let start = 0;
  return spec.split(' ').map((item, i) => {
    const [text, upos, rest] = item.split('/');
    const [deprel, head] = rest.split('>');
    const token: Token = {
      start,
      end: start + text.length,
      index: offset + i,
      sentence: 0,
      text,
      upos,
      deprel,
      head: head === '-' ? -1 : offset + Number(head),
    };
    start += text.length + 1;
    return token;
  });
}

const known = (first: number, end: number, actor: string): PhraseSlot => ({
  first,
  end,
  ref: { name: actor, actor },
  group: 0,
});

// "Gryffindor's head Minerva McGonagall left for the Ministry of Magic on Wednesday."
const LEFT = parsed(
  "Gryffindor/PROPN/nmod:poss>2 's/PART/case>0 head/NOUN/nsubj>5 Minerva/PROPN/nsubj>5 McGonagall/PROPN/flat>3 " +
    'left/VERB/root>- for/ADP/case>8 the/DET/det>8 Ministry/PROPN/obl>5 of/ADP/case>10 Magic/PROPN/nmod>8 ' +
    'on/ADP/case>12 Wednesday/PROPN/obl>5 ./PUNCT/punct>5',
  40,
);

describe("PETRARCH's new actors from unknown noun phrases (new_actor_length)", () => {
  it('codes an argument phrase naming no actor by its words, possessive marker and preposition left out', () => {
    const codes = newActorSlots(LEFT, [], 4).map((s) => `${s.first}-${s.end} ${s.ref.actor}`);
    assert.deepEqual(codes, [
      '0-5 "GRYFFINDOR HEAD MINERVA MCGONAGALL"',
      '7-11 "THE MINISTRY OF MAGIC"',
      '12-13 "WEDNESDAY"',
    ]);
  });

  it('keeps phrases longer than the option allows, and all phrases when it is 0', () => {
    assert.deepEqual(
      newActorSlots(LEFT, [], 3).map((s) => s.ref.actor),
      ['"WEDNESDAY"'],
    );
    assert.deepEqual(newActorSlots(LEFT, [], 0), []);
  });

  it('leaves a phrase with a known actor inside to that actor, but codes a coordinated noun of its own', () => {
    // "Eriador's death and injury toll has risen in the dispute with Osgiliath."
    const risen = parsed(
      "Eriador/PROPN/nmod:poss>2 's/PART/case>0 death/NOUN/nsubj>7 and/CCONJ/cc>4 injury/NOUN/conj>2 " +
        'toll/NOUN/conj>2 has/AUX/aux>7 risen/VERB/root>- in/ADP/case>10 the/DET/det>10 dispute/NOUN/obl>7 ' +
        'with/ADP/case>12 Osgiliath/PROPN/nmod>10 ./PUNCT/punct>7',
    );
    const slots = newActorSlots(risen, [known(0, 1, 'ERI'), known(12, 13, 'OSG')], 4);
    assert.deepEqual(
      slots.map((s) => `${s.first}-${s.end} ${s.ref.actor}`),
      ['4-6 "INJURY TOLL"'],
    );
  });
});
