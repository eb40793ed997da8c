import { correctCode } from '../look-alikes.js';
import { codeTester, pluginRule, spanOf } from '../rule-tester.js';

const rule = pluginRule('header-auth-scheme');
const colon = `axios.post('https://api.openai.com/v1/chat/completions', request, { headers: { Authorization: \`Bearer:\${process.env.OPENAI_API_KEY}\` } });`;
const bare = `fetch('https://api.openai.com/v1/models', { headers: { authorization: process.env.OPENAI_API_KEY } });`;
const spacing = `fetch('https://api.openai.com/v1/models', { headers: { Authorization: \`Bearer  \${process.env.OPENAI_API_KEY}\` } });`;
const token = `fetch('https://api.openai.com/v1/models', { headers: { Authorization: \`Token \${process.env.OPENAI_API_KEY}\` } });`;

codeTester.run('header-auth-scheme', rule, {
  valid: [
    ...correctCode,
    // Nothing says what `authHeader` holds: no guess.
    `fetch('https://api.openai.com/v1/models', { headers: { Authorization: authHeader } });`,
    `fetch('https://api.replicate.com/v1/predictions', { method: 'POST', headers: { Authorization: \`Token \${process.env.REPLICATE_API_TOKEN}\` } });`,
  ],
  invalid: [
    {
      name: '`Bearer:` in a template literal: the colon becomes a space',
      code: colon,
      errors: [{ messageId: 'colon', ...spanOf(colon, 'Bearer:') }],
      output: colon.replace('Bearer:', 'Bearer '),
    },
    {
      name: 'the bare key read from the environment, without a scheme',
      code: bare,
      errors: [{ messageId: 'missingScheme', ...spanOf(bare, 'process.env.OPENAI_API_KEY') }],
    },
    {
      name: 'two spaces after Bearer',
      code: spacing,
      errors: [{ messageId: 'spacing', ...spanOf(spacing, '  ') }],
      output: spacing.replace('Bearer  ', 'Bearer '),
    },
    {
      name: 'the Token scheme sent to OpenAI',
      code: token,
      errors: [{ messageId: 'wrongScheme', ...spanOf(token, 'Token') }],
      output: token.replace('Token', 'Bearer'),
    },
  ],
});
