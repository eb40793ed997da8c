import { OPENAI_KEY_MARKER } from '@keylint/core';
import { fakeKey } from '@keylint/core/testing';
import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('key-format');
// Shaped like a project key but without the marker every real one carries: truncated or invented.
const truncated = fakeKey('openai-project', 'format').replace(OPENAI_KEY_MARKER, '');
const code = `const c = new OpenAI({ apiKey: '${truncated}' });`;
const env = `OPENAI_API_KEY=${truncated}\n`;

codeTester.run('key-format', rule, {
  valid: correctCode,
  invalid: [{ name: 'a project key without its marker', code, errors: [{ messageId: 'marker', ...spanOf(code, truncated) }] }],
});

envTester.run('key-format', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [{ name: 'a project key without its marker', filename: '.env', code: env, errors: [{ messageId: 'marker', ...spanOf(env, truncated) }] }],
});
