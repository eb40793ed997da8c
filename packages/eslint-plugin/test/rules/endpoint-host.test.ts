import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('endpoint-host');
const typo = `const c = new OpenAI({ baseURL: 'https://api.openai.co/v1' });`;
const env = 'OPENAI_BASE_URL=https://api.openai.co/v1\n';

codeTester.run('endpoint-host', rule, {
  valid: [...correctCode, `const c = new OpenAI({ baseURL: 'https://my-gateway.example.com/v1' });`],
  invalid: [
    {
      name: 'a host typo is fixed to the API host',
      code: typo,
      errors: [{ messageId: 'wrongHost', ...spanOf(typo, 'api.openai.co') }],
      output: `const c = new OpenAI({ baseURL: 'https://api.openai.com/v1' });`,
    },
  ],
});

envTester.run('endpoint-host', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [{ filename: '.env', code: env, errors: [{ messageId: 'wrongHost', ...spanOf(env, 'api.openai.co') }], output: 'OPENAI_BASE_URL=https://api.openai.com/v1\n' }],
});
