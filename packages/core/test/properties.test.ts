import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check.js';
import type { Fact, FactKind, FactOrigin, Medium } from '../src/facts.js';
import { providers, type ProviderId } from '../src/providers/providers.js';
import { rules } from '../src/rules/index.js';
import { fakeKey, fakeKeyKinds } from '../src/testing/fake-keys.js';

/** A fixed pool of fake keys, so that every message can be checked against every key a fact may hold. */
const FAKE_KEYS: readonly string[] = fakeKeyKinds.flatMap((kind) => [fakeKey(kind, 1), fakeKey(kind, 2)]);

const MEDIA: readonly Medium[] = ['code', 'env', 'env-template', 'process-env', 'collection', 'environment', 'curl', 'docs'];
const PROVIDER_IDS: readonly ProviderId[] = providers.map((provider) => provider.id);
const NOISE = ['', ' ', '\r', '\n', '"', "'", '`', '\u201c', '\u201d', '\u200b', '\ufeff', '\u00a0', '\u00ad', '\u2013', '\u0430', 'Bearer ', '=', '…', '****'];

const fakeKeyArbitrary = fc.constantFrom(...FAKE_KEYS);
const noise = fc.constantFrom(...NOISE);
const decoratedKey = fc.tuple(noise, noise, fakeKeyArbitrary, noise, noise, fc.nat({ max: 200 })).map(([a, b, key, c, d, cut]) => {
  const body = cut % 5 === 0 ? key.slice(0, Math.max(1, cut % key.length)) : key;
  return `${a}${b}${body}${c}${d}`;
});
const placeholder = fc.constantFrom('', 'YOUR_API_KEY', '<your key>', 'sk-xxxx', 'sk-...', 'sk-123456789', 'changeme', 'undefined', 'None', '${OPENAI_API_KEY}', '$OPENAI_API_KEY', 'sk-proj-****Ab12', 'sk-\u2026Ab12', 'process.env.OPENAI_API_KEY');
const providerUrl = fc
  .tuple(fc.constantFrom(...providers.flatMap((provider) => provider.hosts)), fc.constantFrom('', '/', '/v1', '/v1/chat/completions', '/v1/organization/admin_api_keys', '/openai/v1/models', '/api/v1', '//v1/v1'), fc.constantFrom('https', 'http'))
  .map(([host, path, scheme]) => `${scheme}://${host}${path}`);
const keyInUrl = fc.tuple(providerUrl, fakeKeyArbitrary).map(([url, key]) => `${url}?key=${key}`);
const url = fc.oneof(fc.webUrl({ withQueryParameters: true }), providerUrl, keyInUrl, fc.constantFrom('http://localhost:11434/v1', 'https://res.openai.azure.com/openai/deployments/x/chat/completions', 'not a url', ''));
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), decoratedKey, fakeKeyArbitrary, placeholder, url);
const name = fc.oneof(
  fc.constantFrom(
    'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY', 'MISTRAL_API_KEY', 'AZURE_OPENAI_API_KEY', 'apiKey', 'x-api-key', 'Authorization',
    'NEXT_PUBLIC_OPENAI_API_KEY', 'VITE_KEY', 'OPENAI_BASE_URL', 'OPENAI_API_BASE', 'OPENAI_ORG_ID', 'OPENAI_ORGANIZATION', 'MY_BOT_TOKEN', 'OPENAI_APIKEY',
  ),
  fc.string({ maxLength: 30 }),
);
const origin: fc.Arbitrary<FactOrigin> = fc.record({ medium: fc.constantFrom(...MEDIA), filePath: fc.constantFrom('.env', 'client.ts', 'api.postman_collection.json') });
const provider = fc.option(fc.constantFrom(...PROVIDER_IDS), { nil: undefined });
const headerName = fc.oneof(fc.constantFrom('Authorization', 'authorization', 'x-api-key', 'api-key', 'x-goog-api-key', 'OpenAI-Organization', 'OpenAI-Project', 'anthropic-version', 'Content-Type', 'Authorisation', 'OpenAI-Beta'), fc.string({ maxLength: 20 }));
const headerValue = fc.oneof(text, fakeKeyArbitrary.map((key) => `Bearer ${key}`), fakeKeyArbitrary.map((key) => `Bearer Bearer ${key}`), fakeKeyArbitrary.map((key) => `Bearer:${key}`));

