import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, quoted } from './helpers.ts';

describe('quotes (English)', () => {
  it('finds a curly-quoted statement with the speaker after it', () => {
    const [q] = quoted(
      analyse(
        '“We will not accept any ceasefire that freezes the front line,” Jens Stoltenberg said on Tuesday.',
        'en',
      ),
    );
    assert.equal(q.text, 'We will not accept any ceasefire that freezes the front line,');
    assert.equal(q.kind, 'direct');
    assert.equal(q.speaker?.name, 'Jens Stoltenberg');
  });

  it('takes the speaker from a verb before the quote', () => {
    const [q] = quoted(
      analyse(
        'At a rally in Ankara, Recep Tayyip Erdogan said, "The museum will become a mosque again."',
        'en',
      ),
    );
    assert.equal(q.speaker?.name, 'Recep Tayyip Erdogan');
  });

  it('handles inverted "said a protester" and a name introduced by a role', () => {
    const [q] = quoted(analyse('"Nobody listens to us anymore," said student activist Joshua Wong.', 'en'));
    assert.equal(q.speaker?.name, 'Joshua Wong');
  });

  it('splits a quote interrupted by the attribution into two pieces with the same speaker', () => {
    const qs = quoted(
      analyse('"What worries me most," Hatice Cengiz said, "is that nobody will be punished."', 'en'),
    );
    assert.equal(qs.length, 2);
    assert.deepEqual(
      qs.map((q) => q.speaker?.name),
      ['Hatice Cengiz', 'Hatice Cengiz'],
    );
  });

  it('resolves "she said" to the woman named in the previous sentence', () => {
    const text =
      'Agnès Callamard, the UN special rapporteur, urged patience. "Justice takes time and the evidence is overwhelming," she said.';
    const [q] = quoted(analyse(text, 'en'));
    assert.equal(q.speaker?.name, 'Agnès Callamard');
    assert.equal(q.speaker?.mention?.text, 'she');
  });

  it('resolves a description ("the Belarusian leader") to the person named earlier', () => {
    const text =
      'Alexander Lukashenko met foreign reporters in Minsk on Friday. "We must stop now," the Belarusian leader said.';
    const [q] = quoted(analyse(text, 'en'));
    assert.equal(q.speaker?.name, 'Alexander Lukashenko');
  });

  it('continues the previous speaker for a quote with no cue', () => {
    const text =
      '"The bill will be withdrawn," Carrie Lam said in a televised address. "There have been chaotic scenes at the airport."';
    const qs = quoted(analyse(text, 'en'));
    assert.equal(qs[1].speaker?.name, 'Carrie Lam');
  });

  it('splits a quote running over paragraphs into one quote per paragraph with one speaker', () => {
    const text =
      'Mike Pompeo said: "The airline carries weapons across the region.\n"It must be stopped everywhere in Europe."';
    const qs = quoted(analyse(text, 'en'));
    assert.deepEqual(
      qs.map((q) => q.text),
      ['The airline carries weapons across the region.', 'It must be stopped everywhere in Europe.'],
    );
    assert.deepEqual(
      qs.map((q) => q.speaker?.name),
      ['Mike Pompeo', 'Mike Pompeo'],
    );
  });

  it('attributes a partial quote after a labelling verb', () => {
    const [q] = quoted(
      analyse(
        'Adil Abdul-Mahdi condemned the strike, calling it "an aggression on Iraq" and a breach of sovereignty.',
        'en',
      ),
    );
    assert.equal(q.text, 'an aggression on Iraq');
    assert.equal(q.kind, 'partial');
    assert.equal(q.speaker?.name, 'Adil Abdul-Mahdi');
  });

  it('takes the subject of a colon introduction', () => {
    const text =
      'Ali Khamenei ordered three days of mourning. In his message, he praised the general: "He was a stellar example."';
    const [q] = quoted(analyse(text, 'en'));
    assert.equal(q.speaker?.name, 'Ali Khamenei');
  });

  it('resolves an organisation speaker ("it said") through the entity layer', () => {
    const text =
      'The Pentagon confirmed the strike on Friday. "This was a defensive action," it said in a statement.';
    const doc = analyse(text, 'en', [
      { name: 'United States Department of Defense', type: 'ORG', forms: ['Pentagon'] },
    ]);
    assert.equal(quoted(doc)[0].speaker?.name, 'United States Department of Defense');
  });

  it('reads single curly quotes and German-style „ “ marks', () => {
    const qs = quoted(
      analyse('Olaf Scholz said: ‘We stand with Ukraine.’ Later he added: „Wir bleiben standhaft.“', 'en'),
    );
    assert.deepEqual(
      qs.map((q) => q.text),
      ['We stand with Ukraine.', 'Wir bleiben standhaft.'],
    );
    assert.equal(qs[1].speaker?.name, 'Olaf Scholz');
  });

  it('does not mistake apostrophes for quotation marks', () => {
    const doc = analyse('The minister’s plan didn’t convince the opposition’s leaders.', 'en');
    assert.equal(quoted(doc).length, 0);
  });

  it('leaves out titles of works', () => {
    assert.equal(
      quoted(analyse('The documentary "The Kingdom Of Silence" premiered in New York.', 'en')).length,
      0,
    );
  });

  it('finds indirect speech with and without "that"', () => {
    const doc = analyse(
      'Dmitry Peskov said the talks would not resume. Lavrov insisted that Moscow had no plans to withdraw.',
      'en',
    );
    const indirect = doc.quotes.filter((q) => q.kind === 'indirect');
    assert.deepEqual(
      indirect.map((q) => [q.speaker?.name, q.text]),
      [
        ['Dmitry Peskov', 'the talks would not resume'],
        ['Lavrov', 'Moscow had no plans to withdraw'],
      ],
    );
  });

  it('keeps "told reporters/the BBC" as the addressee and resolves a role description to the name with that role', () => {
    const text =
      'Ukrainian President Volodymyr Zelensky spoke on Monday. Defense Secretary Lloyd Austin arrived in Kyiv. "We are ready to help," he told reporters. "We do not know yet," the president told the BBC.';
    const qs = quoted(analyse(text, 'en'));
    assert.deepEqual(
      qs.map((q) => q.speaker?.name),
      ['Lloyd Austin', 'Volodymyr Zelensky'],
    );
  });

  it('finds indirect speech attributed at the end of the sentence', () => {
    const doc = analyse(
      'Arnor will restore full diplomatic ties with Gondor next month, a senior official said on Saturday.',
      'en',
    );
    const indirect = doc.quotes.filter((q) => q.kind === 'indirect');
    assert.equal(indirect.length, 1);
    assert.equal(indirect[0].text, 'Arnor will restore full diplomatic ties with Gondor next month');
    assert.equal(indirect[0].speaker?.name, 'a senior official');
  });

  it('skips an organisation and a role before an inverted name, and lets a participle share its subject', () => {
    const text =
      'The Pentagon confirmed the deployment on Monday. "We will respond," said Pentagon spokesman John Kirby, adding that "all options are on the table."';
    assert.deepEqual(
      quoted(analyse(text, 'en')).map((q) => q.speaker?.name),
      ['John Kirby', 'John Kirby'],
    );
  });
});
