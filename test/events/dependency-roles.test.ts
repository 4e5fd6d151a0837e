import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Token } from '../../src/document/types.ts';
import { cuesFor } from '../../src/stages/events/cues.ts';
import { CombinedRoles, DependencyRoles } from '../../src/stages/events/dependency-roles.ts';
import { tokenForms } from '../../src/stages/events/lexicon.ts';
import type { ActorSlot, CodingSentence } from '../../src/stages/events/match.ts';
import { LinearRoles } from '../../src/stages/events/roles.ts';

/** Hand-parsed words, "form/UPOS/deprel>head" (head -1 for the root); every name but `nonActors` is an actor. */
function parsed(
  words: string,
  nonActors: string[] = [],
): { sentence: CodingSentence; tokens: Token[]; upos: string[] } {
  const rows = words.split(' ').map((w) => {
    const [form, upos, rel] = w.split('/');
    const [deprel, head] = rel.split('>');
    return { form, upos, deprel, head: Number(head) };
  });
  let at = 0;
  const tokens: Token[] = rows.map((r, index) => {
    const start = at;
    at += r.form.length + 1;
    return {
      index,
      sentence: 0,
      start,
      end: start + r.form.length,
      text: r.form,
      upos: r.upos,
      deprel: r.deprel,
      head: r.head,
    };
  });
  const actors: ActorSlot[] = [];
  rows.forEach((r, i) => {
    if (r.upos === 'PROPN' && !nonActors.includes(r.form))
      actors.push({
        first: i,
        end: i + 1,
        ref: { name: r.form, actor: r.form.slice(0, 3).toUpperCase() },
        group: i,
      });
  });
  return {
    sentence: { forms: rows.map((r) => tokenForms(r.form)), actors },
    tokens,
    upos: rows.map((r) => r.upos),
  };
}

const cues = cuesFor('en');
const nameOf = (slot?: ActorSlot) => slot?.ref.name;

function combined(words: string, trigger: number, nonActors: string[] = []) {
  const { sentence, tokens, upos } = parsed(words, nonActors);
  const linear = new LinearRoles(sentence, cues, [trigger], (p) => upos[p]);
  return new CombinedRoles(new DependencyRoles(sentence, tokens, cues), linear).roles({
    first: trigger,
    end: trigger + 1,
  });
}

describe('events: roles from a parse', () => {
  it('does not take a misparsed date oblique for a subject naming no actor ("Kenya on Monday signed")', () => {
    // The parse made "Monday" (with its own "on") the subject and left "Kenya" dangling.
    const roles = combined(
      'Kenya/PROPN/dislocated>3 on/ADP/case>2 Monday/NOUN/nsubj>3 signed/VERB/root>-1 a/DET/det>5 pact/NOUN/obj>3 with/ADP/case>7 Uganda/PROPN/obl>3',
      3,
    );
    assert.equal(nameOf(roles.subject), 'Kenya');
    assert.equal(nameOf(roles.object), 'Uganda');
  });

  it('still lets a subject naming no actor block the nearest actor ("Kenya said Acme signed")', () => {
    const roles = combined(
      'Kenya/PROPN/nsubj>1 said/VERB/root>-1 Acme/PROPN/nsubj>3 signed/VERB/ccomp>1 a/DET/det>5 pact/NOUN/obj>3 with/ADP/case>7 Uganda/PROPN/obl>3',
      3,
      ['Acme'],
    );
    assert.equal(roles.subject, undefined);
  });

  it('takes a noun object right before a complement clause as its subject ("believes the general ordered")', () => {
    const roles = combined(
      'Canada/PROPN/nsubj>1 believes/VERB/root>-1 the/DET/det>3 general/NOUN/obj>1 ordered/VERB/ccomp>1 Chile/PROPN/obj>4',
      4,
    );
    assert.equal(roles.subject, undefined);
    assert.equal(nameOf(roles.object), 'Chile');
  });

  it('does not take a setting the parse hung on the subject phrase for its actor ("In Yangon, thousands of protesters")', () => {
    const { sentence, tokens } = parsed(
      'In/ADP/case>1 Yangon/PROPN/obl>3 ,/PUNCT/punct>1 thousands/NOUN/nsubj>6 of/ADP/case>5 protesters/NOUN/nmod>3 marched/VERB/root>-1',
    );
    sentence.actors[0].place = true;
    sentence.actors.push({ first: 5, end: 6, ref: { name: 'protesters', actor: 'MMRCVL' }, group: 5 });
    const roles = new DependencyRoles(sentence, tokens, cues).roles({ first: 6, end: 7 });
    assert.equal(nameOf(roles.subject), 'protesters');
  });

  it('reads the actor of an object noun from its "that" clause, not from a deeper oblique', () => {
    const { sentence, tokens } = parsed(
      'Egypt/PROPN/nsubj>1 voiced/VERB/root>-1 hope/NOUN/obj>1 that/SCONJ/mark>6 Ethiopia/PROPN/nsubj>6 would/AUX/aux>6 resume/VERB/acl>2 talks/NOUN/obj>6 with/ADP/case>9 Sudan/PROPN/obl>6',
    );
    const roles = new DependencyRoles(sentence, tokens, cues).roles({ first: 1, end: 2 });
    assert.equal(nameOf(roles.subject), 'Egypt');
    assert.equal(nameOf(roles.object), 'Ethiopia');
  });
});

describe('events: linear subjects after a preposition', () => {
  const subject = (words: string[], upos: string[], trigger: number) => {
    const sentence: CodingSentence = {
      forms: words.map((w) => tokenForms(w)),
      actors: upos.flatMap((u, i) =>
        u === 'PROPN' ? [{ first: i, end: i + 1, ref: { name: words[i], actor: words[i] }, group: i }] : [],
      ),
    };
    return nameOf(
      new LinearRoles(sentence, cues, [trigger], (p) => upos[p]).roles({ first: trigger, end: trigger + 1 })
        .subject,
    );
  };

  it('takes an actor right after a conjunction-like preposition as the subject ("after Chad accused")', () => {
    assert.equal(
      subject(
        ['talks', 'stalled', 'after', 'Chad', 'accused', 'Niger'],
        ['NOUN', 'VERB', 'ADP', 'PROPN', 'VERB', 'PROPN'],
        4,
      ),
      'Chad',
    );
  });

  it('does not after a plain preposition ("the dispute with Chad threatened")', () => {
    assert.equal(
      subject(
        ['the', 'dispute', 'with', 'Chad', 'threatened', 'Niger'],
        ['DET', 'NOUN', 'ADP', 'PROPN', 'VERB', 'PROPN'],
        4,
      ),
      undefined,
    );
  });
});
