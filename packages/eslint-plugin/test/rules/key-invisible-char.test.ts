import { fakeKey } from '@keylint/core/testing';
import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanAt } from '../rule-tester.js';

const rule = pluginRule('key-invisible-char');
const key = fakeKey('openai-project', 'invisible');
const withZeroWidth = `${key.slice(0, 20)}\u200b${key.slice(20)}`;
const client = `const c = new OpenAI({ apiKey: '${withZeroWidth}' });`;
const escaped = `const c = new OpenAI({ apiKey: '${key.slice(0, 20)}\\u200b${key.slice(20)}' });`;
const anthropicKey = fakeKey('anthropic', 'invisible');
const env = `ANTHROPIC_API_KEY=${anthropicKey.slice(0, 20)}\u200b${anthropicKey.slice(20)}\n`;
const at = (code: string): ReturnType<typeof spanAt> => spanAt(code, code.indexOf('\u200b'), code.indexOf('\u200b') + 1);

codeTester.run('key-invisible-char', rule, {
  valid: [...correctCode, { name: 'a clean literal key', code: `const c = new OpenAI({ apiKey: '${key}' });` }],
  invalid: [
    { name: 'a zero-width space written as itself: removed', code: client, errors: [{ messageId: 'invisible', ...at(client) }], output: `const c = new OpenAI({ apiKey: '${key}' });` },
    {
      name: 'a zero-width space written as an escape: the whole literal, no fix',
      code: escaped,
      errors: [{ messageId: 'invisible', ...spanAt(escaped, escaped.indexOf("'"), escaped.lastIndexOf("'") + 1) }],
      output: null,
    },
  ],
});

envTester.run('key-invisible-char', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [{ name: 'a zero-width space in a .env key', filename: '.env', code: env, errors: [{ messageId: 'invisible', ...at(env) }], output: `ANTHROPIC_API_KEY=${anthropicKey}\n` }],
});
