import { fakeKey } from '@keylint/core/testing';
import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('key-provider-mismatch');
const openaiKey = fakeKey('openai-project', 'mismatch');
const groqKey = fakeKey('groq', 'mismatch');
const anthropicKey = fakeKey('anthropic', 'mismatch');
const anthropicClient = `const c = new Anthropic({ apiKey: '${openaiKey}' });`;
const groqToOpenAI = `const g = new OpenAI({ apiKey: '${groqKey}' });`;
const env = `OPENAI_API_KEY=${anthropicKey}\n`;

codeTester.run('key-provider-mismatch', rule, {
  valid: [...correctCode, { name: 'a Groq key with the Groq base URL', code: `const g = new OpenAI({ apiKey: '${groqKey}', baseURL: 'https://api.groq.com/openai/v1' });` }],
  invalid: [
    { name: 'an OpenAI key given to the Anthropic client', code: anthropicClient, errors: [{ messageId: 'destination', ...spanOf(anthropicClient, openaiKey) }] },
    { name: 'a Groq key sent to the default OpenAI base URL', code: groqToOpenAI, errors: [{ messageId: 'destination', ...spanOf(groqToOpenAI, groqKey) }] },
  ],
});

envTester.run('key-provider-mismatch', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [{ name: 'an Anthropic key in OPENAI_API_KEY', filename: '.env', code: env, errors: [{ messageId: 'client', ...spanOf(env, anthropicKey) }] }],
});
