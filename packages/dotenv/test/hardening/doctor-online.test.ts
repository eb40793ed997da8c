import fc from 'fast-check';
import { fakeKey, fakeKeyKinds, fakeOrganizationId, fakeProjectId } from '@keylint/core/testing';
import { describe, expect, it } from 'vitest';
import { checkKeyOnline, isLoopbackHost, modelsUrlFor } from '../../src/doctor/online.js';

/**
 * `doctor --online` sends a key over the network: only over https (or http to this machine),
 * only to the configured host, never following a redirect, within its timeout, and never lets
 * the key into what it reports, whatever the network layer throws.
 */
const hosts = fc.constantFrom('api.openai.com', 'localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'LOCALHOST', 'localhost.evil.example', '127.0.0.1.nip.io', '0.0.0.0', '[::ffff:127.0.0.1]', '10.0.0.1', 'proxy.internal', 'xn--pnai-5qa.com');
const baseUrls = fc.oneof(
  fc.tuple(fc.constantFrom('https', 'http', 'HTTP', 'ftp', 'ws', 'file', 'javascript'), hosts, fc.constantFrom('', ':8080', ':443'), fc.constantFrom('', '/', '/v1', '/v1/', '/openai/v1', '/v1?x=1', '/v1#f'), fc.constantFrom('', 'user:pass@', 'user@'))
    .map(([scheme, host, port, path, credentials]) => `${scheme}://${credentials}${host}${port}${path}`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 40 }),
);

