import { fakeKey } from '@keylint/core/testing';
import { describe, expect, it } from 'vitest';
import { envFileFacts, locateFinding, mediumForEnvFile, parseDotenv } from '../../src/index.js';

describe('parseDotenv spans', () => {
  it('records export, key, separator, quoted value and inline comment', () => {
    const text = 'export  OPENAI_API_KEY = "a\\nb" # note\r\n';
    const [entry] = parseDotenv(text).entries;
    expect(entry).toMatchObject({ key: 'OPENAI_API_KEY', value: 'a\nb', rawValue: ' "a\\nb"', quote: '"', line: 1, endLine: 1 });
    const slice = (span: { start: number; end: number } | undefined) => (span === undefined ? undefined : text.slice(span.start, span.end));
    expect(slice(entry?.exportSpan)).toBe('export  ');
    expect(slice(entry?.keySpan)).toBe('OPENAI_API_KEY');
    expect(slice(entry?.separatorSpan)).toBe('=');
    expect(slice(entry?.commentSpan)).toBe('# note');
  });

  it('numbers multi-line values by their key line and ends them on the closing quote line', () => {
    const document = parseDotenv('A=1\nPEM="line one\nline two"\nB=2\n');
    expect(document.entries.map((entry) => [entry.key, entry.line, entry.endLine, entry.value])).toEqual([
      ['A', 1, 1, '1'],
      ['PEM', 2, 3, 'line one\nline two'],
      ['B', 4, 4, '2'],
    ]);
  });

  it('keeps a BOM out of line 1 columns', () => {
    const document = parseDotenv('\uFEFFA=1\n');
    expect(document.bom).toBe(true);
    expect(document.lines[0]).toMatchObject({ start: 1, raw: 'A=1' });
  });
});

describe('mediumForEnvFile', () => {
  it.each([
    ['.env', 'env'],
    ['.env.local', 'env'],
    ['config/.env.production', 'env'],
    ['.env.example', 'env-template'],
    ['.env.sample', 'env-template'],
    ['.env.template', 'env-template'],
    ['.env.dist', 'env-template'],
    ['.env.example.local', 'env-template'],
  ])('%s → %s', (name, medium) => {
    expect(mediumForEnvFile(name)).toBe(medium);
  });
});

describe('envFileFacts and locateFinding', () => {
  it('gives each entry core facts with the medium of the file name', () => {
    const facts = envFileFacts(parseDotenv('OPENAI_API_KEY=abc\nPORT=3000\n'), { filePath: '/app/.env.local' });
    const key = facts.find(({ fact }) => fact.kind === 'key');
    expect(key?.fact).toMatchObject({ kind: 'key', name: 'OPENAI_API_KEY', value: 'abc', origin: { medium: 'env', filePath: '/app/.env.local' } });
    expect(facts.some(({ fact }) => fact.kind === 'env-variable' && fact.name === 'PORT')).toBe(true);
  });

  it('in a template, keeps only real-looking keys as key facts (placeholders are documentation) and every name', () => {
    const real = fakeKey('openai-project', 'template');
    const facts = envFileFacts(parseDotenv(`OPENAI_API_KEY=ADD_YOURS_HERE\nANTHROPIC_API_KEY=<your api key>\nOPENAI_ORG_ID=user_provided\nGROQ_API_KEY=${real}\n`), { filePath: '/app/.env_example' });
    expect(facts.filter(({ fact }) => fact.kind === 'key').map(({ fact }) => fact.kind === 'key' && fact.name)).toEqual(['GROQ_API_KEY']);
    expect(facts.some(({ fact }) => fact.kind === 'identifier')).toBe(false);
    expect(facts.filter(({ fact }) => fact.kind === 'env-variable').map(({ fact }) => fact.origin.medium)).toEqual(['env-template', 'env-template', 'env-template', 'env-template']);
  });

  it('marks the names the project reads', () => {
    const facts = envFileFacts(parseDotenv('OPENAI_API_BASE=x\nOPENAI_KEY=y\n'), { filePath: '/app/.env', namesReadByProject: new Set(['OPENAI_API_BASE']) });
    const variables = facts.flatMap(({ fact }) => (fact.kind === 'env-variable' ? [[fact.name, fact.readByProject]] : []));
    expect(variables).toEqual([['OPENAI_API_BASE', true], ['OPENAI_KEY', undefined]]);
  });

  it('treats keyVariables as key names', () => {
    const facts = envFileFacts(parseDotenv('MY_BOT=abc\n'), { filePath: '.env', keyVariables: ['MY_BOT'] });
    expect(facts.some(({ fact }) => fact.kind === 'key')).toBe(true);
  });

  it('maps value spans through quotes and escapes, and name spans to the key', () => {
    const text = 'X=1\nOPENAI_API_KEY="ab\\ncd "\n';
    const document = parseDotenv(text);
    const entry = document.entries[1];
    if (entry === undefined) throw new Error('no entry');
    expect(entry.value).toBe('ab\ncd ');
    // The loaded `\n` (index 2) is the two-character escape at columns 19-20.
    expect(locateFinding(document, entry, { location: { field: 'value', start: 2, end: 3 } })).toEqual({ line: 2, column: 19, endLine: 2, endColumn: 21 });
    // The trailing space (index 5) sits before the closing quote.
    expect(locateFinding(document, entry, { location: { field: 'value', start: 5, end: 6 } })).toEqual({ line: 2, column: 23, endLine: 2, endColumn: 24 });
    expect(locateFinding(document, entry, { location: { field: 'name', start: 0, end: 14 } })).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 15 });
  });

  it('falls back to the whole value for a span it cannot map', () => {
    const document = parseDotenv('K=abc\n');
    const entry = document.entries[0];
    if (entry === undefined) throw new Error('no entry');
    expect(locateFinding(document, entry, { location: { field: 'value', start: 2, end: 99 } })).toEqual({ line: 1, column: 3, endLine: 1, endColumn: 6 });
  });
});
