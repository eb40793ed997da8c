import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('env-name');
const client = `const client = new OpenAI({ apiKey: process.env.OPENAI_KEY });`;
const readers = `const base = process.env['OPENAI_API_BASE'];\nconst key = Deno.env.get('OPENAI_APIKEY');\nconst other = Bun.env.OPEN_AI_API_KEY;`;
const destructured = `const { OPENAI_KEY } = process.env;`;
const env = 'OPENAI_API_BASE=https://api.openai.com/v1\n';

codeTester.run('env-name', rule, {
  valid: [...correctCode, `const { OPENAI_API_KEY, OPENAI_BASE_URL } = process.env;`, `const key = import.meta.env.OPENAI_API_KEY;`],
  invalid: [
    {
      name: 'a made-up name read in code: renaming is a suggestion',
      code: client,
      errors: [{ messageId: 'alias', ...spanOf(client, 'OPENAI_KEY'), suggestions: [{ messageId: 'rename', output: client.replace('OPENAI_KEY', 'OPENAI_API_KEY') }] }],
    },
    {
      name: 'process.env["…"], Deno.env.get and Bun.env',
      code: readers,
      errors: [
        { messageId: 'legacy', ...spanOf(readers, 'OPENAI_API_BASE'), suggestions: [{ messageId: 'rename', output: readers.replace('OPENAI_API_BASE', 'OPENAI_BASE_URL') }] },
        { messageId: 'alias', ...spanOf(readers, 'OPENAI_APIKEY'), suggestions: [{ messageId: 'rename', output: readers.replace('OPENAI_APIKEY', 'OPENAI_API_KEY') }] },
        { messageId: 'alias', ...spanOf(readers, 'OPEN_AI_API_KEY'), suggestions: [{ messageId: 'rename', output: readers.replace('OPEN_AI_API_KEY', 'OPENAI_API_KEY') }] },
      ],
    },
    {
      name: 'destructured from process.env',
      code: destructured,
      errors: [{ messageId: 'alias', ...spanOf(destructured, 'OPENAI_KEY'), suggestions: [{ messageId: 'rename', output: destructured.replace('OPENAI_KEY', 'OPENAI_API_KEY') }] }],
    },
  ],
});

envTester.run('env-name', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [
    {
      filename: '.env',
      code: env,
      errors: [{ messageId: 'legacy', ...spanOf(env, 'OPENAI_API_BASE'), suggestions: [{ messageId: 'rename', output: 'OPENAI_BASE_URL=https://api.openai.com/v1\n' }] }],
    },
  ],
});