describe('where the key may go (property)', () => {
  it('only https, or http to the loopback interface, and only to the configured host', () => {
    fc.assert(
      fc.property(baseUrls, fc.constantFrom('', ' ', '\t'), (base, padding) => {
        const target = modelsUrlFor(`${padding}${base}${padding}`);
        if (!('url' in target)) return;
        const url = new URL(target.url);
        const configured = new URL(base.trim());
        expect(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))).toBe(true);
        expect(url.host).toBe(configured.host);
        expect(url.username + url.password + url.search + url.hash).toBe('');
        expect(url.pathname.endsWith('/models')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('loopback means this machine only', () => {
    for (const host of ['localhost', '127.0.0.1', '127.255.0.9', '[::1]']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['localhost.evil.example', '127.0.0.1.nip.io', '0.0.0.0', '10.0.0.1', 'example.com', '[::2]']) expect(isLoopbackHost(host)).toBe(false);
  });
});

const keys = fakeKeyKinds.map((kind) => fakeKey(kind, 'doctor-hardening'));
const organization = fakeOrganizationId('doctor-hardening');
const project = fakeProjectId('doctor-hardening');

/** What a network layer might throw: the URL, the headers, the key, nested causes and aggregate errors. */
function hostileError(url: string, init: RequestInit | undefined, key: string, variant: number): unknown {
  const headers = JSON.stringify(init?.headers);
  const socket = Object.assign(new Error(`connect ECONNRESET ${url} headers=${headers}`), { code: 'ECONNRESET' });
  switch (variant % 4) {
    case 0:
      return new TypeError(`fetch failed: ${url} ${headers}`, { cause: socket });
    case 1:
      return Object.assign(new Error('fetch failed'), { cause: Object.assign(new Error(`Invalid header value "Bearer ${key}"`), { code: 'ERR_INVALID_CHAR' }) });
    case 2:
      return new AggregateError([socket, new Error(`key ${key} org ${organization} project ${project}`)], `all attempts failed for ${url}`);
    default:
      return `Bearer ${key}`;
  }
}

describe('what doctor reports never holds the key (property)', () => {
  it('whatever fetch throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.nat({ max: 3 }), async (key, variant) => {
        const outcome = await checkKeyOnline({
          baseUrl: 'https://api.openai.com/v1',
          key,
          organization,
          project,
          timeoutMs: 1_000,
          fetch: async (input, init) => {
            throw hostileError(String(input), init, key, variant);
          },
        });
        expect(outcome.kind).toBe('network');
        const shown = JSON.stringify(outcome);
        for (const secret of [key, organization, project]) expect(shown.includes(secret), 'a secret in the outcome').toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('whatever the server answers, redirects included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.constantFrom(200, 301, 302, 307, 308, 401, 404, 429, 500), async (key, status) => {
        const calls: { url: string; init: RequestInit | undefined }[] = [];
        const outcome = await checkKeyOnline({
          baseUrl: 'https://api.openai.com/v1',
          key,
          timeoutMs: 1_000,
          fetch: async (input, init) => {
            calls.push({ url: String(input), init });
            const echo = `Incorrect API key provided: ${key}. Bearer ${key} ${encodeURIComponent(key)}`;
            return new Response(JSON.stringify({ error: { message: echo, type: echo, code: 'invalid_api_key' } }), {
              status,
              headers: status >= 300 && status < 400 ? { location: `https://evil.example/steal?key=${key}` } : {},
            });
          },
        });
        expect(calls).toHaveLength(1);
        expect(calls[0]?.url).toBe('https://api.openai.com/v1/models');
        expect(calls[0]?.init?.redirect).toBe('manual');
        expect(calls[0]?.init?.signal).toBeInstanceOf(AbortSignal);
        if (status >= 300 && status < 400) expect(outcome.kind).toBe('redirect');
        expect(JSON.stringify(outcome).includes(key), 'the key in the outcome').toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('whatever the server answers, however it mangles the echoed key (zero-width characters, percent-encoding)', async () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e');
    const mangle = (key: string, mode: number, at: number, mark: string): string => {
      const cut = 1 + (at % (key.length - 1));
      if (mode === 0) return `${key.slice(0, cut)}${mark}${key.slice(cut)}`;
      if (mode === 1) return key.replace(/[-_]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
      if (mode === 2) return [...key].map((character, index) => (index % 7 === at % 7 ? `${character}${mark}` : character)).join('');
      return key.replace(/[-_]/g, (character) => `${mark}%${character.charCodeAt(0).toString(16)}`);
    };
    const pieces = (key: string): string[] => Array.from({ length: key.length - 15 }, (_, start) => key.slice(start, start + 16));
    /** What a reader sees: the invisible characters gone, the percent-encoding decoded. */
    const asRead = (text: string): string => text.replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '').replace(/%([0-7][0-9A-Fa-f])/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.nat({ max: 3 }), fc.nat(), invisible, fc.constantFrom(200, 401, 302), async (key, mode, at, mark, status) => {
        const echo = `Incorrect API key provided: ${mangle(key, mode, at, mark)}.`;
        const outcome = await checkKeyOnline({
          baseUrl: 'https://api.openai.com/v1',
          key,
          timeoutMs: 1_000,
          fetch: async () =>
            new Response(JSON.stringify({ error: { message: echo, type: echo, code: echo } }), {
              status,
              headers: status === 302 ? { location: `https://evil.example/?k=${encodeURIComponent(mangle(key, mode, at, mark))}` } : {},
            }),
        });
        const shown = asRead(JSON.stringify(outcome).replace(/\\u([0-9a-f]{4})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))));
        for (const piece of pieces(key)) expect(shown.includes(piece), `16 characters of the key in ${shown.slice(0, 300)}`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('gives up after its timeout on a server that never answers', async () => {
    const started = Date.now();
    const outcome = await checkKeyOnline({
      baseUrl: 'https://api.openai.com/v1',
      key: keys[0] ?? '',
      timeoutMs: 50,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    });
    expect(outcome).toMatchObject({ kind: 'network', failure: 'timeout' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('sends nothing at all to a plain-http host off this machine', async () => {
    let called = false;
    const outcome = await checkKeyOnline({
      baseUrl: 'http://api.openai.com/v1',
      key: keys[0] ?? '',
      timeoutMs: 1_000,
      fetch: async () => {
        called = true;
        return new Response('{}');
      },
    });
    expect(called).toBe(false);
    expect(outcome.kind).toBe('refused-url');
  });
});
