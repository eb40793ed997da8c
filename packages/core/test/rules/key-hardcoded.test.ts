import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../src/check.js';
import keyHardcoded from '../../src/rules/key-hardcoded.js';
import { redact } from '../../src/redact.js';
import { fakeKey, fakeKeyKinds } from '../../src/testing/fake-keys.js';
import { headerFact, keyFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const code = origin('code', 'src/client.ts');
const collection = origin('collection', 'api.postman_collection.json');
// A token of no known provider, built at run time like every key-shaped value in this repository.
const genericToken = `tok_${fakeKey('mistral', 'bot')}`;
const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

testRule(keyHardcoded, {
  valid: [
    { title: 'dashed words after sk- are a test\u2019s stand-in, not a key', fact: keyFact('sk-synthetic-cloudflare-lifecycle-private-83d4', { origin: code, name: 'OPENAI_API_KEY' }) },
    { title: 'a key in .env is where it belongs', fact: keyFact(key) },
    { title: 'a key in the process environment', fact: keyFact(key, { origin: origin('process-env', 'process.env') }) },
    { title: 'a key read from the environment in code', fact: keyFact(key, { literal: false, origin: code, name: 'apiKey' }) },
    { title: 'a placeholder in code', fact: keyFact('YOUR_API_KEY', { origin: code, name: 'apiKey' }) },
    { title: 'a masked key in docs', fact: keyFact('sk-proj-…Ab12', { origin: origin('docs', 'README.md') }) },
    { title: 'a placeholder in .env.example', fact: keyFact('your-api-key-here', { origin: origin('env-template', '.env.example') }) },
    { title: 'sk-learn is not a key', fact: keyFact('sk-learn', { origin: code, name: 'apiKey' }) },
    { title: 'a sha256 hash under a token name', fact: keyFact(sha256, { origin: code, name: 'cacheToken' }) },
    { title: 'a UUID under a key name', fact: keyFact('123e4567-e89b-12d3-a456-426614174000', { origin: code, name: 'apiKey' }) },
    { title: 'a base64 blob under a secret name', fact: keyFact('aGVsbG8gd29ybGQgdGhpcyBpcyBub3QgYSBrZXk=', { origin: code, name: 'SECRET' }) },
    { title: 'a short value under a key name', fact: keyFact('abc123', { origin: code, name: 'apiKey' }) },
    { title: 'a random-looking value under a name that is not a key name', fact: keyFact(fakeKey('cohere'), { origin: code, name: 'requestId' }) },
    // A name is no evidence: a session secret or a bot token is not an AI provider's key.
    { title: 'a high-entropy token under a generic key name', fact: keyFact(genericToken, { origin: code, name: 'MY_BOT_TOKEN' }) },
    { title: 'a high-entropy token under a camelCase key name', fact: keyFact(genericToken, { origin: code, name: 'botToken' }) },
    { title: 'a Mistral-shaped string without provider context', fact: keyFact(fakeKey('mistral').toLowerCase(), { origin: code, name: 'checksum' }) },
  ],
  invalid: [
    {
      title: 'an OpenAI key in source code',
      fact: keyFact(key, { origin: code, name: 'apiKey' }),
      findings: [
        {
          messageId: 'hardcoded',
          start: 0,
          end: key.length,
          messageIncludes: [`apiKey holds an OpenAI project key (${redact(key)}) written into the source code`, 'rotate the key and read it from process.env.OPENAI_API_KEY'],
          suggested: ['process.env.OPENAI_API_KEY'],
        },
      ],
    },
    {
      title: 'a key in a Postman collection header',
      fact: headerFact('Authorization', `Bearer ${key}`, { origin: collection, destination: 'https://api.openai.com/v1/chat/completions' }),
      findings: [{ messageId: 'hardcoded', start: 7, end: 7 + key.length, messageIncludes: ['written into a request collection'], suggested: ['Bearer {{OPENAI_API_KEY}}'] }],
    },
    {
      title: 'a key in an exported Postman environment',
      fact: keyFact(fakeKey('anthropic'), { origin: origin('environment', 'prod.postman_environment.json'), name: 'anthropic_key' }),
      findings: [{ messageId: 'hardcoded', messageIncludes: ['an Anthropic API key', 'an exported environment'], suggested: [''] }],
    },
    {
      title: 'a key in a curl command',
      fact: headerFact('Authorization', `Bearer ${fakeKey('groq')}`, { origin: origin('curl', 'scripts/try.sh') }),
      findings: [{ messageId: 'hardcoded', messageIncludes: ['a Groq key', 'use $GROQ_API_KEY'], suggested: ['Bearer $GROQ_API_KEY'] }],
    },
    {
      title: 'a key in the docs',
      fact: keyFact(key, { origin: origin('docs', 'README.md') }),
      findings: [{ messageId: 'hardcoded', messageIncludes: ['the documentation'], suggested: ['$OPENAI_API_KEY'] }],
    },
    {
      title: 'a real key in .env.example',
      fact: keyFact(key, { origin: origin('env-template', '.env.example') }),
      findings: [{ messageId: 'hardcoded', messageIncludes: ['a file that gets committed (a template, defaults or test settings)'], suggested: [''] }],
    },
    {
      title: 'a key under a name that does not say key',
      fact: keyFact(key, { origin: code, name: 'config' }),
      findings: [{ messageId: 'hardcoded', suggested: ['process.env.OPENAI_API_KEY'] }],
    },
    {
      title: 'a high-entropy token passed to a provider client keeps the client option name',
      fact: keyFact(genericToken, { origin: code, name: 'apiKey', evidence: 'client' }),
      findings: [{ messageId: 'hardcoded', messageIncludes: ['apiKey holds a secret', 'process.env.API_KEY'] }],
    },
    {
      title: 'a high-entropy token passed to a Mistral client suggests its variable',
      fact: keyFact(genericToken, { origin: code, name: 'apiKey', evidence: 'client', provider: 'mistral' }),
      findings: [{ messageId: 'hardcoded', suggested: ['process.env.MISTRAL_API_KEY'] }],
    },
    {
      title: 'a prefix-less Azure key recognised from the destination',
      fact: headerFact('api-key', fakeKey('azure-openai'), { origin: code, destination: 'https://res.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21' }),
      findings: [{ messageId: 'hardcoded', messageIncludes: ['an Azure OpenAI key'], suggested: ['process.env.AZURE_OPENAI_API_KEY'] }],
    },
    {
      title: 'a quoted key is still a hard-coded key',
      fact: keyFact(`"${key}"`, { origin: code, name: 'apiKey' }),
      findings: [{ messageId: 'hardcoded', start: 0, end: key.length + 2 }],
    },
  ],
});

describe('key-hardcoded over every fake key kind', () => {
  for (const kind of fakeKeyKinds) {
    it(`flags a ${kind} key written into code under its provider's variable`, () => {
      const value = fakeKey(kind, 3);
      const name = kind.startsWith('azure') ? 'AZURE_OPENAI_API_KEY' : kind === 'mistral' ? 'MISTRAL_API_KEY' : kind === 'cohere' ? 'COHERE_API_KEY' : 'apiKey';
      const findings = checkFacts([keyFact(value, { origin: code, name })], { rules: [keyHardcoded] });
      expect(findings.map((finding) => finding.messageId)).toEqual(['hardcoded']);
      expect(findings[0]?.message).not.toContain(value);
      expect(findings[0]?.data['variable']).toMatch(/^[A-Z][A-Z0-9_]+$/);
    });
  }
});
