import { fakeKey } from '@keylint/core/testing';
import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('key-hardcoded');
const key = fakeKey('openai-project', 'hardcoded');
const client = `const c = new OpenAI({ apiKey: '${key}' });`;
const header = `fetch('https://api.openai.com/v1/models', { headers: { Authorization: 'Bearer ${key}' } });`;
const example = `OPENAI_API_KEY=${key}\n`;

codeTester.run('key-hardcoded', rule, {
  valid: correctCode,
  invalid: [
    {
      name: 'a key literal in an SDK option: the suggestion swaps the literal for the env read',
      code: client,
      errors: [{ messageId: 'hardcoded', ...spanOf(client, key), suggestions: [{ messageId: 'useEnvironmentVariable', output: `const c = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });` }] }],
    },
    {
      name: 'a key inside a Bearer header: the literal becomes a template around the env read',
      code: header,
      errors: [
        {
          messageId: 'hardcoded',
          ...spanOf(header, key),
          suggestions: [{ messageId: 'useEnvironmentVariable', output: header.replace(`'Bearer ${key}'`, '`Bearer ${process.env.OPENAI_API_KEY}`') }],
        },
      ],
    },
  ],
});

envTester.run('key-hardcoded', rule as never, {
  valid: [
    ...correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
    { name: 'a real key in .env is where it belongs', filename: '.env', code: example },
  ],
  invalid: [
    {
      name: 'a real-looking key in .env.example',
      filename: '.env.example',
      code: example,
      errors: [{ messageId: 'hardcoded', ...spanOf(example, key), suggestions: [{ messageId: 'usePlaceholder', output: 'OPENAI_API_KEY=\n' }] }],
    },
  ],
});
