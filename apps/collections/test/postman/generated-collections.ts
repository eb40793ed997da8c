import fc from 'fast-check';
import { fakeKey, type FakeKeyKind } from '@keylint/core/testing';

/** Realistic-enough Postman collections with fake keys in the places real exports leak them. */
const KEY_KINDS: readonly FakeKeyKind[] = ['openai-project', 'openai-legacy', 'anthropic', 'groq', 'openrouter', 'gemini', 'openai-admin'];

export const fakeKeyArbitrary = fc.tuple(fc.constantFrom(...KEY_KINDS), fc.integer({ min: 0, max: 1000 })).map(([kind, seed]) => fakeKey(kind, seed));

const textArbitrary = fc.oneof(fc.constantFrom('', 'hello', 'Bearer {{OPENAI_API_KEY}}', '{{baseUrl}}', 'a "quoted" \\ value', 'é ünïcode ✓', 'line\nbreak'), fc.string({ maxLength: 12 }));

const secretOrText = fc.oneof({ weight: 2, arbitrary: textArbitrary }, { weight: 1, arbitrary: fakeKeyArbitrary }, { weight: 1, arbitrary: fakeKeyArbitrary.map((key) => `Bearer ${key}`) });

const headerArbitrary = fc.record({
  key: fc.constantFrom('Authorization', 'x-api-key', 'X-Custom-Token', 'Content-Type', 'api-key'),
  value: secretOrText,
  disabled: fc.boolean(),
});

const authArbitrary = fc.oneof(
  fc.constant(undefined),
  fc.constant({ type: 'noauth' }),
  secretOrText.map((token) => ({ type: 'bearer', bearer: [{ key: 'token', value: token, type: 'string' }] })),
  secretOrText.map((token) => ({ type: 'bearer', bearer: { token } })),
  secretOrText.map((value) => ({ type: 'apikey', apikey: [{ key: 'key', value: 'x-api-key' }, { key: 'value', value }, { key: 'in', value: 'header' }] })),
  secretOrText.map((password) => ({ type: 'basic', basic: [{ key: 'username', value: 'me' }, { key: 'password', value: password }] })),
);

const urlArbitrary = fc.oneof(
  fc.constantFrom('https://api.openai.com/v1/chat/completions', '{{baseUrl}}/models', 'https://api.anthropic.com/v1/messages', 'api.openai.com/v1/models'),
  fakeKeyArbitrary.map((key) => ({ raw: `https://generativelanguage.googleapis.com/v1beta/models?key=${key}`, query: [{ key: 'key', value: key }] })),
);

const requestItem = fc.record({
  name: fc.string({ maxLength: 10 }),
  request: fc.oneof(
    urlArbitrary.filter((url) => typeof url === 'string'),
    fc.record({ method: fc.constantFrom('GET', 'POST'), header: fc.array(headerArbitrary, { maxLength: 4 }), url: urlArbitrary, auth: authArbitrary, body: fc.option(secretOrText.map((raw) => ({ mode: 'raw', raw })), { nil: undefined }) }, { requiredKeys: ['method', 'header', 'url'] }),
  ),
  event: fc.option(fakeKeyArbitrary.map((key) => [{ listen: 'prerequest', script: { exec: [`pm.environment.set("OPENAI_API_KEY", "${key}");`] } }]), { nil: undefined }),
  response: fc.option(fc.array(secretOrText.map((body) => ({ name: 'example', body, originalRequest: { header: [{ key: 'Authorization', value: body }] } })), { maxLength: 2 }), { nil: undefined }),
}, { requiredKeys: ['name', 'request'] });

const { folder } = fc.letrec((tie) => ({
  folder: fc.record({ name: fc.string({ maxLength: 8 }), auth: authArbitrary, item: fc.array(fc.oneof({ depthSize: 'small', withCrossShrink: true }, requestItem, tie('folder')), { maxLength: 3 }) }, { requiredKeys: ['name', 'item'] }),
}));

export const collectionArbitrary = fc.record({
  info: fc.record({ name: fc.string({ maxLength: 10 }), schema: fc.constantFrom('https://schema.getpostman.com/json/collection/v2.1.0/collection.json', 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json') }),
  item: fc.array(fc.oneof(requestItem, folder), { maxLength: 4 }),
  auth: authArbitrary,
  variable: fc.array(fc.record({ key: fc.constantFrom('OPENAI_API_KEY', 'baseUrl', 'token', 'secret'), value: secretOrText, type: fc.constantFrom('string', 'secret', 'default') }), { maxLength: 3 }),
}, { requiredKeys: ['info', 'item'] });

/** Serialised the ways exports are: Postman's tabs, two spaces, or one line. */
export const collectionTextArbitrary = fc.tuple(collectionArbitrary, fc.constantFrom<string | number | undefined>('\t', 2, undefined)).map(([collection, indent]) => JSON.stringify(collection, null, indent));
