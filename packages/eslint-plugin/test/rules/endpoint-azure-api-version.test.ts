import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('endpoint-azure-api-version');
const url = 'https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions';
const code = `fetch('${url}', { method: 'POST', headers: { 'api-key': process.env.AZURE_OPENAI_API_KEY, 'Content-Type': 'application/json' }, body: JSON.stringify(request) });`;

codeTester.run('endpoint-azure-api-version', rule, {
  valid: [...correctCode, `const azure = new OpenAI({ baseURL: 'https://contoso.openai.azure.com/openai/v1/', apiKey: process.env.AZURE_OPENAI_API_KEY });`],
  invalid: [
    {
      name: 'a deployment URL without api-version: adding one is a suggestion',
      code,
      errors: [
        {
          messageId: 'missing',
          ...spanOf(code, '/openai/deployments/gpt-4o/chat/completions'),
          suggestions: [{ messageId: 'addVersion', output: code.replace(url, `${url}?api-version=2024-10-21`) }],
        },
      ],
    },
  ],
});

envTester.run('endpoint-azure-api-version', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [],
});
