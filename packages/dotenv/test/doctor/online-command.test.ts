import { fakeKey, fakeOrganizationId, fakeProjectId } from '@keylint/core/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, startMockServer, type MockServer, type Scenario } from './mock-openai-server.js';
import { doctor, expectNoSecret, makeProject, parseReport, type DoctorRun } from './helpers.js';

const key = fakeKey('openai-project', 'doctor-online');
const exported = fakeKey('openai-project', 'doctor-online-exported');
const secrets = [key, exported];

let server: MockServer;
let otherHost: MockServer;
let cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = await startMockServer();
  otherHost = await startMockServer();
});

afterAll(async () => {
  await server.close();
  await otherHost.close();
});

afterEach(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
  cleanups = [];
});

async function project(files: Readonly<Record<string, string>>): Promise<string> {
  const created = await makeProject(files);
  cleanups.push(created.cleanup);
  return created.directory;
}

/** Runs the doctor twice, text and JSON, and checks neither shows the key. */
async function both(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<{ text: DoctorRun; json: DoctorRun }> {
  const text = await doctor(['--online', ...args], options);
  const json = await doctor(['--online', '--format', 'json', ...args], options);
  expectNoSecret(text, secrets);
  expectNoSecret(json, secrets);
  expect(json.code).toBe(text.code);
  return { text, json };
}

function onlineOf(run: DoctorRun, name = 'OPENAI_API_KEY') {
  const online = parseReport(run).variables.find((variable) => variable.name === name)?.online;
  if (online === undefined || online === null) throw new Error(`no online result for ${name}:\n${run.stdout}`);
  return online;
}

describe('doctor --online against a local mock of the OpenAI API', () => {
  it('200: the key works, exit 0, with the model count', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const { text, json } = await both(['--base-url', server.baseUrl('ok')], { cwd: directory });
    expect(text.code).toBe(0);
    expect(onlineOf(json)).toEqual({
      verdict: 'works',
      ok: true,
      url: `${server.baseUrl('ok')}/models`,
      baseUrlFrom: '--base-url',
      status: 200,
      code: null,
      modelCount: 3,
      lines: ['Works: 127.0.0.1:' + server.port + ' accepted the key and lists 3 models.'],
    });
    expect(text.stdout).toContain(`online GET ${server.baseUrl('ok')}/models (base URL: --base-url)`);
    expect(text.stdout).toMatch(/✔ OK: 1 variable checked, 1 key, no problems; 1 key accepted online\./);
  });

  it.each<[Scenario, string, RegExp]>([
    ['invalid-key', 'invalid-key', /Rejected: 401 invalid_api_key[\s\S]*revoked or rotated/],
    ['invalid-key-echo', 'invalid-key', /Rejected: 401 invalid_api_key/],
    ['no-key', 'no-key', /You didn't provide an API key"?: the Authorization header arrived empty or malformed/],
    ['region', 'region', /403 unsupported_country_region_territory/],
    ['insufficient-quota', 'insufficient-quota', /429 insufficient_quota: .*This is billing, not a rate limit: do not retry\./],
    ['rate-limit', 'rate-limit', /429 rate limit: the key was accepted but too many requests were sent; retry later\./],
    ['server-error', 'server-error', /503 from 127\.0\.0\.1:\d+: the server failed/],
    ['html', 'unexpected-response', /not with a models list/],
  ])('%s → %s, exit 1, explained', async (scenario, verdict, explanation) => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const { text, json } = await both(['--base-url', server.baseUrl(scenario)], { cwd: directory });
    expect(text.code).toBe(1);
    expect(onlineOf(json)).toMatchObject({ verdict, ok: false });
    expect(text.stdout).toMatch(explanation);
    expect(text.stdout).toMatch(/✖ 1 problem: OPENAI_API_KEY \(1\)\./);
  });

  it('401 invalid_api_key with a stale exported key says so', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const { text } = await both(['--base-url', server.baseUrl('invalid-key')], { cwd: directory, env: { OPENAI_API_KEY: exported } });
    expect(text.stdout).toContain('Most likely a stale key: the exported OPENAI_API_KEY in the process environment beats .env, so the old key is sent');
    const received = server.requests.at(-1);
    expect(received?.headers.authorization).toBe(`Bearer ${exported}`);
  });

  it('401 invalid_api_key with quotes inside the key says mistyped', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY="'${key}'"\n` });
    const { text, json } = await both(['--base-url', server.baseUrl('invalid-key')], { cwd: directory });
    const findings = parseReport(json).variables[0]?.findings.map((finding) => finding.ruleId);
    expect(findings).toContain('key-quoted');
    expect(text.stdout).toMatch(/Most likely mistyped or pasted wrong: OPENAI_API_KEY/);
  });

  it('401 invalid_api_key with an organization header suggests another organization, and the headers were sent', async () => {
    const organization = fakeOrganizationId('doctor');
    const projectId = fakeProjectId('doctor');
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\nOPENAI_ORG_ID=${organization}\nOPENAI_PROJECT_ID=${projectId}\n` });
    const { text } = await both(['--base-url', server.baseUrl('invalid-key')], { cwd: directory });
    expect(text.stdout).toContain('Possibly a key from another organization: OPENAI_ORG_ID is set');
    const received = server.requests.at(-1);
    expect(received?.headers['openai-organization']).toBe(organization);
    expect(received?.headers['openai-project']).toBe(projectId);
  });

  it('401 mismatched_organization names the variable to fix', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\nOPENAI_ORG_ID=${fakeOrganizationId('other')}\n` });
    const { text, json } = await both(['--base-url', server.baseUrl('mismatched-organization')], { cwd: directory });
    expect(onlineOf(json)).toMatchObject({ verdict: 'mismatched-organization', status: 401, code: 'mismatched_organization' });
    expect(text.stdout).toContain("Set OPENAI_ORG_ID to the key's organization ID or remove it.");
    expect(text.code).toBe(1);
  });

  it('404 at a base URL without /v1 says to add it', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const { text, json } = await both(['--base-url', server.baseUrl('unknown-url', '')], { cwd: directory });
    expect(onlineOf(json)).toMatchObject({ verdict: 'not-found', status: 404, code: 'unknown_url' });
    expect(text.stdout).toContain('(add /v1)');
  });

  it('a server that never answers: timeout', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const { text, json } = await both(['--base-url', server.baseUrl('hang'), '--timeout', '200'], { cwd: directory });
    expect(onlineOf(json)).toMatchObject({ verdict: 'timeout', ok: false });
    expect(text.stdout).toContain('within 200 ms');
    expect(text.code).toBe(1);
  });

  it('a closed port: connection refused', async () => {
    const port = await closedPort();
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const { text, json } = await both(['--base-url', `http://127.0.0.1:${port}/v1`], { cwd: directory });
    expect(onlineOf(json)).toMatchObject({ verdict: 'connection-refused', code: 'ECONNREFUSED' });
    expect(text.stdout).toContain(`Connection refused by 127.0.0.1:${port}`);
    expect(text.code).toBe(1);
  });

  it('a redirect to another host is reported and not followed: the other host never sees the key', async () => {
    server.redirectTarget = `http://localhost:${otherHost.port}/ok/v1/models`;
    const before = otherHost.requests.length;
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const { text, json } = await both(['--base-url', server.baseUrl('redirect')], { cwd: directory });
    expect(otherHost.requests.length).toBe(before);
    expect(onlineOf(json)).toMatchObject({ verdict: 'redirect', status: 302 });
    expect(text.stdout).toContain(`redirecting to http://localhost:${otherHost.port}/ok/v1/models (another host); keylint never follows a redirect with a key.`);
    expect(text.code).toBe(1);
  });

  it('uses the winning OPENAI_BASE_URL when --base-url is not given', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\nOPENAI_BASE_URL=${server.baseUrl('ok')}\n` });
    const { text, json } = await both([], { cwd: directory });
    expect(onlineOf(json)).toMatchObject({ verdict: 'works', baseUrlFrom: 'OPENAI_BASE_URL (.env)' });
    expect(text.code).toBe(0);
  });

  it('refuses a plain-http OPENAI_BASE_URL off this machine: nothing sent, exit 2', async () => {
    let called = false;
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\nOPENAI_BASE_URL=http://gateway.example.com/v1\n` });
    const run = await doctor(['--online'], {
      cwd: directory,
      dependencies: {
        fetch: async () => {
          called = true;
          throw new Error('must not be called');
        },
      },
    });
    expect(called).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('refusing to send the key over plain http to gateway.example.com');
    expectNoSecret(run, secrets);
  });

  it('refuses a plain-http --base-url before reading anything', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const run = await doctor(['--online', '--base-url', 'http://10.0.0.5:8080/v1'], { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--base-url: refusing to send the key over plain http to 10\.0\.0\.5:8080/);
  });

  it('sends an exported key trimmed, as openai-node does, and says so', async () => {
    const directory = await project({});
    const { text } = await both(['--base-url', server.baseUrl('ok')], { cwd: directory, env: { OPENAI_API_KEY: `${key}\n` } });
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${key}`);
    expect(text.stdout).toContain('Sent with the surrounding whitespace removed');
    // The offline finding still makes it a problem: openai-python would send the line feed.
    expect(text.stdout).toMatch(/key-whitespace/);
    expect(text.code).toBe(1);
  });

  it.each([
    ['an Anthropic key in OPENAI_API_KEY, to the OpenAI default', `OPENAI_API_KEY=${fakeKey('anthropic', 'wrong')}\n`, /Not sent: this is an Anthropic API key, and api\.openai\.com is the OpenAI API/],
    ['an OpenAI key to Groq', `OPENAI_API_KEY=${key}\nOPENAI_BASE_URL=https://api.groq.com/openai/v1\n`, /Not sent: this is an OpenAI project key, and api\.groq\.com is the Groq API/],
  ])('never hands a key to another provider: %s', async (_title, env, message) => {
    let called = false;
    const directory = await project({ '.env': env });
    const run = await doctor(['--online'], {
      cwd: directory,
      dependencies: {
        fetch: async () => {
          called = true;
          throw new Error('must not be called');
        },
      },
    });
    expect(called).toBe(false);
    expect(run.stdout).toMatch(message);
    expect(run.code).toBe(1);
    expectNoSecret(run, secrets);
  });

  it('without an OpenAI key there is nothing to check: exit 1', async () => {
    const directory = await project({ '.env': `ANTHROPIC_API_KEY=${fakeKey('anthropic', 'x')}\n` });
    const run = await doctor(['--online', '--base-url', server.baseUrl('ok')], { cwd: directory });
    expect(run.stdout).toContain('No OpenAI key to check online.');
    expect(run.code).toBe(1);
  });

  it('an admin key is not sent to /models', async () => {
    const admin = fakeKey('openai-admin', 'doctor');
    const before = server.requests.length;
    const directory = await project({ '.env': `OPENAI_ADMIN_KEY=${admin}\n` });
    const run = await doctor(['--online', '--format', 'json', '--base-url', server.baseUrl('ok')], { cwd: directory });
    expect(server.requests.length).toBe(before);
    expect(parseReport(run).variables[0]?.onlineSkipped).toMatch(/admin keys only work on \/organization endpoints/);
    expectNoSecret(run, [admin]);
  });
});
