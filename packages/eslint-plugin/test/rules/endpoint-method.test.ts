import { correctCode } from '../look-alikes.js';
import { codeTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('endpoint-method');
const code = `fetch('https://api.openai.com/v1/models', { method: 'DELETE', headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` } });`;
const axiosCode = `axios.get('https://api.openai.com/v1/embeddings', { headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` } });`;

codeTester.run('endpoint-method', rule, {
  valid: [...correctCode, `fetch('https://api.openai.com/v1/models/gpt-4o', { method: 'DELETE', headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` } });`],
  invalid: [
    { name: 'DELETE on a list endpoint', code, errors: [{ messageId: 'wrongMethod', ...spanOf(code, '/v1/models') }] },
    { name: 'axios.get on a POST endpoint', code: axiosCode, errors: [{ messageId: 'wrongMethod', ...spanOf(axiosCode, '/v1/embeddings') }] },
  ],
});
