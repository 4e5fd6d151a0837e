import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/index.ts';
import { summary } from './helpers.ts';

const coded = (text: string) => summary(analyze(text, { language: 'en', published: '2024-05-14' }).events);

describe('events: a subject naming no actor', () => {
  it('codes nothing when a common noun is the subject ("the inquiry supported")', () => {
    const events = coded("Brazil's foreign minister said the inquiry supported Argentina's position.");
    assert.ok(!events.some((e) => e.endsWith(' 050')), events.join(', '));
  });

  it('does not lend the reporting clause\'s actor to a reported one ("a witness accused")', () => {
    const events = coded('Police in Peru said a witness accused Chilean officials of fraud.');
    assert.ok(!events.some((e) => e.endsWith(' 112')), events.join(', '));
  });

  it('takes the object before a complement verb as its subject ("seeking documents allowing")', () => {
    const events = coded('Spain is seeking documents allowing Moroccan officials to enter Ceuta.');
    assert.ok(!events.some((e) => e.startsWith('ESP')), events.join(', '));
  });

  it('codes nothing when a relative pronoun stands for such a noun ("the plan, which threatens")', () => {
    const events = coded('Greece criticised the plan, which threatens Cyprus.');
    assert.ok(!events.some((e) => e.endsWith(' 130')), events.join(', '));
    assert.ok(coded('Greece criticised Turkey, which threatens Cyprus.').includes('TUR→CYP 130'));
  });

  it('keeps events whose subject is an actor', () => {
    assert.ok(coded('Kenya urged Somalia to release the prisoners.').includes('KEN→SOM 020'));
  });
});

describe('events: a party of a consultation', () => {
  it('is not the owner of what a naming verb names ("called Beijing\'s plan a provocation")', () => {
    const events = coded("Japan's defence minister called Beijing's plan a provocation.");
    assert.ok(!events.some((e) => e.endsWith(' 041')), events.join(', '));
  });

  it('is still the object itself ("met the Chinese president")', () => {
    assert.ok(
      coded('The Japanese prime minister met Xi Jinping in Beijing on Monday.').some((e) =>
        e.endsWith(' 040'),
      ),
    );
  });
  it('keeps the owner as the host of a visit ("visited Iran\'s capital")', () => {
    const events = coded("The Chinese foreign minister visited Iran's capital on Monday.");
    assert.ok(events.includes('CHNGOV→IRN 042'), events.join(', '));
  });
});

describe('events: a reported use of force', () => {
  it('is a claim, not an accusation, when the state reports its own forces', () => {
    const events = coded(
      'The Russian government said in a statement: "Russian troops killed dozens of Ukrainian soldiers near Bakhmut."',
    );
    assert.ok(!events.some((e) => e.endsWith(' 112')), events.join(', '));
  });

  it('is an accusation when another state reports it', () => {
    const events = coded(
      'The Ukrainian government said in a statement: "Russian troops killed dozens of Ukrainian civilians near Bakhmut."',
    );
    assert.ok(events.includes('UKRGOV→RUSMIL 112'), events.join(', '));
  });
});
