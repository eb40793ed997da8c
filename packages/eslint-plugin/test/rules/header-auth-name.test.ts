import { correctCode } from '../look-alikes.js';
import { codeTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('header-auth-name');
const azureHeader = `fetch('https://api.openai.com/v1/models', { headers: { 'api-key': process.env.OPENAI_API_KEY } });`;
const misspelled = `fetch('https://api.openai.com/v1/models', { headers: { Authorisation: 'Bearer ' + process.env.OPENAI_API_KEY } });`;

codeTester.run('header-auth-name', rule, {
  valid: [...correctCode, `const headers = { 'X-Request-Id': requestId };`],
  invalid: [
    {
      name: 'the Azure header sent to OpenAI',
      code: azureHeader,
      errors: [{ messageId: 'wrongHeader', ...spanOf(azureHeader, 'api-key') }],
    },
    {
      name: 'a misspelled Authorization header whose key is read at run time: renaming is a suggestion',
      code: misspelled,
      errors: [
        {
          messageId: 'misspelled',
          ...spanOf(misspelled, 'Authorisation'),
          suggestions: [{ messageId: 'rename', output: misspelled.replace('Authorisation', 'Authorization') }],
        },
      ],
    },
  ],
});
