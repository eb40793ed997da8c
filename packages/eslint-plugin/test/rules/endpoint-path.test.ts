import { correctCode } from '../look-alikes.js';
import { codeTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('endpoint-path');
const headers = `headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\`, 'Content-Type': 'application/json' }`;
const typo = `const BASE_URL = 'https://api.openai.com/v1';\nfetch(\`\${BASE_URL}/chat/completion\`, { method: 'POST', ${headers}, body: JSON.stringify(request) });`;
const removed = `fetch('https://api.openai.com/v1/engines/davinci/completions', { method: 'POST', ${headers}, body: JSON.stringify(request) });`;

codeTester.run('endpoint-path', rule, {
  valid: [...correctCode, `fetch('https://api.openai.com/v1/files/file-abc123/content', { ${headers} });`],
  invalid: [
    {
      // The path spans the constant and the template: the whole template is reported, no edit can be placed.
      name: 'a typo in the path of a template built on a base URL constant',
      code: typo,
      errors: [{ messageId: 'unknown', ...spanOf(typo, '`${BASE_URL}/chat/completion`') }],
    },
    {
      name: 'a removed endpoint: its replacement is a suggestion',
      code: removed,
      errors: [{ messageId: 'removed', ...spanOf(removed, '/v1/engines/davinci/completions'), suggestions: [{ messageId: 'useEndpoint', output: removed.replace('/v1/engines/davinci/completions', '/v1/completions') }] }],
    },
  ],
});
