import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('endpoint-version');
const fullEndpoint = `const c = new OpenAI({ baseURL: 'https://api.openai.com/v1/chat/completions' });`;
const doubleSlash = `fetch('https://api.openai.com/v1//chat/completions', { method: 'POST' });`;
const axiosInstance = `const api = axios.create({ baseURL: 'https://api.openai.com' });\nawait api.post('/chat/completions', request);`;
const env = 'OPENAI_BASE_URL=https://api.openai.com\n';

codeTester.run('endpoint-version', rule, {
  valid: [...correctCode, `const c = new OpenAI({ baseURL: 'https://openrouter.ai/api/v1' });`],
  invalid: [
    {
      name: 'a full endpoint as base URL: the SDK appends the path again',
      code: fullEndpoint,
      errors: [{ messageId: 'fullEndpoint', ...spanOf(fullEndpoint, '/chat/completions') }],
      output: `const c = new OpenAI({ baseURL: 'https://api.openai.com/v1' });`,
    },
    {
      name: 'an empty path segment',
      code: doubleSlash,
      errors: [{ messageId: 'emptySegment', ...spanOf(doubleSlash, '/', 4) }],
      output: `fetch('https://api.openai.com/v1/chat/completions', { method: 'POST' });`,
    },
    {
      // One finding per mistake: the base of an axios instance is a prefix the code completes, so the request it makes is what is wrong.
      name: 'an axios instance whose base URL lacks /v1: the request it makes is reported once, and the base is fixed',
      code: axiosInstance,
      errors: [{ messageId: 'requestMissingPrefix', ...spanOf(axiosInstance, '/chat/completions') }],
      output: `const api = axios.create({ baseURL: 'https://api.openai.com/v1' });\nawait api.post('/chat/completions', request);`,
    },
  ],
});

envTester.run('endpoint-version', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [{ filename: '.env', code: env, errors: [{ messageId: 'missingVersion', ...spanOf(env, 'https://api.openai.com') }], output: 'OPENAI_BASE_URL=https://api.openai.com/v1\n' }],
});
