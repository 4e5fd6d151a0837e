import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { GOLD, NEEDS_SHARED, ROOT, relata, SHARED, tempDir } from '../helpers.ts';

const projectSchema = JSON.parse(readFileSync(join(ROOT, 'contract/analysis.schema.json'), 'utf8'));
const sharedSchema = NEEDS_SHARED
  ? {}
  : JSON.parse(readFileSync(join(SHARED, 'contract/analysis.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateProject = ajv.compile<Record<string, any>>(projectSchema);
const validateShared = new Ajv2020({ allErrors: true, strict: false }).compile<Record<string, any>>(
  sharedSchema,
);

test('the project contract stays compatible with the shared one', { skip: NEEDS_SHARED }, () => {
  assert.deepEqual(projectSchema.required, sharedSchema.required);
  for (const key of Object.keys(sharedSchema.properties))
    assert.ok(projectSchema.properties[key], `missing ${key}`);
});

test('analyze --format json prints one object that validates against the contract', {
  skip: NEEDS_SHARED,
}, () => {
  const r = relata([
    'analyze',
    join(GOLD, 'fr-kremlin-belarus-talks.txt'),
    '--published',
    '2023-03-31',
    '--format',
    'json',
  ]);
  assert.equal(r.status, 0, r.stderr);
  const analysis = JSON.parse(r.stdout);
  assert.ok(validateProject(analysis), JSON.stringify(validateProject.errors));
  assert.ok(validateShared(analysis), JSON.stringify(validateShared.errors));
  assert.equal(analysis.document.language, 'fr');
  assert.equal(analysis.document.published, '2023-03-31');
  const text: string = analysis.document.text;
  for (const layer of ['quotes', 'dates', 'places', 'sources', 'events']) {
    for (const item of analysis[layer]) {
      assert.ok(
        item.start >= 0 && item.end <= text.length && item.start < item.end,
        `${layer} span out of range`,
      );
      if (layer !== 'quotes' && layer !== 'events') assert.equal(text.slice(item.start, item.end), item.text);
    }
  }
});

test('analyze reads HTML and keeps its title and publication date', () => {
  const r = relata(['analyze', 'samples/en/trade-talks.html']);
  assert.equal(r.status, 0, r.stderr);
  const analysis = JSON.parse(r.stdout);
  assert.equal(analysis.document.language, 'en');
  assert.equal(analysis.document.published, '2024-04-19');
  assert.equal(analysis.document.title, 'Washington and Beijing agree to resume trade talks');
  assert.doesNotMatch(analysis.document.text, /<p>|Accueil|©/);
  assert.ok(validateProject(analysis));
});

test('analyze reads standard input and honours --language', () => {
  const r = relata(['analyze', '-', '--language', 'en', '--format', 'text'], {
    input: 'Paris is a city. It is large.',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /language en/);
  assert.match(r.stdout, /Who said what/);
});

test('bad input gets one clear line on stderr and a non-zero exit', () => {
  const dir = tempDir();
  const cases: [string, Buffer | string, RegExp][] = [
    ['empty.txt', '', /is empty/],
    ['binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]), /binary/],
    [
      'german.txt',
      'Der Kreml hat am Freitag einen Vorschlag für Friedensgespräche abgelehnt, sagte ein Sprecher.',
      /unsupported language/,
    ],
    ['short.txt', 'ok', /could not detect the language/],
  ];
  for (const [name, content, message] of cases) {
    writeFileSync(join(dir, name), content);
    const r = relata(['analyze', join(dir, name)]);
    assert.notEqual(r.status, 0, name);
    assert.match(r.stderr, message, name);
    assert.equal(r.stderr.trim().split('\n').length, 1, `${name}: ${r.stderr}`);
    assert.equal(r.stdout, '', name);
  }
});

test('a 50 MB file, an unreadable path, bad flags: one line each, non-zero exit', () => {
  const dir = tempDir();
  const big = join(dir, 'big.txt');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
  const runs: [string[], RegExp][] = [
    [['analyze', big], /too large/],
    [['analyze', join(dir, 'missing.txt')], /cannot read .*ENOENT/],
    [['analyze', dir], /is a directory/],
    [['analyze', 'samples/en/port-strike.txt', '--published', '2024-13-01'], /--published must be a date/],
    [['analyze', 'samples/en/port-strike.txt', '--published', 'yesterday'], /--published must be a date/],
    [['analyze', 'samples/en/port-strike.txt', '--language', 'de'], /--language must be/],
    [['analyze', 'samples/en/port-strike.txt', '--format', 'xml'], /--format must be/],
    [['analyze', 'samples/en/port-strike.txt', '--colour'], /Unknown option/],
    [['frobnicate'], /unknown command/],
  ];
  for (const [args, message] of runs) {
    const r = relata(args);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});
