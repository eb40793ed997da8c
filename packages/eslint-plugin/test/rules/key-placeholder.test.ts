import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('key-placeholder');
const client = `const c = new OpenAI({ apiKey: 'YOUR_API_KEY' });`;
const fallback = `const c = new OpenAI({ apiKey: process.env.OPENAI_API_KEY ?? '' });`;
const placeholderFallback = `const c = new OpenAI({ apiKey: process.env.OPENAI_API_KEY ?? 'YOUR_API_KEY' });`;
const emptyKey = `const c = new OpenAI({ apiKey: '' });`;
const env = 'OPENAI_API_KEY=YOUR_API_KEY\n';

codeTester.run('key-placeholder', rule, {
  valid: [...correctCode, fallback, `const c = new OpenAI({ apiKey: process.env.OPENAI_API_KEY ?? process.env.AZURE_OPENAI_API_KEY });`],
  invalid: [
    { name: 'a placeholder passed as the key', code: client, errors: [{ messageId: 'placeholder', ...spanOf(client, 'YOUR_API_KEY') }] },
    { name: 'a placeholder fallback after the environment read', code: placeholderFallback, errors: [{ messageId: 'placeholder', ...spanOf(placeholderFallback, 'YOUR_API_KEY') }] },
    { name: 'an empty key passed to a client', code: emptyKey, errors: [{ messageId: 'empty', ...spanOf(emptyKey, "''") }] },
  ],
});

envTester.run('key-placeholder', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [{ filename: '.env', code: env, errors: [{ messageId: 'placeholder', ...spanOf(env, 'YOUR_API_KEY') }] }],
});
