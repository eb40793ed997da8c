import { fakeKey } from '@keylint/core/testing';
import { correctCode, correctEnvFiles } from '../look-alikes.js';
import { codeTester, envTester, pluginRule, spanAt, spanOf } from '../rule-tester.js';

const rule = pluginRule('key-whitespace');
const key = fakeKey('openai-project', 'key-whitespace');

const trailingSpace = `const client = new OpenAI({ apiKey: '${key} ' });`;
const afterKey = trailingSpace.indexOf(key) + key.length;
const viaConst = `const OPENAI_API_KEY = ' ${key}';\nconst client = new OpenAI({ apiKey: OPENAI_API_KEY });`;
const beforeKey = viaConst.indexOf(key) - 1;
const escaped = `const client = new OpenAI({ apiKey: '${key}\\r\\n' });`;
const header = `fetch('https://api.openai.com/v1/models', { headers: { Authorization: 'Bearer ${key}\\t' } });`;
const envQuoted = `OPENAI_API_KEY="${key} "\n`;
const envDisabled = `# eslint-disable-next-line -- kept on purpose\nOPENAI_API_KEY=" ${key}"\nANTHROPIC_API_KEY=" ${key}"\n`;

codeTester.run('key-whitespace', rule, {
  valid: [...correctCode, { name: 'a clean literal key (key-hardcoded’s business, not this rule’s)', code: `const client = new OpenAI({ apiKey: '${key}' });` }],
  invalid: [
    {
      name: 'a trailing space in a literal without escapes: the fix removes exactly it',
      code: trailingSpace,
      errors: [{ messageId: 'trailing', ...spanAt(trailingSpace, afterKey, afterKey + 1) }],
      output: `const client = new OpenAI({ apiKey: '${key}' });`,
    },
    {
      name: 'a key declared once and used elsewhere is reported where it is written',
      code: viaConst,
      errors: [{ messageId: 'leading', ...spanAt(viaConst, beforeKey, beforeKey + 1) }],
      output: `const OPENAI_API_KEY = '${key}';\nconst client = new OpenAI({ apiKey: OPENAI_API_KEY });`,
    },
    {
      name: 'escape sequences: the whole literal is reported and nothing is fixed',
      code: escaped,
      errors: [{ messageId: 'trailing', ...spanOf(escaped, `'${key}\\r\\n'`) }],
      output: null,
    },
    {
      name: 'the key inside an Authorization header, written with an escape',
      code: header,
      errors: [{ messageId: 'trailing', ...spanOf(header, `'Bearer ${key}\\t'`) }],
      output: null,
    },
  ],
});

envTester.run('key-whitespace', rule as never, {
  valid: [
    ...correctEnvFiles().map((file, index) => ({ name: `correct .env file #${index}`, ...file })),
    { name: 'dotenv trims unquoted values', filename: '.env', code: `OPENAI_API_KEY=${key}   \n` },
  ],
  invalid: [
    {
      name: 'a space inside double quotes survives dotenv',
      filename: '.env',
      code: envQuoted,
      errors: [{ messageId: 'trailing', ...spanAt(envQuoted, envQuoted.indexOf(key) + key.length, envQuoted.indexOf(key) + key.length + 1) }],
      output: `OPENAI_API_KEY="${key}"\n`,
    },
    {
      name: 'eslint-disable-next-line comments work in .env files',
      filename: '.env',
      code: envDisabled,
      errors: [{ messageId: 'leading', line: 3, column: 20, endLine: 3, endColumn: 21 }],
      output: `# eslint-disable-next-line -- kept on purpose\nOPENAI_API_KEY=" ${key}"\nANTHROPIC_API_KEY="${key}"\n`,
    },
  ],
});
