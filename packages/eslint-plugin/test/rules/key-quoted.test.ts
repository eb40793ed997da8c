import { fakeKey } from '@keylint/core/testing';
import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanAt } from '../rule-tester.js';

const rule = pluginRule('key-quoted');
const key = fakeKey('openai-project', 'quoted');
const viaConst = `const KEY = '"${key}"';\nconst c = new OpenAI({ apiKey: KEY });`;
const env = `OPENAI_API_KEY='"${key}"'\n`;
const opening = (code: string): ReturnType<typeof spanAt> => spanAt(code, code.indexOf(key) - 1, code.indexOf(key));
const closing = (code: string): ReturnType<typeof spanAt> => spanAt(code, code.indexOf(key) + key.length, code.indexOf(key) + key.length + 1);

codeTester.run('key-quoted', rule, {
  valid: [...correctCode, { name: 'a key in double quotes as the string delimiters', code: `const c = new OpenAI({ apiKey: "${key}" });` }],
  invalid: [
    {
      name: 'quotes inside the string literal: both reported and removed',
      code: viaConst,
      errors: [
        { messageId: 'wrapped', ...opening(viaConst) },
        { messageId: 'wrappedEnd', ...closing(viaConst) },
      ],
      output: `const KEY = '${key}';\nconst c = new OpenAI({ apiKey: KEY });`,
    },
  ],
});

envTester.run('key-quoted', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [
    {
      name: 'a value quoted twice',
      filename: '.env',
      code: env,
      errors: [
        { messageId: 'wrapped', ...opening(env) },
        { messageId: 'wrappedEnd', ...closing(env) },
      ],
      output: `OPENAI_API_KEY='${key}'\n`,
    },
  ],
});
