import headerAuthName from '../../src/rules/header-auth-name.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { headerFact } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const anthropicKey = fakeKey('anthropic');
const azureKey = fakeKey('azure-openai');
const geminiKey = fakeKey('gemini');
const openai = { destination: 'https://api.openai.com/v1/chat/completions' };
const anthropic = { destination: 'https://api.anthropic.com/v1/messages' };
const azure = { destination: 'https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21' };
const azureV1 = { destination: 'https://contoso.openai.azure.com/openai/v1/chat/completions' };
const gateway = { destination: 'http://localhost:4000/v1/chat/completions' };
const foundryClaude = { destination: 'https://contoso.services.ai.azure.com/anthropic/v1/messages' };
const entraToken = `eyJ${'a'.repeat(30)}.eyJ${'b'.repeat(60)}.${'c'.repeat(40)}`;

testRule(headerAuthName, {
  valid: [
    { title: 'Authorization to OpenAI', fact: headerFact('Authorization', `Bearer ${key}`, openai) },
    { title: 'any case of the header name', fact: headerFact('AUTHORIZATION', `Bearer ${key}`, openai) },
    { title: 'Proxy-Authorization is a header of its own (credentials for the proxy), not a misspelling', fact: headerFact('Proxy-Authorization', 'Basic dXNlcjpwYXNz', openai) },
    { title: 'WWW-Authenticate is a header of its own', fact: headerFact('WWW-Authenticate', 'Bearer realm="api"', openai) },
    { title: 'x-api-key to Anthropic', fact: headerFact('x-api-key', anthropicKey, anthropic) },
    { title: 'X-Api-Key written in title case', fact: headerFact('X-Api-Key', anthropicKey, anthropic) },
    { title: 'an OAuth token as Bearer to Anthropic', fact: headerFact('Authorization', `Bearer ${entraToken}`, anthropic) },
    { title: 'api-key to Azure', fact: headerFact('api-key', azureKey, azure) },
    { title: 'an Entra ID Bearer token to Azure /openai/v1/', fact: headerFact('Authorization', `Bearer ${entraToken}`, azureV1) },
    { title: 'an Entra ID Bearer token to an Azure deployment', fact: headerFact('Authorization', `Bearer ${entraToken}`, azure) },
    { title: 'the Azure key as Bearer on the GA /openai/v1/ API (Microsoft’s own example)', fact: headerFact('Authorization', `Bearer ${azureKey}`, azureV1) },
    { title: 'the long Azure key as Bearer on /openai/v1/', fact: headerFact('Authorization', `Bearer ${fakeKey('azure-openai-long')}`, { destination: 'https://contoso.cognitiveservices.azure.com/openai/v1/responses' }) },
    { title: 'Claude on Azure Foundry reads x-api-key under /anthropic/', fact: headerFact('x-api-key', anthropicKey, foundryClaude) },
    { title: 'Claude on Azure Foundry reads Bearer under /anthropic/', fact: headerFact('Authorization', `Bearer ${anthropicKey}`, foundryClaude) },
    { title: 'the Anthropic key as Bearer on its OpenAI-SDK compatibility endpoint', fact: headerFact('Authorization', `Bearer ${anthropicKey}`, { destination: 'https://api.anthropic.com/v1/chat/completions' }) },
    { title: 'x-goog-api-key to Gemini', fact: headerFact('x-goog-api-key', geminiKey, { destination: 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent' }) },
    { title: 'Bearer with a Gemini key to its OpenAI-compatible endpoint', fact: headerFact('Authorization', `Bearer ${geminiKey}`, { destination: 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions' }) },
    { title: 'x-api-key to a gateway (LiteLLM and others accept it)', fact: headerFact('x-api-key', key, gateway) },
    { title: 'a custom Auth header of some other API, value not a key', fact: headerFact('Auth', 'some-session-value', { destination: 'https://intranet.example.com/api' }) },
    { title: 'X-App-Key of another API with a non-key value', fact: headerFact('X-App-Key', 'abc', { destination: 'https://intranet.example.com/api' }) },
    { title: 'Content-Type to OpenAI', fact: headerFact('Content-Type', 'application/json', openai) },
    { title: 'OpenAI-Organization is header-openai-ids’ business', fact: headerFact('OpenAI-Organization', key, openai) },
    { title: 'anthropic-version to Anthropic', fact: headerFact('anthropic-version', '2023-06-01', anthropic) },
  ],
  invalid: [
    {
      title: 'Authorisation (British spelling) to OpenAI',
      fact: headerFact('Authorisation', `Bearer ${key}`, openai),
      findings: [{ messageId: 'misspelled', field: 'name', start: 0, end: 13, suggested: ['Authorization'], messageIncludes: ['Header `Authorisation` is a misspelling of `Authorization`', '401'] }],
    },
    {
      title: 'Authentication with a Bearer value to an unknown host',
      fact: headerFact('Authentication', 'Bearer {{token}}'),
      findings: [{ messageId: 'misspelled', suggested: ['Authorization'] }],
    },
    {
      title: 'Auth with a key-shaped value',
      fact: headerFact('Auth', `Bearer ${key}`, gateway),
      findings: [{ messageId: 'misspelled', suggested: ['Authorization'] }],
    },
    {
      title: 'a typo within edit distance',
      fact: headerFact('Authorizaton', `Bearer ${key}`, openai),
      findings: [{ messageId: 'misspelled', suggested: ['Authorization'] }],
    },
    {
      title: 'x_api_key (underscores: nginx drops such headers) to Anthropic',
      fact: headerFact('x_api_key', anthropicKey, anthropic),
      findings: [{ messageId: 'misspelled', suggested: ['x-api-key'], messageIncludes: ['`x-api-key`'] }],
    },
    {
      title: 'apikey to Azure',
      fact: headerFact('apikey', azureKey, azure),
      findings: [{ messageId: 'misspelled', suggested: ['api-key'] }],
    },
    {
      title: 'api_key to OpenAI: OpenAI wants Authorization, and the value lacks Bearer, so no one-step rename',
      fact: headerFact('api_key', key, openai),
      findings: [{ messageId: 'wrongHeader', field: 'name', suggested: [], messageIncludes: ['OpenAI does not read the key from `api_key`', '`Authorization: Bearer <key>`'] }],
    },
    {
      title: 'api-key (Azure style) to OpenAI',
      fact: headerFact('api-key', key, openai),
      findings: [{ messageId: 'wrongHeader', suggested: [], messageIncludes: ['`Authorization: Bearer <key>`'] }],
    },
    {
      title: 'x-api-key to OpenAI',
      fact: headerFact('x-api-key', key, openai),
      findings: [{ messageId: 'wrongHeader' }],
    },
    {
      title: 'Authorization: Bearer with an Azure key (key auth wants api-key)',
      fact: headerFact('Authorization', `Bearer ${azureKey}`, azure),
      findings: [{ messageId: 'wrongHeader', suggested: [], messageIncludes: ['Azure OpenAI', '`api-key: <key>`'] }],
    },
    {
      title: 'a bare Azure key in Authorization: renaming the header is enough',
      fact: headerFact('Authorization', fakeKey('azure-openai-long'), azureV1),
      findings: [{ messageId: 'wrongHeader', suggested: ['api-key'] }],
    },
    {
      title: 'x-api-key (Anthropic style) to Azure OpenAI on the same Foundry host',
      fact: headerFact('x-api-key', azureKey, { destination: 'https://contoso.services.ai.azure.com/openai/v1/chat/completions' }),
      findings: [{ messageId: 'wrongHeader', messageIncludes: ['Azure OpenAI does not read the key from `x-api-key`'] }],
    },
    {
      title: 'Authorization: Bearer with an Anthropic key to api.anthropic.com',
      fact: headerFact('Authorization', `Bearer ${anthropicKey}`, anthropic),
      findings: [{ messageId: 'wrongHeader', messageIncludes: ['Anthropic', '`x-api-key: <key>`'] }],
    },
    {
      title: 'Bearer with a Gemini key to the native Gemini API',
      fact: headerFact('Authorization', `Bearer ${geminiKey}`, { destination: 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent' }),
      findings: [{ messageId: 'wrongHeader', messageIncludes: ['`x-goog-api-key: <key>`'] }],
    },
    {
      title: 'a made-up key header to a provider the adapter knows',
      fact: headerFact('X-OpenAI-Key', key, { provider: 'openai' }),
      findings: [{ messageId: 'wrongHeader', messageIncludes: ['`X-OpenAI-Key`'] }],
    },
  ],
});
