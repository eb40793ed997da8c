import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('endpoint-https');
const client = `const c = new OpenAI({ baseURL: 'http://api.openai.com/v1' });`;
const viaConst = `const BASE = 'http://api.anthropic.com';\nawait fetch(\`\${BASE}/v1/messages\`, { method: 'POST' });`;
const env = 'OPENAI_BASE_URL=http://api.openai.com/v1\n';

codeTester.run('endpoint-https', rule, {
  valid: [...correctCode, `const c = new OpenAI({ baseURL: 'http://127.0.0.1:8000/v1' });`, `fetch('http://example.com/v1/chat/completions');`],
  invalid: [
    {
      name: 'an SDK base URL over http: the scheme is fixed to https',
      code: client,
      errors: [{ messageId: 'insecure', ...spanOf(client, 'http') }],
      output: `const c = new OpenAI({ baseURL: 'https://api.openai.com/v1' });`,
    },
    {
      name: 'a base URL constant used in a template: reported and fixed where it is written',
      code: viaConst,
      errors: [{ messageId: 'insecure', ...spanOf(viaConst, 'http') }],
      output: `const BASE = 'https://api.anthropic.com';\nawait fetch(\`\${BASE}/v1/messages\`, { method: 'POST' });`,
    },
  ],
});

envTester.run('endpoint-https', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [{ filename: '.env', code: env, errors: [{ messageId: 'insecure', ...spanOf(env, 'http') }], output: 'OPENAI_BASE_URL=https://api.openai.com/v1\n' }],
});
