import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../quotes/helpers.ts';

describe('sources', () => {
  it('finds "selon X" at the end of a sentence and covers what comes before it', () => {
    const text = 'Le Kremlin a rejeté la proposition de trêve, selon The Moscow Times.';
    const doc = analyse(text, 'fr', [{ name: 'The Moscow Times', type: 'ORG', forms: ['The Moscow Times'] }]);
    assert.equal(doc.sources.length, 1);
    const [s] = doc.sources;
    assert.equal(s.text, 'selon The Moscow Times');
    assert.equal(s.source?.name, 'The Moscow Times');
    assert.equal(s.covers?.text, 'Le Kremlin a rejeté la proposition de trêve');
  });

  it('finds "d\'après l\'AFP" opening a sentence and covers the rest', () => {
    const doc = analyse("D'après l'AFP, au moins douze personnes ont été arrêtées samedi à Minsk.", 'fr');
    const [s] = doc.sources;
    assert.equal(s.text, "D'après l'AFP");
    assert.equal(s.source?.name, 'AFP');
    assert.equal(s.covers?.text, 'au moins douze personnes ont été arrêtées samedi à Minsk');
  });

  it('finds an inverted reporting verb ("a rapporté le Moscow Times")', () => {
    const text = 'Loukachenko a mis en garde contre une escalade, a rapporté le Moscow Times.';
    const doc = analyse(text, 'fr', [{ name: 'The Moscow Times', type: 'ORG', forms: ['Moscow Times'] }]);
    const [s] = doc.sources;
    assert.equal(s.text, 'a rapporté le Moscow Times');
    assert.equal(s.source?.name, 'The Moscow Times');
    assert.equal(s.covers?.text, 'Loukachenko a mis en garde contre une escalade');
  });

  it('finds "according to Reuters" and "Reuters reported"', () => {
    const doc = analyse(
      'More than 1,000 people were arrested, according to Reuters. Reuters reported that the airport was closed.',
      'en',
      [{ name: 'Reuters', type: 'ORG', forms: ['Reuters'] }],
    );
    assert.deepEqual(
      doc.sources.map((s) => [s.text, s.source?.name]),
      [
        ['according to Reuters', 'Reuters'],
        ['Reuters reported', 'Reuters'],
      ],
    );
    assert.equal(doc.sources[0].covers?.text, 'More than 1,000 people were arrested');
  });

  it('finds "told the BBC" but not "told reporters"', () => {
    const doc = analyse(
      'The minister told the BBC the border would stay closed. He later told reporters nothing had changed.',
      'en',
    );
    assert.deepEqual(
      doc.sources.map((s) => s.source?.name),
      ['BBC'],
    );
  });

  it('reads a photo credit at the end of a caption', () => {
    const text =
      'Alexander Lukashenko speaks to foreign media in Minsk on February 16. Natalia Kolesnikova/AFP/Getty\nThe talks were rejected.';
    const doc = analyse(text, 'en');
    const credit = doc.sources.find((s) => s.text.includes('/'));
    assert.ok(credit);
    assert.equal(credit.text, 'Natalia Kolesnikova/AFP/Getty');
    assert.equal(credit.source?.name, 'AFP/Getty');
    assert.match(credit.covers?.text ?? '', /^Alexander Lukashenko speaks/);
  });

  it('records unnamed sources ("German officials said")', () => {
    const doc = analyse('German officials said the ban was imposed for security reasons.', 'en');
    const [s] = doc.sources;
    assert.equal(s.text, 'German officials said');
    assert.equal(s.source?.name, 'German officials');
  });

  it('does not repeat a quote speaker introduced by "selon" as a source', () => {
    const doc = analyse('Selon Jean Ping, « ils ont bombardé le quartier général pendant la nuit ».', 'fr');
    assert.equal(doc.quotes[0].speaker?.name, 'Jean Ping');
    assert.equal(doc.sources.length, 0);
  });

  it('reads a wire dateline as the source of the paragraph', () => {
    const doc = analyse(
      'WASHINGTON (Reuters) - President Joe Biden warned China on Tuesday against arming Russia.',
      'en',
    );
    const [s] = doc.sources;
    assert.equal(s.text, 'Reuters');
    assert.equal(s.source?.name, 'Reuters');
    assert.match(s.covers?.text ?? '', /^President Joe Biden warned China/);
  });

  it('keeps the outlet a speaker talked to as a source while the speaker keeps the quote', () => {
    const doc = analyse(
      '"It is a reasonable worry," a senior official told The Associated Press on Monday.',
      'en',
    );
    assert.equal(doc.quotes.find((q) => q.kind === 'direct')?.speaker?.name, 'a senior official');
    const source = doc.sources.find((s) => s.text.startsWith('told'));
    assert.match(source?.source?.name ?? '', /Associated Press/);
    assert.equal(source?.covers?.text, 'It is a reasonable worry');
  });
});
