import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('header-key-in-url');
const concatenated = `fetch('https://api.openai.com/v1/models?api_key=' + process.env.OPENAI_API_KEY);`;
const searchParameter = `const url = new URL('https://generativelanguage.googleapis.com/v1beta/models');\nurl.searchParams.set('key', process.env.GEMINI_API_KEY);`;
const parameters = `const query = new URLSearchParams({ api_key: process.env.OPENAI_API_KEY });\nawait fetch(\`https://api.openai.com/v1/models?\${query}\`);`;

codeTester.run('header-key-in-url', rule, {
  valid: [...correctCode, `fetch('https://api.openai.com/v1/files?purpose=' + purpose, { headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` } });`],
  invalid: [
    {
      name: 'a key concatenated into the query string',
      code: concatenated,
      errors: [{ messageId: 'keyInQuery', ...spanOf(concatenated, 'process.env.OPENAI_API_KEY') }],
    },
    {
      name: 'searchParams.set on a URL constant: Gemini accepts it, logs keep it',
      code: searchParameter,
      errors: [{ messageId: 'documentedButLogged', ...spanOf(searchParameter, 'process.env.GEMINI_API_KEY') }],
    },
    {
      name: 'URLSearchParams interpolated into the request URL',
      code: parameters,
      errors: [{ messageId: 'keyInQuery', ...spanOf(parameters, 'process.env.OPENAI_API_KEY') }],
    },
  ],
});

envTester.run('header-key-in-url', rule as never, {
  valid: correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
  invalid: [
    {
      filename: '.env',
      code: 'GEMINI_BASE_URL=https://generativelanguage.googleapis.com/v1beta?key=abcdefghijklmnopqrstuvwxyz012345678\n',
      errors: [{ messageId: 'documentedButLogged', line: 1, column: 70, endLine: 1, endColumn: 105 }],
    },
  ],
});
