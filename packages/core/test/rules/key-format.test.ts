import keyFormat from '../../src/rules/key-format.js';
import { OPENAI_KEY_MARKER } from '../../src/providers/key-shapes.js';
import { getProvider } from '../../src/providers/providers.js';
import { fakeKey, fakeKeyKinds, fakeKeyProviders } from '../../src/testing/fake-keys.js';
import { headerFact, keyFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';


const key = fakeKey('openai-project');
const body = key.slice('sk-proj-'.length).replace(OPENAI_KEY_MARKER, '');
const other = fakeKey('openai-project', 2).slice('sk-proj-'.length).replace(OPENAI_KEY_MARKER, '');
const anthropicKey = fakeKey('anthropic');
const adminKey = fakeKey('openai-admin');
const mistralKey = fakeKey('mistral');
const noPrefix = fakeKey('cohere');
const code = origin('code', 'client.ts');

testRule(keyFormat, {
  valid: [
    // Plausible but of no known OpenAI shape: maybe a new format, key-shape-unknown's warning, never "a broken key".
    { title: 'a plausible key of no known shape', fact: keyFact(noPrefix) },
    { title: 'an Entra ID token (a JWT) as Bearer to Azure', fact: keyFact(`eyJ${'a'.repeat(30)}.eyJ${'b'.repeat(60)}.${'c'.repeat(40)}`, { name: 'Authorization', destination: 'https://contoso.openai.azure.com/openai/v1/chat/completions' }) },
    { title: "Anthropic's OAuth access token", fact: keyFact(`sk-ant-oat01-${noPrefix}`, { name: 'Authorization', destination: 'https://api.anthropic.com/v1/messages' }) },
    { title: "Google's OAuth access token", fact: keyFact(`ya29.${noPrefix}`, { name: 'Authorization', destination: 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions' }) },
    ...fakeKeyKinds
      .filter((kind) => kind !== 'openai-admin' && kind !== 'anthropic-admin')
      .map((kind) => ({
        title: `a ${kind} key in ${getProvider(fakeKeyProviders[kind]).keyEnvNames[0]}`,
        fact: keyFact(fakeKey(kind, 7), { name: getProvider(fakeKeyProviders[kind]).keyEnvNames[0] as string }),
      })),
    { title: 'a 132-character project key', fact: keyFact(`sk-proj-${body.slice(0, 58)}${OPENAI_KEY_MARKER}${other.slice(0, 58)}`) },
    { title: 'a 111-character service-account key', fact: keyFact(`sk-svcacct-${body.slice(0, 46)}${OPENAI_KEY_MARKER}${other.slice(0, 46)}`) },
    { title: 'a project key ending in "-"', fact: keyFact(`${key}-`) },
    { title: 'an admin key in OPENAI_ADMIN_KEY', fact: keyFact(adminKey, { name: 'OPENAI_ADMIN_KEY' }) },
    { title: 'an admin key sent to an admin endpoint', fact: keyFact(adminKey, { name: 'adminAPIKey', destination: 'https://api.openai.com/v1/organization/admin_api_keys', origin: code }) },
    // The spec's security says AdminApiKeyAuth for these, though they are not under /organization.
    { title: 'an admin key sent to project roles', fact: keyFact(adminKey, { name: 'adminAPIKey', destination: 'https://api.openai.com/v1/projects/proj_abc/roles', origin: code }) },
    { title: 'an admin key sent to a project user’s roles', fact: keyFact(adminKey, { name: 'adminAPIKey', destination: 'https://api.openai.com/v1/projects/proj_abc/users/user_abc/roles/role_abc', origin: code }) },
    { title: 'an admin key with only the SDK base URL known', fact: keyFact(adminKey, { name: 'adminAPIKey', destination: 'https://api.openai.com/v1', origin: code }) },
    { title: 'an Anthropic admin key sent to its Admin API', fact: keyFact(fakeKey('anthropic-admin'), { name: 'adminKey', destination: 'https://api.anthropic.com/v1/organizations/api_keys', origin: code }) },
    { title: 'a trailing carriage return is key-whitespace’s business', fact: keyFact(`${key}\r`) },
    { title: 'quotes around the key are key-quoted’s business', fact: keyFact(`"${key}"`) },
    { title: 'a zero-width space is key-invisible-char’s business', fact: keyFact(`${key.slice(0, 20)}\u200b${key.slice(20)}`) },
    { title: 'a space inside the key is key-whitespace’s business', fact: keyFact(`${key.slice(0, 20)} ${key.slice(20)}`) },
    { title: 'a key wrapped over three lines is not a sentence', fact: keyFact(`sk-proj-abc def ghi ${key.slice(20)}`) },
    { title: 'a placeholder is key-placeholder’s business', fact: keyFact('sk-proj-****Ab12') },
    { title: 'an Anthropic key in OPENAI_API_KEY is key-provider-mismatch’s business', fact: keyFact(anthropicKey) },
    { title: 'a truncated Anthropic key in OPENAI_API_KEY is key-provider-mismatch’s business', fact: keyFact(anthropicKey.slice(0, 40)) },
    { title: 'any token under a generic name', fact: keyFact(`tok_${fakeKey('mistral')}`, { name: 'MY_SERVICE_TOKEN' }) },
    { title: 'a proxy key sent to a gateway', fact: keyFact('sk-litellm-abc123', { destination: 'https://llm-gateway.example.com/v1/chat/completions', origin: code }) },
    { title: 'anything sent to a local server', fact: keyFact('https://not-a-key.example.com', { destination: 'http://localhost:11434/v1/chat/completions', origin: code }) },
    { title: 'a key in an Authorization header', fact: headerFact('Authorization', `Bearer ${key}`, { destination: 'https://api.openai.com/v1/chat/completions' }) },
    { title: 'a Google API key in GOOGLE_API_KEY', fact: keyFact(fakeKey('gemini'), { name: 'GOOGLE_API_KEY' }) },
    { title: 'a Google auth key (AQ.) in GOOGLE_API_KEY', fact: keyFact(fakeKey('gemini-auth'), { name: 'GOOGLE_API_KEY' }) },
    { title: 'a Google auth key (AQ.) in x-goog-api-key', fact: headerFact('x-goog-api-key', fakeKey('gemini-auth', 3), { destination: 'https://generativelanguage.googleapis.com/v1beta/models' }) },
    { title: 'a Google auth key (AQ.) as Bearer on the OpenAI-compatible endpoint', fact: headerFact('Authorization', `Bearer ${fakeKey('gemini-auth', 4)}`, { destination: 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions' }) },
    { title: 'GOOGLE_CLIENT_SECRET names no AI provider', fact: keyFact('not-a-gemini-key', { name: 'GOOGLE_CLIENT_SECRET' }) },
  ],
  invalid: [
    { title: 'a Google auth key (AQ.) cut short', fact: keyFact(fakeKey('gemini-auth').slice(0, 20), { name: 'GEMINI_API_KEY' }), findings: [{ messageId: 'tooShort', start: 0, end: 20 }] },
    { title: 'a Google auth key (AQ.) with a character no key has', fact: keyFact(`${fakeKey('gemini-auth').slice(0, 30)}!${fakeKey('gemini-auth').slice(31)}`, { name: 'GEMINI_API_KEY' }), findings: [{ messageId: 'charset', start: 30, end: 31 }] },
    {
      title: 'a URL in the key slot',
      fact: keyFact('https://api.openai.com/v1'),
      findings: [{ messageId: 'url', start: 0, end: 25, messageIncludes: ['OPENAI_API_KEY holds a URL, not a key', 'the base URL setting'] }],
    },
    { title: 'a URL under a provider key variable', fact: keyFact('https://example.com/token', { name: 'MY_GROQ_API_KEY' }), findings: [{ messageId: 'url' }] },
    { title: 'a host without a scheme', fact: keyFact('api.openai.com/v1'), findings: [{ messageId: 'url' }] },
    { title: 'a sentence in the key slot', fact: keyFact('You are a helpful assistant.'), findings: [{ messageId: 'prose', messageIncludes: ['holds a sentence'] }] },
    { title: 'a Python dict stringified into the key', fact: keyFact(`{'api_key': '${key}'}`), findings: [{ messageId: 'structured', messageIncludes: ['JSON object or dictionary'] }] },
    {
      title: '"Bearer " inside the key variable',
      fact: keyFact(`Bearer ${key}`),
      findings: [{ messageId: 'scheme', start: 0, end: 7, fixed: key, messageIncludes: ['starts with "Bearer"', 'send it twice'] }],
    },
    {
      title: 'a whole assignment pasted as the value',
      fact: keyFact(`OPENAI_API_KEY=${key}`),
      findings: [{ messageId: 'assignment', start: 0, end: 15, fixed: key, messageIncludes: ['"OPENAI_API_KEY=…"'] }],
    },
    {
      title: 'an assignment with an export, not a key after it: no fix',
      fact: keyFact('export OPENAI_API_KEY=abc'),
      findings: [{ messageId: 'assignment', start: 0, end: 22 }],
    },
    {
      title: 'no OpenAI prefix and too short to be any key',
      fact: keyFact('Zq7Wm3Kx9'),
      findings: [{ messageId: 'prefix', messageIncludes: ['does not look like an OpenAI key', '"sk-proj-"'] }],
    },
    {
      title: 'a character no key has',
      fact: keyFact(`${key.slice(0, 30)}.${key.slice(31)}`),
      findings: [{ messageId: 'charset', start: 30, end: 31, messageIncludes: ['contains "." at position 31', 'an OpenAI project key has only letters, digits, - and _'] }],
    },
    {
      title: 'a truncated project key',
      fact: keyFact(key.slice(0, 40)),
      findings: [{ messageId: 'tooShort', messageIncludes: ['is 40 characters long, too short for an OpenAI project key (at least 48)', 'cut off'] }],
    },
    { title: 'two keys pasted together', fact: keyFact(`${key}${key}`), findings: [{ messageId: 'tooLong', messageIncludes: ['328 characters long'] }] },
    {
      title: 'a project key without the marker',
      fact: keyFact(`sk-proj-${body.slice(0, 100)}`),
      findings: [{ messageId: 'marker', messageIncludes: ['lacks the part every OpenAI project key contains;', 'not an OpenAI key'] }],
    },
    {
      title: 'a DeepSeek-shaped key in OPENAI_API_KEY',
      fact: keyFact(fakeKey('deepseek')),
      findings: [{ messageId: 'marker', messageIncludes: ['DeepSeek, LiteLLM and other proxies also issue "sk-" keys'] }],
    },
    {
      title: 'an Anthropic key that lost its ending',
      fact: keyFact(`${anthropicKey.slice(0, -2)}xy`, { name: 'ANTHROPIC_API_KEY' }),
      findings: [{ messageId: 'ending', messageIncludes: ['does not end in "AA" like every Anthropic API key'] }],
    },
    {
      title: 'a truncated Anthropic key',
      fact: keyFact(anthropicKey.slice(0, 60), { name: 'ANTHROPIC_API_KEY' }),
      findings: [{ messageId: 'tooShort', messageIncludes: ['too short for an Anthropic API key'] }],
    },
    {
      title: 'an OpenAI key format check driven by the destination, not the name',
      fact: keyFact('Zq7Wm3Kx9', { name: 'x-api-key', destination: 'https://api.anthropic.com/v1/messages', origin: code }),
      findings: [{ messageId: 'prefix', messageIncludes: ['x-api-key does not look like an Anthropic key', '"sk-ant-api03-"'] }],
    },
    {
      title: 'a Groq key with a hyphen',
      fact: keyFact(`gsk_${fakeKey('groq').slice(4, 20)}-${fakeKey('groq').slice(21)}`, { name: 'GROQ_API_KEY' }),
      findings: [{ messageId: 'charset', start: 20, end: 21, messageIncludes: ['a Groq key has only letters and digits'] }],
    },
    {
      title: 'an OpenRouter key with upper-case hex',
      fact: keyFact(fakeKey('openrouter').toUpperCase().replace('SK-OR-V1-', 'sk-or-v1-'), { name: 'OPENROUTER_API_KEY' }),
      findings: [{ messageId: 'charset', messageIncludes: ['lower-case hex digits'] }],
    },
    {
      title: 'a truncated Mistral key (no prefix, known from the name)',
      fact: keyFact(mistralKey.slice(0, 12), { name: 'MISTRAL_API_KEY' }),
      findings: [{ messageId: 'tooShort', messageIncludes: ['too short for a Mistral key'] }],
    },
    {
      title: 'an admin key sent to chat completions',
      fact: keyFact(adminKey, { name: 'apiKey', destination: 'https://api.openai.com/v1/chat/completions', origin: code }),
      findings: [{ messageId: 'adminKey', messageIncludes: ['apiKey is an OpenAI admin key', '/v1/chat/completions needs a regular OpenAI API key'] }],
    },
    {
      title: 'an admin key sent to a project endpoint whose path mentions projects',
      fact: keyFact(adminKey, { name: 'apiKey', destination: 'https://api.openai.com/v1/conversations/conv_abc/items', origin: code }),
      findings: [{ messageId: 'adminKey', messageIncludes: ['/v1/conversations/conv_abc/items needs a regular OpenAI API key'] }],
    },
    {
      title: 'an Anthropic admin key sent to messages',
      fact: keyFact(fakeKey('anthropic-admin'), { name: 'apiKey', destination: 'https://api.anthropic.com/v1/messages', origin: code }),
      findings: [{ messageId: 'adminKey', messageIncludes: ['apiKey is an Anthropic admin key', '/v1/messages needs a regular Anthropic API key'] }],
    },
    {
      title: 'an Anthropic admin key in ANTHROPIC_API_KEY',
      fact: keyFact(fakeKey('anthropic-admin'), { name: 'ANTHROPIC_API_KEY' }),
      findings: [{ messageId: 'adminKeyName', messageIncludes: ['ANTHROPIC_API_KEY holds an Anthropic admin key'] }],
    },
    {
      title: 'a legacy-length sk- key without the marker',
      fact: keyFact(`sk-${body.slice(0, 48).replace(/[-_]/g, 'a')}`),
      findings: [{ messageId: 'marker', messageIncludes: ['also issue "sk-" keys'] }],
    },
    {
      title: 'an admin key in OPENAI_API_KEY',
      fact: keyFact(adminKey),
      findings: [{ messageId: 'adminKeyName', messageIncludes: ['OPENAI_API_KEY holds an OpenAI admin key'] }],
    },
  ],
});
