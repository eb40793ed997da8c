import keyQuoted from '../../src/rules/key-quoted.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { headerFact, keyFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const length = key.length;

testRule(keyQuoted, {
  valid: [
    { title: 'a clean key', fact: keyFact(key) },
    { title: 'an empty value', fact: keyFact('') },
    { title: 'a value of two quotes is key-placeholder’s business (empty)', fact: keyFact('""') },
    { title: 'a quote inside the key is key-format’s business (charset)', fact: keyFact(`${key.slice(0, 20)}"${key.slice(20)}`) },
    { title: 'a typographic quote inside the key is key-invisible-char’s business', fact: keyFact(`${key.slice(0, 20)}\u201d${key.slice(20)}`) },
    { title: 'a Bearer header whose quotes were parsed away', fact: headerFact('Authorization', `Bearer ${key}`) },
  ],
  invalid: [
    {
      title: 'Windows set OPENAI_API_KEY="sk-…" keeps both quotes',
      fact: keyFact(`"${key}"`, { origin: origin('process-env', 'process.env') }),
      findings: [
        { messageId: 'wrapped', start: 0, end: 1, fixed: `${key}"`, messageIncludes: ['OPENAI_API_KEY is wrapped in double quotes (")', 'Windows `set X="…"`', 'remove them'] },
        { messageId: 'wrappedEnd', start: length + 1, end: length + 2, fixed: `"${key}`, messageIncludes: ['the closing double quote (")'] },
      ],
    },
    {
      title: 'single quotes inside a double-quoted .env value',
      fact: keyFact(`'${key}'`),
      findings: [
        { messageId: 'wrapped', start: 0, end: 1, fixed: `${key}'`, messageIncludes: ["single quotes (')", 'quoted twice'] },
        { messageId: 'wrappedEnd', start: length + 1, end: length + 2, fixed: `'${key}` },
      ],
    },
    {
      title: 'backticks from a Markdown snippet in code',
      fact: keyFact(`\`${key}\``, { origin: origin('code', 'client.ts'), name: 'apiKey' }),
      findings: [
        { messageId: 'wrapped', start: 0, end: 1, fixed: `${key}\``, messageIncludes: ['apiKey is wrapped in backticks (`)', 'the string literal contains the quotes'] },
        { messageId: 'wrappedEnd', start: length + 1, end: length + 2, fixed: `\`${key}` },
      ],
    },
    {
      title: 'typographic quotes from a word processor',
      fact: keyFact(`\u201c${key}\u201d`),
      findings: [
        { messageId: 'wrapped', start: 0, end: 1, fixed: `${key}\u201d`, messageIncludes: ['wrapped in the quotes “ ”'] },
        { messageId: 'wrappedEnd', start: length + 1, end: length + 2, fixed: `\u201c${key}`, messageIncludes: ['typographic quote ”'] },
      ],
    },
    {
      title: 'quotes inside a trailing carriage return: spans skip the whitespace',
      fact: keyFact(`"${key}"\r`),
      findings: [
        { messageId: 'wrapped', start: 0, end: 1, fixed: `${key}"\r` },
        { messageId: 'wrappedEnd', start: length + 1, end: length + 2, fixed: `"${key}\r` },
      ],
    },
    {
      title: 'only an opening quote',
      fact: keyFact(`"${key}`),
      findings: [{ messageId: 'opening', start: 0, end: 1, fixed: key, messageIncludes: ['OPENAI_API_KEY starts with a double quote (")', 'remove it'] }],
    },
    {
      title: 'only a closing quote',
      fact: keyFact(`${key}'`),
      findings: [{ messageId: 'closing', start: length, end: length + 1, fixed: key, messageIncludes: ["ends with a single quote (')"] }],
    },
    {
      title: 'mismatched quotes at both ends',
      fact: keyFact(`'${key}"`),
      findings: [
        { messageId: 'opening', start: 0, end: 1, fixed: `${key}"` },
        { messageId: 'closing', start: length + 1, end: length + 2, fixed: `'${key}` },
      ],
    },
    {
      title: 'a quoted key inside an Authorization header, spans in header coordinates',
      fact: headerFact('Authorization', `Bearer "${key}"`),
      findings: [
        { messageId: 'wrapped', start: 7, end: 8, fixed: `Bearer ${key}"`, messageIncludes: ['Authorization is wrapped in double quotes'] },
        { messageId: 'wrappedEnd', start: 8 + length, end: 9 + length, fixed: `Bearer "${key}` },
      ],
    },
  ],
});
