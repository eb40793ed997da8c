import { fakeKey } from '@keylint/core/testing';
import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('key-shape-unknown');
const newFormat = `ok2_${fakeKey('mistral', 'new-format')}`;
const client = `const c = new OpenAI({ apiKey: '${newFormat}' });`;
const env = `OPENAI_API_KEY=${newFormat}\n`;

codeTester.run('key-shape-unknown', rule, {
  valid: [...correctCode, `const c = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`, `const settings = { token: '${newFormat}' };`],
  invalid: [{ name: 'a key of no known OpenAI shape passed to an OpenAI client', code: client, errors: [{ messageId: 'unknownShape', ...spanOf(client, newFormat) }] }],
});

envTester.run('key-shape-unknown', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [{ filename: '.env', code: env, errors: [{ messageId: 'unknownShape', ...spanOf(env, newFormat) }] }],
});
