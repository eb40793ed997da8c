import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact, FactOrigin } from '../src/facts.js';
import { factsFromSetting, isBaseUrlName, providerForName, type Setting } from '../src/settings.js';
import { fakeKey, fakeKeyKinds, fakeKeyProviders, prefixlessFakeKeyKinds } from '../src/testing/fake-keys.js';

const env: FactOrigin = { medium: 'env', filePath: '.env' };
const code: FactOrigin = { medium: 'code', filePath: 'client.ts' };
const key = fakeKey('openai-project');

function setting(name: string, value: string | undefined, overrides: Partial<Setting> = {}): Setting {
  return { name, origin: env, access: 'define', literal: true, ...(value === undefined ? {} : { value }), ...overrides };
}

function kinds(facts: readonly Fact[]): string[] {
  return facts.map((fact) => fact.kind);
}

describe('factsFromSetting', () => {
  it('makes a key fact by name, with the provider the name implies', () => {
    const facts = factsFromSetting(setting('OPENAI_API_KEY', key));
    expect(kinds(facts)).toEqual(['env-variable', 'key']);
    expect(facts[1]).toMatchObject({ kind: 'key', name: 'OPENAI_API_KEY', value: key, provider: 'openai', literal: true });
  });

  it('makes a key fact for any key name, even with a value that is no key', () => {
    expect(kinds(factsFromSetting(setting('MY_BOT_TOKEN', 'changeme')))).toEqual(['env-variable', 'key']);
    expect(kinds(factsFromSetting(setting('ANTHROPIC_API_KEY', '')))).toEqual(['env-variable', 'key']);
  });

  it('makes a key fact by value shape whatever the name', () => {
    const facts = factsFromSetting(setting('SOMETHING', key));
    expect(kinds(facts)).toEqual(['env-variable', 'key']);
    expect(facts[1]).not.toHaveProperty('provider');
    expect(kinds(factsFromSetting(setting('SOMETHING', `"${key}"\r`)))).toEqual(['env-variable', 'key']);
  });

  it('recognises every prefixed fake key by shape under a neutral name', () => {
    for (const kind of fakeKeyKinds.filter((candidate) => !prefixlessFakeKeyKinds.includes(candidate))) {
      expect(kinds(factsFromSetting(setting('VALUE', fakeKey(kind)))), kind).toContain('key');
    }
  });

  it('does not make a key fact for ordinary values under ordinary names', () => {
    expect(kinds(factsFromSetting(setting('NODE_ENV', 'production')))).toEqual(['env-variable']);
    expect(kinds(factsFromSetting(setting('MAX_TOKENS', '4096')))).toEqual(['env-variable']);
    expect(kinds(factsFromSetting(setting('CHECKSUM', fakeKey('mistral'))))).toEqual(['env-variable']);
  });

  it('respects extraKeyNames', () => {
    expect(kinds(factsFromSetting(setting('BOT_CREDENTIAL', 'abc', { extraKeyNames: ['BOT_CREDENTIAL'] })))).toEqual(['env-variable', 'key']);
    expect(kinds(factsFromSetting(setting('BOT_CREDENTIAL', 'abc')))).toEqual(['env-variable']);
  });

  it('makes endpoint facts for base URL names', () => {
    for (const name of ['OPENAI_BASE_URL', 'OPENAI_API_BASE', 'AZURE_OPENAI_ENDPOINT', 'ANTHROPIC_BASE_URL', 'LLM_API_BASE_URL', 'baseURL']) {
      const facts = factsFromSetting(setting(name, 'https://api.openai.com/v1'));
      expect(facts.find((fact) => fact.kind === 'endpoint'), name).toMatchObject({ kind: 'endpoint', role: 'base-url', url: 'https://api.openai.com/v1', name });
      expect(kinds(facts), name).not.toContain('key');
    }
    expect(factsFromSetting(setting('AZURE_OPENAI_ENDPOINT', 'https://x.openai.azure.com')).find((fact) => fact.kind === 'endpoint')).toMatchObject({ provider: 'azure-openai' });
    expect(kinds(factsFromSetting(setting('OPENAI_BASE_URL', '')))).toEqual(['env-variable']);
  });

  it('still makes a key fact when a key sits in a base URL variable', () => {
    expect(kinds(factsFromSetting(setting('OPENAI_BASE_URL', key)))).toEqual(['env-variable', 'endpoint', 'key']);
  });

  it('makes identifier facts for the OpenAI organization and project', () => {
    expect(factsFromSetting(setting('OPENAI_ORG_ID', 'org-abc'))[1]).toMatchObject({ kind: 'identifier', identifier: 'openai-organization', value: 'org-abc' });
    expect(factsFromSetting(setting('OPENAI_PROJECT_ID', 'proj_abc'))[1]).toMatchObject({ kind: 'identifier', identifier: 'openai-project' });
    expect(factsFromSetting(setting('OPENAI_ORGANIZATION', 'org-abc'))[1]).toMatchObject({ kind: 'identifier', identifier: 'openai-organization' });
    expect(kinds(factsFromSetting(setting('OPENAI_ORG_ID', key)))).toEqual(['env-variable', 'identifier', 'key']);
  });

  it('reads the SDK options organization and project only on an OpenAI client in code', () => {
    expect(kinds(factsFromSetting(setting('organization', 'org-abc', { origin: code, client: 'openai' })))).toEqual(['identifier']);
    expect(kinds(factsFromSetting(setting('project', 'proj_abc', { origin: code, client: 'azure-openai' })))).toEqual(['identifier']);
    expect(kinds(factsFromSetting(setting('project', 'proj_abc', { origin: { medium: 'environment' } })))).toEqual(['env-variable']);
  });

  it('takes no project or organization outside an OpenAI client for an OpenAI ID', () => {
    // createVertex({ project: 'my-gcp-project' }), wandb({ project: 'runs' }), { organization: 'acme' }
    expect(kinds(factsFromSetting(setting('project', 'my-gcp-project', { origin: code })))).toEqual([]);
    expect(kinds(factsFromSetting(setting('organization', 'acme', { origin: code })))).toEqual([]);
    expect(kinds(factsFromSetting(setting('project', 'my-gcp-project', { origin: code, client: 'gemini' })))).toEqual([]);
  });

  it('marks a key passed to a provider client, and a variable the config declares, as evidence', () => {
    expect(factsFromSetting(setting('apiKey', 'x', { origin: code, client: 'groq' }))[0]).toMatchObject({ kind: 'key', evidence: 'client' });
    expect(factsFromSetting(setting('MY_LLM_SECRET', 'x', { extraKeyNames: ['MY_LLM_SECRET'] })).find((fact) => fact.kind === 'key')).toMatchObject({ evidence: 'declared' });
    expect(factsFromSetting(setting('apiKey', 'x', { origin: code }))[0]).not.toHaveProperty('evidence');
  });

  it('gives code options only the facts they carry (no env-variable fact)', () => {
    expect(kinds(factsFromSetting(setting('apiKey', key, { origin: code })))).toEqual(['key']);
  });

  it('makes only an env-variable fact for a read without a value', () => {
    expect(factsFromSetting(setting('OPENAI_API_KEY', undefined, { access: 'read', origin: code, literal: false }))).toEqual([
      { kind: 'env-variable', name: 'OPENAI_API_KEY', access: 'read', origin: code },
    ]);
  });

  it('passes literal through to key facts', () => {
    expect(factsFromSetting(setting('apiKey', key, { origin: code, literal: false }))[0]).toMatchObject({ literal: false });
  });

  it('takes the key provider from the name strictly (GOOGLE_CLIENT_SECRET names no AI provider)', () => {
    expect(factsFromSetting(setting('GOOGLE_CLIENT_SECRET', 'abc'))[1]).not.toHaveProperty('provider');
    for (const kind of ['mistral', 'cohere', 'azure-openai'] as const) {
      const name = { mistral: 'MISTRAL_API_KEY', cohere: 'COHERE_API_KEY', 'azure-openai': 'AZURE_OPENAI_API_KEY' }[kind];
      expect(factsFromSetting(setting(name, fakeKey(kind)))[1]).toMatchObject({ kind: 'key', provider: fakeKeyProviders[kind] });
    }
  });

  it('never throws on arbitrary names and values (property)', () => {
    const media = fc.constantFrom<FactOrigin['medium']>('code', 'env', 'env-template', 'process-env', 'collection', 'environment', 'curl', 'docs');
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string({ unit: 'grapheme' }), { nil: undefined }), media, fc.constantFrom<'define' | 'read'>('define', 'read'), (name, value, medium, access) => {
        const facts = factsFromSetting(setting(name, value, { origin: { medium }, access }));
        for (const fact of facts) expect(fact.origin.medium).toBe(medium);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isBaseUrlName and providerForName', () => {
  it('knows base URL names', () => {
    expect(isBaseUrlName('OPENAI_BASE_URL')).toBe(true);
    expect(isBaseUrlName('OPENAI_API_BASE')).toBe(true);
    expect(isBaseUrlName('AZURE_OPENAI_ENDPOINT')).toBe(true);
    expect(isBaseUrlName('OPENAI_API_KEY')).toBe(false);
  });
  it('maps names to providers, longest hint first', () => {
    expect(providerForName('AZURE_OPENAI_ENDPOINT')).toBe('azure-openai');
    expect(providerForName('OPENAI_BASE_URL')).toBe('openai');
    expect(providerForName('DATABASE_URL')).toBeUndefined();
  });
});
