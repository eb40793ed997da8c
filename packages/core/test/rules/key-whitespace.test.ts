import keyWhitespace from '../../src/rules/key-whitespace.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { headerFact, keyFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');

testRule(keyWhitespace, {
  valid: [
    // One finding per mistake: a sentence in the key slot is key-format's (or key-placeholder's) business.
    { title: 'a sentence is not a key with spaces', fact: keyFact('a valid OpenAI key', { name: 'apiKey', evidence: 'client' }) },
    { title: 'a clean project key', fact: keyFact(key) },
    { title: 'a clean legacy key', fact: keyFact(fakeKey('openai-legacy')) },
    { title: 'an empty value is key-placeholder’s business', fact: keyFact('') },
    { title: 'only whitespace is key-placeholder’s business', fact: keyFact('   ') },
    { title: 'a Bearer header with one space', fact: headerFact('Authorization', `Bearer ${key}`) },
    { title: 'an LF file', fact: keyFact(key, { carriageReturnLineEnding: false }) },
    { title: 'a placeholder-empty value on a CRLF line is key-placeholder’s business', fact: keyFact('', { carriageReturnLineEnding: true }) },
  ],
  invalid: [
    {
      title: 'a trailing carriage return from a CRLF .env file',
      fact: keyFact(`${key}\r`),
      findings: [{ messageId: 'trailing', start: key.length, end: key.length + 1, fixed: key, messageIncludes: ['OPENAI_API_KEY ends with a carriage return (\\r)', 'save the file with LF line endings'] }],
    },
    {
      title: 'a trailing line feed from a Kubernetes secret',
      fact: keyFact(`${key}\n`, { origin: origin('code', 'server.ts') }),
      findings: [{ messageId: 'trailing', fixed: key, messageIncludes: ['a line feed (\\n)', 'trim the value'] }],
    },
    {
      title: 'a key on a CRLF line: dotenv strips the \\r, shells and docker --env-file keep it',
      fact: keyFact(key, { carriageReturnLineEnding: true }),
      findings: [{ messageId: 'carriageReturnLineEnding', start: key.length, end: key.length, messageIncludes: ['OPENAI_API_KEY ends with a carriage return (\\r) wherever this CRLF file is read by a shell', 'save the file with LF line endings'] }],
    },
    {
      title: 'a leading space and a trailing space',
      fact: keyFact(` ${key} `),
      findings: [
        { messageId: 'leading', start: 0, end: 1, fixed: `${key} ` },
        { messageId: 'trailing', start: key.length + 1, end: key.length + 2, fixed: ` ${key}` },
      ],
    },
    {
      title: 'a space inside the key from a wrapped paste',
      fact: keyFact(`${key.slice(0, 20)} ${key.slice(20)}`),
      findings: [{ messageId: 'inner', start: 20, end: 21 }],
    },
    {
      title: 'the key inside an Authorization header, spans in header coordinates',
      fact: headerFact('Authorization', `Bearer ${key}\r`),
      findings: [{ messageId: 'trailing', start: 7 + key.length, end: 8 + key.length, fixed: `Bearer ${key}`, messageIncludes: ['Authorization ends with a carriage return'] }],
    },
  ],
});
