import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('header-missing-required');
const anthropic = `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'content-type': 'application/json' }, body: JSON.stringify(request) });`;
const json = `fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` }, body: JSON.stringify(request) });`;

codeTester.run('header-missing-required', rule, {
  valid: [
    ...correctCode,
    // Headers spread in from elsewhere: the set is not known, so nothing is missing for certain.
    `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { ...defaultHeaders, 'x-api-key': process.env.ANTHROPIC_API_KEY }, body: JSON.stringify(request) });`,
    `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers, body: JSON.stringify(request) });`,
    // axios sets Content-Type for object bodies itself.
    `axios.post('https://api.openai.com/v1/chat/completions', request, { headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` } });`,
  ],
  invalid: [
    {
      name: 'Anthropic without anthropic-version',
      code: anthropic,
      errors: [{ messageId: 'missingProviderHeader', ...spanOf(anthropic, 'https://api.anthropic.com/v1/messages') }],
    },
    {
      name: 'a JSON.stringify body without Content-Type (fetch sends text/plain)',
      code: json,
      errors: [{ messageId: 'missingContentType', ...spanOf(json, 'https://api.openai.com/v1/chat/completions') }],
    },
  ],
});

envTester.run('header-missing-required', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [],
});
