import { fakeKey } from '@keylint/core/testing';
import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('env-public-prefix');
const code = `const c = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY, dangerouslyAllowBrowser: true });`;
const env = `NEXT_PUBLIC_OPENAI_API_KEY=${fakeKey('openai-project', 'public')}\n`;

codeTester.run('env-public-prefix', rule, {
  valid: [...correctCode, `const c = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, dangerouslyAllowBrowser: false });`, `const url = import.meta.env.VITE_API_URL;`],
  invalid: [
    {
      name: 'a browser-shipped variable read for the key, and a browser client',
      code,
      errors: [
        { messageId: 'secretName', ...spanOf(code, 'VITE_'), suggestions: [{ messageId: 'renameToServer', output: code.replace('VITE_OPENAI_API_KEY', 'OPENAI_API_KEY') }] },
        { messageId: 'browserClient', ...spanOf(code, 'dangerouslyAllowBrowser: true') },
      ],
    },
  ],
});

envTester.run('env-public-prefix', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [
    {
      name: 'a key in a NEXT_PUBLIC_ variable',
      filename: '.env',
      code: env,
      errors: [{ messageId: 'secretValue', ...spanOf(env, 'NEXT_PUBLIC_'), suggestions: [{ messageId: 'renameToServer', output: env.replace('NEXT_PUBLIC_', '') }] }],
    },
  ],
});
