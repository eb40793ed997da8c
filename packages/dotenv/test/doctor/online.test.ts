import { fakeKey, fakeOrganizationId, fakeProjectId } from '@keylint/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainOnline, type OnlineEvidence } from '../../src/doctor/explain-online.js';
import { checkKeyOnline, isLoopbackHost, modelsUrlFor, type OnlineOutcome } from '../../src/doctor/online.js';
import { closedPort, startMockServer, type MockServer } from './mock-openai-server.js';

const key = fakeKey('openai-project', 'online');
const evidence: OnlineEvidence = { variable: 'OPENAI_API_KEY', keyProblems: [], timeoutMs: 2000 };

let server: MockServer;
let otherHost: MockServer;

beforeAll(async () => {
  server = await startMockServer();
  otherHost = await startMockServer();
});

afterAll(async () => {
  await server.close();
  await otherHost.close();
});

function expectNoKey(value: unknown): void {
  const text = JSON.stringify(value);
  expect(text).not.toContain(key);
  expect(text).not.toContain(key.slice(8, 40));
}

async function ask(baseUrl: string, extra: { organization?: string; project?: string; timeoutMs?: number } = {}): Promise<OnlineOutcome> {
  const outcome = await checkKeyOnline({ baseUrl, key, timeoutMs: extra.timeoutMs ?? 2000, ...extra });
  expectNoKey(outcome);
  return outcome;
}

describe('modelsUrlFor', () => {
  it.each([
    ['https://api.openai.com/v1', 'https://api.openai.com/v1/models'],
    ['https://api.openai.com/v1/', 'https://api.openai.com/v1/models'],
    ['  https://gateway.example.com/openai/v1  ', 'https://gateway.example.com/openai/v1/models'],
    ['http://127.0.0.1:8080/v1', 'http://127.0.0.1:8080/v1/models'],
    ['http://localhost:11434/v1', 'http://localhost:11434/v1/models'],
    ['http://[::1]:1234/v1', 'http://[::1]:1234/v1/models'],
  ])('%s → %s', (base, expected) => {
    expect(modelsUrlFor(base)).toEqual({ url: expected });
  });

  it.each([
    ['http://api.openai.com/v1', /plain http to api\.openai\.com/],
    ['http://192.168.1.20:8080/v1', /plain http/],
    ['http://127.0.0.1.nip.io/v1', /plain http/],
    ['ftp://api.openai.com/v1', /only sends a key over https/],
    ['not a url', /not a valid URL/],
    ['https://user:pass@api.openai.com/v1', /user name or password/],
    ['https://api.openai.com/v1?key=x', /query or fragment/],
  ])('refuses %s', (base, reason) => {
    const result = modelsUrlFor(base);
    expect('refused' in result && result.refused).toMatch(reason);
  });

  it('knows the loopback hosts', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['10.0.0.1', 'localhost.example.com', '::1', '0.0.0.0'].some(isLoopbackHost)).toBe(false);
  });
});

