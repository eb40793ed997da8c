import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialSpanInHeader, headerValue, intendedAuthHeader, parseAuthorization } from '../src/headers.js';
import { fakeKey } from '../src/testing/fake-keys.js';

const key = fakeKey('openai-project');

function credentialOf(value: string): string {
  const parts = parseAuthorization(value);
  return value.slice(parts.credential.start, parts.credential.end);
}

describe('parseAuthorization', () => {
  it('splits Bearer and the key', () => {
    const parts = parseAuthorization(`Bearer ${key}`);
    expect(parts.scheme).toMatchObject({ word: 'bearer', text: 'Bearer', start: 0, end: 6 });
    expect(parts.separator).toEqual({ text: ' ', start: 6, end: 7 });
    expect(parts.repeatedScheme).toBeUndefined();
    expect(credentialOf(`Bearer ${key}`)).toBe(key);
  });
  it('keeps the scheme as written and its word lower-case', () => {
    expect(parseAuthorization(`bEaReR ${key}`).scheme).toMatchObject({ word: 'bearer', text: 'bEaReR' });
  });
  it('a bare key has no scheme', () => {
    expect(parseAuthorization(key).scheme).toBeUndefined();
    expect(credentialOf(key)).toBe(key);
  });
  it('a colon belongs to the separator', () => {
    expect(parseAuthorization(`Bearer: ${key}`).separator.text).toBe(': ');
    expect(credentialOf(`Bearer:${key}`)).toBe(key);
  });
  it('finds a repeated scheme', () => {
    const parts = parseAuthorization(`Bearer Bearer ${key}`);
    expect(parts.repeatedScheme).toEqual({ text: 'Bearer ', start: 7, end: 14 });
    expect(credentialOf(`Bearer Bearer ${key}`)).toBe(key);
  });
  it('a scheme glued to a key counts as a scheme', () => {
    const parts = parseAuthorization(`Bearer${key}`);
    expect(parts.scheme?.text).toBe('Bearer');
    expect(parts.separator.text).toBe('');
  });
  it('a short bare token that starts with a scheme word stays bare', () => {
    expect(parseAuthorization('tokenabc').scheme).toBeUndefined();
  });
  it('Basic keeps its credential whole', () => {
    expect(credentialOf(`Basic ${btoa('user:pass')}`)).toBe(btoa('user:pass'));
  });
  it('Bearer alone has an empty credential', () => {
    expect(credentialOf('Bearer')).toBe('');
  });

  it('spans are ordered, inside the value, and the credential runs to the end', () => {
    const pieces = fc.constantFrom('Bearer', 'bearer', 'Token', 'Basic', ' ', '  ', ':', '\t', 'sk-', 'abc', key.slice(0, 12), '');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')), (value) => {
        const parts = parseAuthorization(value);
        const points = [parts.scheme?.start, parts.scheme?.end, parts.separator.start, parts.separator.end, parts.repeatedScheme?.start, parts.repeatedScheme?.end, parts.credential.start].filter(
          (point): point is number => point !== undefined,
        );
        for (let index = 1; index < points.length; index += 1) expect(points[index]).toBeGreaterThanOrEqual(points[index - 1] as number);
        expect(parts.credential.end).toBe(value.length);
        expect(parts.credential.start).toBeLessThanOrEqual(value.length);
        expect(value.slice(parts.separator.start, parts.separator.end)).toBe(parts.separator.text);
        if (parts.scheme !== undefined) expect(value.slice(parts.scheme.start, parts.scheme.end)).toBe(parts.scheme.text);
      }),
    );
  });
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (value) => void parseAuthorization(value)));
  });
});

describe('credentialSpanInHeader (the derived key fact) still finds the key', () => {
  it.each([`Bearer ${key}`, `Bearer: ${key}`, `Bearer Bearer ${key}`, `Token ${key}`, key])('in %s', (value) => {
    const span = credentialSpanInHeader('Authorization', value);
    expect(span === undefined ? undefined : value.slice(span.start, span.end)).toBe(key);
  });
  it('not for Basic', () => {
    expect(credentialSpanInHeader('Authorization', `Basic ${btoa(`:${key}`)}`)).toBeUndefined();
  });
});

describe('intendedAuthHeader', () => {
  it.each([
    ['Authorization', 'authorization'],
    ['X-API-KEY', 'x-api-key'],
    ['Authorisation', 'authorization'],
    ['Authentication', 'authorization'],
    ['Auth', 'authorization'],
    ['x_api_key', 'x-api-key'],
    ['apikey', 'api-key'],
    ['x-goog-apikey', 'x-goog-api-key'],
  ])('%s means %s', (name, expected) => {
    expect(intendedAuthHeader(name)).toBe(expected);
  });
  it.each(['Content-Type', 'anthropic-version', 'OpenAI-Beta', 'api-version', 'Accept'])('%s is not an auth header', (name) => {
    expect(intendedAuthHeader(name)).toBeUndefined();
  });
});

describe('headerValue', () => {
  it('matches names case-insensitively; the last one wins', () => {
    expect(headerValue([{ name: 'content-type', value: 'text/plain' }, { name: 'Content-Type', value: 'application/json' }], 'CONTENT-TYPE')).toBe('application/json');
    expect(headerValue([], 'content-type')).toBeUndefined();
  });
});