/** Optional properties are left out rather than set to undefined, as adapters do under exactOptionalPropertyTypes. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

const factArbitraries: Readonly<Record<FactKind, fc.Arbitrary<Fact>>> = {
  key: fc
    .record({ value: text, name: fc.option(name, { nil: undefined }), destination: fc.option(url, { nil: undefined }), provider, literal: fc.boolean(), origin })
    .map((fields) => compact({ kind: 'key' as const, ...fields })),
  header: fc
    .record({ name: headerName, value: headerValue, destination: fc.option(url, { nil: undefined }), provider, literal: fc.boolean(), origin })
    .map((fields) => compact({ kind: 'header' as const, ...fields })),
  endpoint: fc
    .record({
      url,
      role: fc.constantFrom('base-url' as const, 'request' as const),
      name: fc.option(name, { nil: undefined }),
      method: fc.option(fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'get', ''), { nil: undefined }),
      headers: fc.option(fc.array(fc.record({ name: headerName, value: headerValue }), { maxLength: 4 }), { nil: undefined }),
      body: fc.option(fc.record({ json: fc.boolean() }), { nil: undefined }),
      provider,
      origin,
    })
    .map((fields) => compact({ kind: 'endpoint' as const, ...fields })),
  'env-variable': fc
    .record({ name, value: fc.option(text, { nil: undefined }), access: fc.constantFrom('define' as const, 'read' as const), origin })
    .map((fields) => compact({ kind: 'env-variable' as const, ...fields })),
  identifier: fc
    .record({ identifier: fc.constantFrom('openai-organization' as const, 'openai-project' as const), name, value: fc.oneof(text, fc.constantFrom('org-abc', 'proj_abc')), origin })
    .map((fields) => ({ kind: 'identifier' as const, ...fields })),
  client: fc
    .record({ provider, dangerouslyAllowBrowser: fc.option(fc.boolean(), { nil: undefined }), origin })
    .map((fields) => compact({ kind: 'client' as const, ...fields })),
  'env-definitions': fc
    .record({
      name,
      loader: fc.constantFrom('dotenv' as const, 'nextjs' as const, 'vite' as const),
      mode: fc.option(fc.constantFrom('development', 'production', 'test', ''), { nil: undefined }),
      definitions: fc.array(
        fc.record({ source: fc.constantFrom('process.env', '.env', '.env.local', '.env.development', '.env.production.local', '.env.test'), value: text, filePath: fc.constantFrom('.env', '.env.local'), line: fc.nat({ max: 100 }) }),
        { maxLength: 4 },
      ),
      origin,
    })
    .map((fields) => compact({ kind: 'env-definitions' as const, ...fields })),
};

function visibleText(finding: ReturnType<typeof checkFacts>[number]): string[] {
  return [finding.message, ...Object.values(finding.data), ...(finding.suggestions ?? []).map((suggestion) => suggestion.message)];
}

describe('every rule of the catalog', () => {
  it('covers every fact kind a rule reads', () => {
    for (const rule of rules) for (const kind of rule.facts) expect(factArbitraries[kind], `${rule.id} reads ${kind}`).toBeDefined();
  });

  for (const kind of Object.keys(factArbitraries) as FactKind[]) {
    it(`never throws on arbitrary ${kind} facts and never prints a full key (property)`, () => {
      const readers = rules.filter((rule) => rule.facts.includes(kind) || (kind === 'header' && rule.facts.some((read) => read === 'key' || read === 'identifier')));
      fc.assert(
        fc.property(factArbitraries[kind], (fact) => {
          for (const rule of readers) {
            const findings = checkFacts([fact], { rules: [rule] });
            for (const finding of findings) {
              expect(finding.ruleId).toBe(rule.id);
              expect(finding.location.start).toBeLessThanOrEqual(finding.location.end);
              for (const shown of visibleText(finding)) {
                for (const key of FAKE_KEYS) expect(shown, `${rule.id}/${finding.messageId}`).not.toContain(key);
              }
            }
          }
        }),
        { numRuns: 200 },
      );
    }, 60_000);
  }

  it('runs all together over mixed facts without throwing (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(...Object.values(factArbitraries)), { maxLength: 6 }), (facts) => {
        for (const finding of checkFacts(facts)) for (const shown of visibleText(finding)) for (const key of FAKE_KEYS) expect(shown).not.toContain(key);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
