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

/** The shapes of Postman's and newman's example requests for each scheme (our own values). */
const NON_KEY_AUTHORIZATIONS = [
  'OAuth oauth_consumer_key="RKCGzna7bv9YD57c",oauth_signature_method="HMAC-SHA1",oauth_timestamp="1442394747",oauth_nonce="UIGipk",oauth_version="1.0",oauth_signature="CaeyGPr2mns1WCq4Cpm5aLvz6Gs%3D"',
  'Hawk id="dh37fgj492je", ts="1442396113", nonce="Kx9ojO", mac="Ic6KWptXtjQAVS4eIc+rV8HbnQXqPsJgzKSpkWvkWx4="',
  'Digest username="postman", realm="Users", nonce="ni1LiL0O37PRRhofWdCLmwFsnEtH1lew", uri="/digest-auth", response="254679099562cf07df9b6f5d8d15db44"',
  'NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAO5CAAAADw==',
  'Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCg==',
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
  'EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20190701T10:00:00+0000;nonce=abc;signature=Yb2XGNV1Np8ZlgbhBWCZS2PB4u4mTxpErxD+HH+iqNY=',
];

describe('credentialSpanInHeader on schemes that carry no API key', () => {
  it.each(NON_KEY_AUTHORIZATIONS)('derives no key from %s', (value) => {
    expect(credentialSpanInHeader('Authorization', value)).toBeUndefined();
  });
  it('still finds a known key shape written inside one', () => {
    const value = `OAuth oauth_token="${key}", oauth_version="1.0"`;
    const span = credentialSpanInHeader('Authorization', value);
    expect(span === undefined ? undefined : value.slice(span.start, span.end)).toBe(key);
  });
  it('keeps Bearer tokens and key headers', () => {
    expect(credentialSpanInHeader('Authorization', 'Bearer oauth-looking-token-1234567890')).toEqual({ start: 7, end: 37 });
    expect(credentialSpanInHeader('x-api-key', 'Hawk-like value')).toEqual({ start: 0, end: 15 });
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
