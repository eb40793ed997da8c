import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('header-openai-ids');
const client = `const c = new OpenAI({ organization: 'proj_abcdefghijklmnopqrstuvwx' });`;
const header = `fetch('https://api.openai.com/v1/models', { headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\`, 'OpenAI-Organization': 'proj_abcdefghijklmnopqrstuvwx' } });`;
const env = 'OPENAI_ORG_ID=proj_abcdefghijklmnopqrstuvwx\n';

codeTester.run('header-openai-ids', rule, {
  valid: [...correctCode, `const c = new OpenAI({ organization: 'org-abcdefghijklmnopqrstuvwx', project: 'proj_abcdefghijklmnopqrstuvwx' });`],
  invalid: [
    { name: 'a project ID in the organization option', code: client, errors: [{ messageId: 'swapped', ...spanOf(client, 'proj_abcdefghijklmnopqrstuvwx') }] },
    { name: 'a project ID in the OpenAI-Organization header', code: header, errors: [{ messageId: 'swapped', ...spanOf(header, 'proj_abcdefghijklmnopqrstuvwx') }] },
  ],
});

envTester.run('header-openai-ids', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [{ filename: '.env', code: env, errors: [{ messageId: 'swapped', ...spanOf(env, 'proj_abcdefghijklmnopqrstuvwx') }] }],
});