describe('checkKeyOnline against the mock server', () => {
  it('sends the key as Bearer with the organization and project headers, and reads the model count', async () => {
    const organization = fakeOrganizationId('online');
    const project = fakeProjectId('online');
    const before = server.requests.length;
    const outcome = await ask(server.baseUrl('ok'), { organization, project });
    expect(outcome).toMatchObject({ kind: 'response', status: 200, modelCount: 3 });
    const received = server.requests.slice(before);
    expect(received).toHaveLength(1);
    expect(received[0]?.method).toBe('GET');
    expect(received[0]?.url).toBe('/ok/v1/models');
    expect(received[0]?.headers.authorization).toBe(`Bearer ${key}`);
    expect(received[0]?.headers['openai-organization']).toBe(organization);
    expect(received[0]?.headers['openai-project']).toBe(project);
    expect(explainOnline(outcome, evidence)).toMatchObject({ verdict: 'works', ok: true, modelCount: 3 });
  });

  it('scrubs a key a server echoes back in its error message', async () => {
    const outcome = await ask(server.baseUrl('invalid-key-echo'));
    expect(outcome).toMatchObject({ kind: 'response', status: 401, error: { code: 'invalid_api_key' } });
    expect(outcome.kind === 'response' && outcome.error?.message).toContain('sk-proj-…');
  });

  it('reports a redirect without following it, so the other host never sees the key', async () => {
    server.redirectTarget = `http://localhost:${otherHost.port}/ok/v1/models`;
    const before = otherHost.requests.length;
    const outcome = await ask(server.baseUrl('redirect'));
    expect(outcome).toMatchObject({ kind: 'redirect', status: 302, location: `http://localhost:${otherHost.port}/ok/v1/models` });
    expect(otherHost.requests.length).toBe(before);
    const explanation = explainOnline(outcome, evidence);
    expect(explanation).toMatchObject({ verdict: 'redirect', ok: false });
    expect(explanation.lines[0]).toContain('(another host)');
  });

  it('times out on a server that never answers', async () => {
    const outcome = await ask(server.baseUrl('hang'), { timeoutMs: 150 });
    expect(outcome).toMatchObject({ kind: 'network', failure: 'timeout' });
    expect(explainOnline(outcome, { ...evidence, timeoutMs: 150 }).lines[0]).toContain('within 150 ms');
  });

  it('recognises a refused connection', async () => {
    const port = await closedPort();
    const outcome = await ask(`http://127.0.0.1:${port}/v1`);
    expect(outcome).toMatchObject({ kind: 'network', failure: 'refused', code: 'ECONNREFUSED' });
    expect(explainOnline(outcome, evidence).verdict).toBe('connection-refused');
  });

  it('does not send to a plain-http host off this machine', async () => {
    let called = false;
    const outcome = await checkKeyOnline({
      baseUrl: 'http://api.openai.com/v1',
      key,
      timeoutMs: 1000,
      fetch: async () => {
        called = true;
        throw new Error('must not be called');
      },
    });
    expect(called).toBe(false);
    expect(outcome).toMatchObject({ kind: 'refused-url' });
    expect(explainOnline(outcome, evidence).verdict).toBe('refused-url');
  });

  it.each([
    ['a line feed', `${key.slice(0, 30)}\n${key.slice(30)}`],
    ['a zero-width space', `${key.slice(0, 30)}\u200b${key.slice(30)}`],
  ])('does not send a key with %s', async (_title, value) => {
    const outcome = await checkKeyOnline({ baseUrl: server.baseUrl('ok'), key: value, timeoutMs: 1000 });
    expect(outcome).toMatchObject({ kind: 'unsendable', header: 'Authorization' });
    expect(JSON.stringify(outcome)).not.toContain(key.slice(30));
  });
});

