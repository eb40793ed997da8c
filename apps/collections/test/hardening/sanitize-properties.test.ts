import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fakeKey, fakeKeyKinds, type FakeKeyKind } from '@keylint/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizePostmanText } from '../../src/sanitize/index.js';

/**
 * `sanitize` on collections holding keys of every kind keylint knows: no key is left, every byte
 * outside the replaced spans is the input's, a second run changes nothing, and the file is
 * written through a temporary file that never stays behind.
 */
const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

/** Where each provider's key goes in a request, so that prefix-less keys have the context that names them. */
const PLACEMENT: Readonly<Partial<Record<FakeKeyKind, { readonly url: string; readonly header: string; readonly variable: string }>>> = {
  mistral: { url: 'https://api.mistral.ai/v1/chat/completions', header: 'Authorization', variable: 'MISTRAL_API_KEY' },
  cohere: { url: 'https://api.cohere.com/v2/chat', header: 'Authorization', variable: 'COHERE_API_KEY' },
  'azure-openai': { url: 'https://res.openai.azure.com/openai/v1/chat/completions', header: 'api-key', variable: 'AZURE_OPENAI_API_KEY' },
  'azure-openai-long': { url: 'https://res.openai.azure.com/openai/v1/chat/completions', header: 'api-key', variable: 'AZURE_OPENAI_API_KEY' },
  anthropic: { url: 'https://api.anthropic.com/v1/messages', header: 'x-api-key', variable: 'ANTHROPIC_API_KEY' },
  'anthropic-admin': { url: 'https://api.anthropic.com/v1/organizations/users', header: 'x-api-key', variable: 'ANTHROPIC_ADMIN_KEY' },
  gemini: { url: 'https://generativelanguage.googleapis.com/v1beta/models', header: 'x-goog-api-key', variable: 'GEMINI_API_KEY' },
};
const DEFAULT_PLACEMENT = { url: 'https://api.openai.com/v1/chat/completions', header: 'Authorization', variable: 'OPENAI_API_KEY' };

const keyArbitrary = fc.tuple(fc.constantFrom(...fakeKeyKinds), fc.integer({ min: 0, max: 50 })).map(([kind, seed]) => ({ kind, key: fakeKey(kind, seed) }));

const requestArbitrary = fc.tuple(keyArbitrary, fc.constantFrom('header', 'bearer-auth', 'variable', 'header-and-variable')).map(([{ kind, key }, where]) => {
  const placement = PLACEMENT[kind] ?? DEFAULT_PLACEMENT;
  const value = placement.header === 'Authorization' ? `Bearer ${key}` : key;
  const request = {
    method: 'POST',
    header: where === 'header' || where === 'header-and-variable' ? [{ key: placement.header, value }, { key: 'Content-Type', value: 'application/json' }] : [{ key: 'Content-Type', value: 'application/json' }],
    ...(where === 'bearer-auth' ? { auth: { type: 'bearer', bearer: [{ key: 'token', value: key, type: 'string' }] } } : {}),
    body: { mode: 'raw', raw: '{"model": "m"}' },
    url: placement.url,
  };
  return { key, request, variable: where === 'variable' || where === 'header-and-variable' ? { key: placement.variable, value: key, type: 'secret' } : undefined };
});

const collectionArbitrary = fc
  .tuple(fc.array(requestArbitrary, { minLength: 1, maxLength: 4 }), fc.constantFrom<string | number | undefined>('\t', 2, undefined), fc.boolean(), fc.boolean())
  .map(([requests, indent, crlf, bom]) => {
    const collection = {
      info: { name: 'Team', schema },
      item: requests.map((entry, index) => ({ name: `Request ${index}`, request: entry.request })),
      variable: requests.flatMap((entry) => (entry.variable === undefined ? [] : [entry.variable])),
    };
    const json = JSON.stringify(collection, null, indent);
    return { text: `${bom ? '\ufeff' : ''}${crlf ? json.replaceAll('\n', '\r\n') : json}`, keys: [...new Set(requests.map((entry) => entry.key))] };
  });

const MARK = '\u0000';

