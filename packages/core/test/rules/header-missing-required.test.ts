import headerMissingRequired from '../../src/rules/header-missing-required.js';
import type { HeaderEntry } from '../../src/facts.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { endpointFact } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const bearer: HeaderEntry = { name: 'Authorization', value: `Bearer ${key}` };
const json: HeaderEntry = { name: 'Content-Type', value: 'application/json' };
const anthropicAuth: HeaderEntry = { name: 'x-api-key', value: fakeKey('anthropic') };
const anthropicVersion: HeaderEntry = { name: 'anthropic-version', value: '2023-06-01' };
const chat = 'https://api.openai.com/v1/chat/completions';

testRule(headerMissingRequired, {
  valid: [
    // fetch('https://openrouter.ai/api/v1/models'): a public listing, or a call a wrapper signs.
    { title: 'a bare GET with no headers at all in code', fact: endpointFact('https://openrouter.ai/api/v1/models', { method: 'GET', headers: [] }) },
    // A local server or a documentation host may parse JSON whatever the media type: only a provider is known to refuse it.
    { title: 'a JSON body without Content-Type to a local gateway', fact: endpointFact('http://localhost:4000/v1/chat/completions', { headers: [bearer], body: { json: true } }) },
    { title: 'a JSON body without Content-Type to example.com', fact: endpointFact('https://example.com/api/items', { headers: [], body: { json: true } }) },
    { title: 'a complete OpenAI JSON request', fact: endpointFact(chat, { method: 'POST', headers: [bearer, json], body: { json: true } }) },
    { title: 'header names in any case, charset in the media type', fact: endpointFact(chat, { headers: [{ name: 'authorization', value: `Bearer ${key}` }, { name: 'content-type', value: 'application/json; charset=utf-8' }], body: { json: true } }) },
    { title: 'unknown header set: the adapter does not know, so neither do we', fact: endpointFact(chat, { body: { json: true } }) },
    { title: 'a base URL is not a request', fact: endpointFact('https://api.anthropic.com', { role: 'base-url', headers: [] }) },
    { title: 'a complete Anthropic request', fact: endpointFact('https://api.anthropic.com/v1/messages', { headers: [anthropicAuth, anthropicVersion, { name: 'content-type', value: 'application/json' }], body: { json: true } }) },
    { title: 'a GET without body needs no Content-Type', fact: endpointFact('https://api.openai.com/v1/models', { method: 'GET', headers: [bearer] }) },
    { title: 'a local server without auth (Ollama)', fact: endpointFact('http://localhost:11434/v1/chat/completions', { headers: [json], body: { json: true } }) },
    // The Assistants API is shut down (endpoint-path reports the call): no OpenAI-Beta header is demanded any more.
    { title: 'an Assistants call without OpenAI-Beta', fact: endpointFact('https://api.openai.com/v1/threads/thread_abc/runs', { headers: [bearer, json], body: { json: true } }) },
    { title: 'an Assistants call through a gateway without OpenAI-Beta', fact: endpointFact('https://llm-gateway.example.com/openai/v1/assistants', { headers: [bearer] }) },
    {
      title: 'Anthropic’s OpenAI-SDK compatibility endpoint: the key as Bearer, no anthropic-version',
      fact: endpointFact('https://api.anthropic.com/v1/chat/completions', { headers: [{ name: 'Authorization', value: `Bearer ${fakeKey('anthropic')}` }, json], body: { json: true } }),
    },
    { title: 'the GA Realtime API without OpenAI-Beta', fact: endpointFact('https://api.openai.com/v1/realtime/client_secrets', { headers: [bearer, json], body: { json: true } }) },
    { title: 'another OpenAI-Beta value is left alone', fact: endpointFact('https://api.openai.com/v1/responses', { headers: [bearer, json, { name: 'OpenAI-Beta', value: 'responses=experimental' }], body: { json: true } }) },
    { title: 'realtime=v1 to a gateway is not judged', fact: endpointFact('https://llm-gateway.example.com/v1/realtime/sessions', { headers: [bearer, json, { name: 'OpenAI-Beta', value: 'realtime=v1' }], body: { json: true } }) },
    { title: 'Gemini with the key in ?key= is authenticated (header-key-in-url warns)', fact: endpointFact('https://generativelanguage.googleapis.com/v1beta/models?key={{GEMINI_API_KEY}}', { headers: [] }) },
    { title: 'a misspelled auth header is header-auth-name’s business, not "no auth"', fact: endpointFact('https://api.openai.com/v1/models', { headers: [{ name: 'Authorisation', value: `Bearer ${key}` }] }) },
    { title: 'an Entra ID token to Azure counts as auth', fact: endpointFact('https://contoso.openai.azure.com/openai/v1/models', { headers: [{ name: 'Authorization', value: 'Bearer {{entraToken}}' }] }) },
    { title: 'a JSON vendor media type', fact: endpointFact(chat, { headers: [bearer, { name: 'Content-Type', value: 'application/vnd.api+json' }], body: { json: true } }) },
  ],
  invalid: [
    {
      title: 'a bare GET in a collection sends no key',
      fact: endpointFact('https://api.openai.com/v1/models', { method: 'GET', headers: [], origin: { medium: 'collection', filePath: 'c.json' } }),
      findings: [{ messageId: 'missingAuth' }],
    },
    {
      title: 'no auth header at all to OpenAI',
      fact: endpointFact('https://api.openai.com/v1/models', { method: 'GET', headers: [{ name: 'Accept', value: 'application/json' }] }),
      findings: [{ messageId: 'missingAuth', start: 0, end: 'https://api.openai.com/v1/models'.length, messageIncludes: ['to OpenAI sends no key', '`Authorization: Bearer <key>`'] }],
    },
    {
      title: 'Anthropic without anthropic-version',
      fact: endpointFact('https://api.anthropic.com/v1/messages', { headers: [anthropicAuth, json], body: { json: true } }),
      findings: [{ messageId: 'missingProviderHeader', messageIncludes: ['`anthropic-version`', 'anthropic-version: 2023-06-01'] }],
    },
    {
      title: 'Anthropic with nothing: auth, version and content type',
      fact: endpointFact('https://api.anthropic.com/v1/messages', { headers: [], body: { json: true } }),
      findings: [
        { messageId: 'missingAuth', messageIncludes: ['`x-api-key: <key>`'] },
        { messageId: 'missingProviderHeader' },
        { messageId: 'missingContentType' },
      ],
    },
    {
      title: 'curl -d with a JSON body and no Content-Type',
      fact: endpointFact(chat, { origin: { medium: 'curl' }, headers: [bearer], body: { json: true } }),
      findings: [{ messageId: 'missingContentType', messageIncludes: ['without `Content-Type: application/json`'] }],
    },
    {
      title: 'a JSON body sent as form data',
      fact: endpointFact(chat, { headers: [bearer, { name: 'Content-Type', value: 'application/x-www-form-urlencoded' }], body: { json: true } }),
      findings: [{ messageId: 'wrongContentType', messageIncludes: ['`Content-Type: application/x-www-form-urlencoded`'] }],
    },
    {
      title: 'no auth to Replicate: the suggested form is its current Bearer',
      fact: endpointFact('https://api.replicate.com/v1/predictions', { headers: [json], body: { json: true } }),
      findings: [{ messageId: 'missingAuth', messageIncludes: ['`Authorization: Bearer <key>`'] }],
    },
    {
      title: 'the retired Realtime beta header to OpenAI',
      fact: endpointFact('https://api.openai.com/v1/realtime/sessions', { headers: [bearer, json, { name: 'OpenAI-Beta', value: 'realtime=v1' }], body: { json: true } }),
      findings: [{ messageId: 'refusedHeader', messageIncludes: ['`OpenAI-Beta: realtime=v1` selects what was shut down in May 2026 with the Realtime beta shape; OpenAI refuses the request'] }],
    },
    {
      title: 'Anthropic’s native API still needs anthropic-version with a Bearer OAuth token',
      fact: endpointFact('https://api.anthropic.com/v1/messages', { headers: [{ name: 'Authorization', value: 'Bearer {{oauthToken}}' }, json], body: { json: true } }),
      findings: [{ messageId: 'missingProviderHeader', messageIncludes: ['`anthropic-version`'] }],
    },
  ],
});