describe('network failures no local server can produce', () => {
  function failingFetch(cause: Record<string, unknown>, message = 'fetch failed'): typeof fetch {
    return async () => {
      throw new TypeError(message, { cause: Object.assign(new Error(String(cause['message'] ?? 'socket error')), cause) });
    };
  }

  it('DNS failure', async () => {
    const outcome = await checkKeyOnline({ baseUrl: 'https://api.openai.co/v1', key, timeoutMs: 1000, fetch: failingFetch({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND api.openai.co' }) });
    expect(outcome).toMatchObject({ kind: 'network', failure: 'dns', code: 'ENOTFOUND' });
    expect(explainOnline(outcome, evidence).lines[0]).toContain('DNS lookup failed for api.openai.co');
  });

  it('TLS failure', async () => {
    const outcome = await checkKeyOnline({ baseUrl: 'https://proxy.example.com/v1', key, timeoutMs: 1000, fetch: failingFetch({ code: 'SELF_SIGNED_CERT_IN_CHAIN', message: 'self-signed certificate in certificate chain' }) });
    expect(outcome).toMatchObject({ kind: 'network', failure: 'tls' });
    expect(explainOnline(outcome, evidence).lines.join(' ')).toContain('NODE_EXTRA_CA_CERTS');
  });

  it('an error that quotes the Authorization header is scrubbed', async () => {
    const outcome = await checkKeyOnline({
      baseUrl: 'https://api.openai.com/v1',
      key,
      timeoutMs: 1000,
      fetch: async () => {
        throw new TypeError(`Headers.append: "Bearer ${key}" is an invalid header value.`);
      },
    });
    expect(outcome).toMatchObject({ kind: 'network', failure: 'other' });
    expectNoKey(outcome);
    expectNoKey(explainOnline(outcome, evidence));
  });
});

describe('explainOnline', () => {
  const url = 'https://api.openai.com/v1/models';
  const response = (status: number, error?: { code?: string; type?: string; message?: string }): OnlineOutcome => ({ kind: 'response', url, status, ...(error === undefined ? {} : { error }) });

  it.each([
    [{ keyProblems: ['OPENAI_API_KEY ends with a carriage return (\\r): save the file with LF line endings.'] }, /mistyped or pasted wrong: OPENAI_API_KEY ends with a carriage return/],
    [{ shadowedFiles: ['.env'] }, /stale key: the exported OPENAI_API_KEY in the process environment beats \.env/],
    [{ organizationVariable: 'OPENAI_ORG_ID' }, /another organization: OPENAI_ORG_ID is set/],
    [{}, /revoked or rotated/],
  ])('401 invalid_api_key names the likeliest cause (%o)', (extra, expected) => {
    const explanation = explainOnline(response(401, { code: 'invalid_api_key', message: 'Incorrect API key provided' }), { ...evidence, ...extra });
    expect(explanation.verdict).toBe('invalid-key');
    expect(explanation.lines[1]).toMatch(expected);
  });

  it('mistyping wins over a stale export when both apply', () => {
    const explanation = explainOnline(response(401, { code: 'invalid_api_key' }), { ...evidence, keyProblems: ['quoted'], shadowedFiles: ['.env'] });
    expect(explanation.lines[1]).toContain('mistyped');
  });

  it.each([
    [response(401, { message: "You didn't provide an API key. You need to provide…" }), 'no-key', /arrived empty or malformed/],
    [response(401, { code: 'mismatched_organization', message: 'OpenAI-Organization header should match organization for API key' }), 'mismatched-organization', /names an organization this key does not belong to/],
    [response(401, { message: 'IP not authorized' }), 'unauthorized', /IP not authorized/],
    [response(403, { code: 'unsupported_country_region_territory' }), 'region', /country or region/],
    [response(403, { message: 'You have insufficient permissions' }), 'forbidden', /restricted key/],
    [response(429, { type: 'insufficient_quota', message: 'You exceeded your current quota' }), 'insufficient-quota', /billing, not a rate limit: do not retry/],
    [response(429, { code: 'rate_limit_exceeded', message: 'Rate limit reached' }), 'rate-limit', /retry later/],
    [{ kind: 'response', url: 'https://gateway.example.com/models', status: 404 } as OnlineOutcome, 'not-found', /wrong base URL/],
    [response(500), 'server-error', /retry later/],
    [response(200), 'unexpected-response', /not with a models list/],
    [response(418), 'unexpected-response', /Unexpected 418/],
  ])('%#: %s', (outcome, verdict, line) => {
    const explanation = explainOnline(outcome, evidence);
    expect(explanation.verdict).toBe(verdict);
    expect(explanation.ok).toBe(false);
    expect(explanation.lines.join(' ')).toMatch(line);
  });

  it('404 without a version prefix says to add /v1', () => {
    const explanation = explainOnline({ kind: 'response', url: 'https://api.openai.com/models', status: 404 }, evidence);
    expect(explanation.lines[1]).toContain('add /v1');
  });

  it('the organization advice names the variable', () => {
    const explanation = explainOnline(response(401, { code: 'mismatched_organization' }), { ...evidence, organizationVariable: 'OPENAI_ORG_ID' });
    expect(explanation.lines[1]).toBe("Set OPENAI_ORG_ID to the key's organization ID or remove it.");
  });
});
