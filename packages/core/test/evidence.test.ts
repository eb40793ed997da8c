import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check.js';
import { keyEvidenceOf } from '../src/keys.js';
import { fakeKey } from '../src/testing/fake-keys.js';
import { headerFact, keyFact, origin } from './facts.js';

const code = origin('code', 'src/app.ts');

describe('keyEvidenceOf: why a value is judged as an API key', () => {
  it('a known key shape is evidence anywhere, and names its provider', () => {
    expect(keyEvidenceOf(keyFact(fakeKey('anthropic'), { origin: code, name: 'token' }))).toEqual({ kind: 'shape', provider: 'anthropic' });
  });

  it('a provider host as destination is evidence, and wins over the name', () => {
    expect(keyEvidenceOf(keyFact('x', { origin: code, name: 'token', destination: 'https://api.groq.com/openai/v1/chat/completions' }))).toEqual({ kind: 'destination', provider: 'groq' });
  });

  it('an option of a provider client is evidence, with the client\'s provider when it is known', () => {
    expect(keyEvidenceOf(keyFact('x', { origin: code, name: 'apiKey', evidence: 'client', provider: 'groq' }))).toEqual({ kind: 'client', provider: 'groq' });
    // A client pointed at a gateway: still a credential, for no known provider.
    expect(keyEvidenceOf(keyFact('x', { origin: code, name: 'apiKey', evidence: 'client', destination: 'https://gateway.example.com/v1' }))).toEqual({ kind: 'client' });
  });

  it('a header only one provider reads is evidence; a header everyone uses is not', () => {
    expect(keyEvidenceOf(keyFact('x', { origin: code, name: 'x-goog-api-key' }))).toEqual({ kind: 'header', provider: 'gemini' });
    expect(keyEvidenceOf(keyFact('x', { origin: code, name: 'x-api-key' }))).toBeUndefined();
    expect(keyEvidenceOf(keyFact('x', { origin: code, name: 'Authorization' }))).toBeUndefined();
  });

  it('a provider\'s variable is evidence in .env files and collections; in code only the SDK variable itself', () => {
    expect(keyEvidenceOf(keyFact('x', { name: 'MY_GROQ_API_KEY' }))).toEqual({ kind: 'variable', provider: 'groq' });
    expect(keyEvidenceOf(keyFact('x', { name: 'openai_api_key', origin: origin('collection', 'c.json') }))).toEqual({ kind: 'variable', provider: 'openai' });
    expect(keyEvidenceOf(keyFact('x', { name: 'MISTRAL_API_KEY', origin: code }))).toEqual({ kind: 'variable', provider: 'mistral' });
    // An alias table's `openAIApiKey: "openai_api_key"` holds a field name.
    expect(keyEvidenceOf(keyFact('openai_api_key', { name: 'openAIApiKey', origin: code }))).toBeUndefined();
  });

  it('a generic name is no evidence anywhere', () => {
    for (const name of ['token', 'secret', 'apiKey', 'password', 'SECRET_KEY', 'LANGSMITH_API_KEY', 'GITHUB_TOKEN']) {
      expect(keyEvidenceOf(keyFact('keyboard cat', { name, origin: code })), name).toBeUndefined();
      expect(keyEvidenceOf(keyFact('changeme', { name })), name).toBeUndefined();
    }
  });

  it('a variable the config declares is evidence', () => {
    expect(keyEvidenceOf(keyFact('x', { name: 'LLM_SECRET', evidence: 'declared' }))).toEqual({ kind: 'declared' });
  });
});

describe('checkFacts judges keys only with evidence', () => {
  it('says nothing about a placeholder under a generic name, and reports it under a provider variable with its evidence', () => {
    expect(checkFacts([keyFact('changeme', { name: 'SESSION_SECRET' })])).toEqual([]);
    const findings = checkFacts([keyFact('changeme', { name: 'OPENAI_API_KEY' })]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['key-placeholder']);
    expect(findings[0]?.evidence).toEqual({ kind: 'variable', provider: 'openai' });
  });

  it('judges the key in an Authorization header by the request\'s destination', () => {
    expect(checkFacts([headerFact('Authorization', 'Bearer changeme', { destination: 'https://example.com/api' })])).toEqual([]);
    const findings = checkFacts([headerFact('Authorization', 'Bearer changeme', { destination: 'https://api.openai.com/v1/models' })]);
    expect(findings.map((finding) => [finding.ruleId, finding.evidence?.kind])).toEqual([['key-placeholder', 'destination']]);
  });
});

describe('tokens in a Bearer header are credentials, not malformed keys', () => {
  const body = fakeKey('cohere');
  const jwt = `eyJ${'a'.repeat(30)}.eyJ${'b'.repeat(60)}.${'c'.repeat(40)}`;
  it.each([
    ['an Entra ID token to Azure /openai/v1/', jwt, 'https://contoso.openai.azure.com/openai/v1/chat/completions'],
    ['an Entra ID token to an Azure deployment', jwt, 'https://contoso.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21'],
    ["Anthropic's OAuth token", `sk-ant-oat01-${body}`, 'https://api.anthropic.com/v1/messages'],
    ["Google's OAuth token on Gemini's OpenAI endpoint", `ya29.${body}`, 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions'],
  ])('%s: no finding from any rule', (_title, token, destination) => {
    expect(checkFacts([headerFact('Authorization', `Bearer ${token}`, { destination })]).map((finding) => `${finding.ruleId}/${finding.messageId}`)).toEqual([]);
  });
});
