import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml, looksLikeHtml } from '../../src/input/html.ts';
import { decodeText } from '../../src/input/read.ts';
import { InputError } from '../../src/pipeline/stage.ts';

test('HTML is recognised and reduced to its article paragraphs', () => {
  const html = `<html><head><title>Site | Rubrique</title><meta property="article:published_time" content="2024-01-05T08:00:00+01:00"><meta property="og:site_name" content="La Gazette"></head>
  <body><nav><a href="/">Accueil</a></nav><article><h1>Le sommet est annulé</h1>
  <p>Le sommet prévu à Genève a été annulé lundi, a annoncé la présidence dans un communiqué publié en fin de journée.</p>
  <p>« Les conditions ne sont pas réunies », a déclaré le porte-parole du gouvernement devant la presse réunie au palais.</p>
  <p>Une nouvelle date doit être fixée dans les prochaines semaines, selon plusieurs sources diplomatiques interrogées.</p></article>
  <footer>Mentions légales</footer></body></html>`;
  assert.ok(looksLikeHtml(html));
  const page = extractHtml(html);
  assert.equal(page.published, '2024-01-05');
  assert.equal(page.outlet, 'La Gazette');
  const lines = page.text.trim().split('\n');
  assert.ok(lines.some((l) => l.startsWith('Le sommet prévu à Genève')));
  assert.ok(lines.some((l) => l.startsWith('« Les conditions')));
  assert.doesNotMatch(page.text, /Accueil|Mentions légales|<p>/);
});

test('plain text with a stray angle bracket is not HTML', () => {
  assert.equal(looksLikeHtml('Le score était de 3 < 5 selon les arbitres.'), false);
});

test('decoding rejects empty, binary and accepts UTF-8 and Latin-1 text', () => {
  assert.throws(() => decodeText(Buffer.alloc(0), 'x'), InputError);
  assert.throws(() => decodeText(Buffer.from([1, 2, 0, 4]), 'x'), /binary/);
  assert.equal(decodeText(Buffer.from('trêve', 'utf8'), 'x'), 'trêve');
  assert.equal(decodeText(Buffer.from('trêve', 'latin1'), 'x'), 'trêve');
});
