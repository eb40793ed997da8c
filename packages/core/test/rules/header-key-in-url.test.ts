import headerKeyInUrl from '../../src/rules/header-key-in-url.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { endpointFact } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const geminiKey = fakeKey('gemini');
const gemini = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent';

function span(url: string, value: string): { start: number; end: number } {
  const start = url.indexOf(value);
  return { start, end: start + value.length };
}

const withKey = `${gemini}?key=${geminiKey}`;
const apiKeyUrl = `https://gateway.example.com/v1/chat/completions?model=gpt-4o&api_key=${key}#top`;
const tokenUrl = `https://api.openai.com/v1/models?token=${key}`;
const shapedUrl = `https://proxy.example.com/v1/models?x=1&credential=${key}`;
const templated = '{{baseUrl}}/models?key={{GEMINI_API_KEY}}';
const encoded = `https://api.openai.com/v1/models?api%5Fkey=${key}`;

testRule(headerKeyInUrl, {
  valid: [
    { title: 'no query string', fact: endpointFact('https://api.openai.com/v1/chat/completions') },
    { title: 'harmless parameters', fact: endpointFact('https://api.openai.com/v1/files?purpose=batch&limit=10&order=desc') },
    { title: 'Azure api-version is not a key', fact: endpointFact('https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21') },
    { title: 'an object key of another API', fact: endpointFact('https://storage.example.com/download?key=reports/2026.csv') },
    { title: 'a short token value of another API', fact: endpointFact('https://example.com/search?token=abc') },
    { title: 'a pagination token under another name', fact: endpointFact('https://example.com/items?page_token=eyJvZmZzZXQiOjEwMH0') },
    { title: 'an empty api_key', fact: endpointFact('https://gateway.example.com/v1?api_key=') },
  ],
  invalid: [
    {
      title: 'Gemini’s documented ?key=: still a warning',
      fact: endpointFact(withKey),
      findings: [{ messageId: 'documentedButLogged', ...span(withKey, geminiKey), messageIncludes: ['Google Gemini accepts the key as `?key=`', '`x-goog-api-key: <key>`'] }],
    },
    {
      title: 'api_key among other parameters, before a fragment',
      fact: endpointFact(apiKeyUrl),
      findings: [{ messageId: 'keyInQuery', ...span(apiKeyUrl, key), messageIncludes: ['`api_key` query parameter', 'server logs', '`Authorization: Bearer <key>`'] }],
    },
    {
      title: '?token= to a provider host',
      fact: endpointFact(tokenUrl),
      findings: [{ messageId: 'keyInQuery', ...span(tokenUrl, key) }],
    },
    {
      title: 'any parameter whose value is key-shaped',
      fact: endpointFact(shapedUrl),
      findings: [{ messageId: 'keyInQuery', ...span(shapedUrl, key), messageIncludes: ['`credential`'] }],
    },
    {
      title: 'a Postman variable holding a key in ?key=',
      fact: endpointFact(templated, { origin: { medium: 'collection' } }),
      findings: [{ messageId: 'keyInQuery', ...span(templated, '{{GEMINI_API_KEY}}') }],
    },
    {
      title: 'apikey and access_token with placeholders',
      fact: endpointFact('https://api.example.com/v1?apikey=$API_KEY&access_token=YOUR_TOKEN'),
      findings: [{ messageId: 'keyInQuery', messageIncludes: ['`apikey`'] }, { messageId: 'keyInQuery', messageIncludes: ['`access_token`'] }],
    },
    {
      title: 'a percent-encoded parameter name',
      fact: endpointFact(encoded),
      findings: [{ messageId: 'keyInQuery', ...span(encoded, key), messageIncludes: ['`api_key`'] }],
    },
  ],
});