describe('sanitize (property)', () => {
  it('leaves no key of any kind, changes nothing outside the replaced spans, and is idempotent', () => {
    fc.assert(
      fc.property(collectionArbitrary, ({ text, keys }) => {
        const once = sanitizePostmanText(text, { filePath: 'team.postman_collection.json' });
        if (!once.ok) throw new Error(once.reason);
        for (const key of keys) expect(once.text.includes(key), 'a key is left in the sanitized copy').toBe(false);
        // Mark every key in the input and every reference sanitize wrote in the output: with the marks taken out, both are the same text.
        let input = text;
        for (const key of [...keys].sort((left, right) => right.length - left.length)) input = input.split(key).join(MARK);
        let output = once.text;
        for (const variable of once.variables) output = output.split(`{{${variable.name}}}`).join(MARK);
        expect(output.split(MARK).join('') === input.split(MARK).join(''), 'only the secrets changed').toBe(true);
        expect(output.split(MARK).length).toBeLessThanOrEqual(input.split(MARK).length);
        expect(once.text.startsWith('\ufeff')).toBe(text.startsWith('\ufeff'));
        const twice = sanitizePostmanText(once.text, { filePath: 'team.postman_collection.json' });
        expect(twice.ok && twice.text === once.text && twice.replaced === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('covers every kind of fake key', () => {
    for (const kind of fakeKeyKinds) {
      const key = fakeKey(kind, 'coverage');
      const placement = PLACEMENT[kind] ?? DEFAULT_PLACEMENT;
      const single = JSON.stringify({ info: { name: 'One', schema }, item: [{ name: 'r', request: { method: 'POST', header: [{ key: placement.header, value: placement.header === 'Authorization' ? `Bearer ${key}` : key }], url: placement.url } }] });
      const result = sanitizePostmanText(single, { filePath: 'one.postman_collection.json' });
      expect(result.ok && !result.text.includes(key), `${kind} is replaced`).toBe(true);
    }
  });
});

describe('sanitize writes atomically', () => {
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'keylint-collection.js');
  const key = fakeKey('openai-project', 'atomic');
  const leaky = JSON.stringify({ info: { name: 'Leaky', schema }, item: [{ name: 'r', request: { method: 'GET', header: [{ key: 'Authorization', value: `Bearer ${key}` }], url: 'https://api.openai.com/v1/models' } }] }, null, 2);
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'keylint-sanitize-atomic-'));
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  function sanitize(args: readonly string[]): { status: number | null; stderr: string } {
    const result = spawnSync(process.execPath, [bin, 'sanitize', ...args], { cwd: directory, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect((result.stdout + result.stderr).includes(key)).toBe(false);
    return { status: result.status, stderr: result.stderr };
  }

  it('an output path that cannot be replaced (a directory) leaves no temporary file and the input intact', () => {
    writeFileSync(join(directory, 'leaky.postman_collection.json'), leaky);
    mkdirSync(join(directory, 'taken.postman_collection.json'));
    const before = readdirSync(directory).sort();
    const result = sanitize(['leaky.postman_collection.json', '-o', 'taken.postman_collection.json']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').filter((line) => line.length > 0)).toHaveLength(1);
    expect(readdirSync(directory).sort()).toEqual(before);
    expect(readdirSync(join(directory, 'taken.postman_collection.json'))).toEqual([]);
    expect(readFileSync(join(directory, 'leaky.postman_collection.json'), 'utf8') === leaky).toBe(true);
  });

  it('--in-place replaces the file and leaves only it and the environment template', () => {
    const inPlace = join(directory, 'in-place');
    mkdirSync(inPlace);
    writeFileSync(join(inPlace, 'api.postman_collection.json'), leaky);
    const result = spawnSync(process.execPath, [bin, 'sanitize', 'api.postman_collection.json', '--in-place'], { cwd: inPlace, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(result.status).toBe(0);
    expect(readdirSync(inPlace).sort()).toEqual(['api.postman_collection.json', 'api.postman_environment.json']);
    const sanitized = readFileSync(join(inPlace, 'api.postman_collection.json'), 'utf8');
    expect(sanitized.includes(key)).toBe(false);
    expect(sanitized).toBe(leaky.replace(key, '{{OPENAI_API_KEY}}'));
  });
});
