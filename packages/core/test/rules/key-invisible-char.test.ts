import keyInvisibleChar from '../../src/rules/key-invisible-char.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { headerFact, keyFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const anthropicKey = fakeKey('anthropic');
const head = key.slice(0, 20);
const tail = key.slice(20);

testRule(keyInvisibleChar, {
  valid: [
    { title: 'a clean project key', fact: keyFact(key) },
    { title: 'a clean Anthropic key', fact: keyFact(anthropicKey, { name: 'ANTHROPIC_API_KEY' }) },
    { title: 'ASCII whitespace is key-whitespace’s business', fact: keyFact(` ${key}\r\n`) },
    { title: 'ASCII quotes around the key are key-quoted’s business', fact: keyFact(`"${key}"`) },
    { title: 'typographic quotes around the key are key-quoted’s business', fact: keyFact(`\u201c${key}\u201d`) },
    { title: 'typographic quotes around the key after a CRLF are still key-quoted’s business', fact: keyFact(`\u201c${key}\u201d\r`) },
    { title: 'an empty value', fact: keyFact('') },
    { title: 'non-ASCII letters that look like nothing in ASCII are key-format’s business', fact: keyFact(`${head}ж${tail}`) },
    { title: 'a Cyrillic placeholder is text, not a key with look-alikes', fact: keyFact('\u0432\u0430\u0448 \u043a\u043b\u044e\u0447') },
  ],
  invalid: [
    {
      title: 'invisible characters are reported even in text of another script',
      fact: keyFact('\u043a\u043b\u044e\u0447\u200b'),
      findings: [{ messageId: 'invisible', start: 4, end: 5, fixed: '\u043a\u043b\u044e\u0447' }],
    },
    {
      title: 'a zero-width space pasted from a chat app',
      fact: keyFact(`${head}\u200b${tail}`),
      findings: [{ messageId: 'invisible', start: 20, end: 21, fixed: key, messageIncludes: ['OPENAI_API_KEY contains an invisible zero-width space (U+200B) at position 21', 'remove it'] }],
    },
    {
      title: 'a zero-width joiner and a word joiner',
      fact: keyFact(`${head}\u200d${tail}\u2060`),
      findings: [
        { messageId: 'invisible', start: 20, end: 21, fixed: `${key}\u2060`, messageIncludes: ['zero-width joiner (U+200D)'] },
        { messageId: 'invisible', start: key.length + 1, end: key.length + 2, fixed: `${head}\u200d${tail}`, messageIncludes: ['word joiner (U+2060)'] },
      ],
    },
    {
      title: 'a byte-order mark at the start from a file saved as UTF-8 with BOM',
      fact: keyFact(`\ufeff${key}`),
      findings: [{ messageId: 'byteOrderMark', start: 0, end: 1, fixed: key, messageIncludes: ['starts with a byte-order mark (U+FEFF)', 'save the file as plain UTF-8'] }],
    },
    {
      title: 'a byte-order mark inside the key',
      fact: keyFact(`${head}\ufeff${tail}`),
      findings: [{ messageId: 'invisible', start: 20, end: 21, fixed: key, messageIncludes: ['invisible byte-order mark'] }],
    },
    {
      title: 'a non-breaking space at the end, copied from a web page',
      fact: keyFact(`${key}\u00a0`),
      findings: [{ messageId: 'space', start: key.length, end: key.length + 1, fixed: key, messageIncludes: ['non-breaking space (U+00A0)', 'keys never contain spaces'] }],
    },
    {
      title: 'a soft hyphen where the browser wrapped the key',
      fact: keyFact(`${head}\u00ad${tail}`),
      findings: [{ messageId: 'invisible', start: 20, end: 21, fixed: key, messageIncludes: ['soft hyphen (U+00AD)'] }],
    },
    {
      title: 'a typographic quote inside the key',
      fact: keyFact(`${head}\u2019${tail}`),
      findings: [{ messageId: 'quote', start: 20, end: 21, fixed: key, messageIncludes: ['typographic quote ’ (U+2019)', 'keys never contain quotes'] }],
    },
    {
      title: 'a Cyrillic о typed instead of a Latin o',
      fact: keyFact(`${key.slice(0, 10)}\u043e${key.slice(11)}`),
      findings: [{ messageId: 'lookAlike', start: 10, end: 11, fixed: `${key.slice(0, 10)}o${key.slice(11)}`, messageIncludes: ['Cyrillic о (U+043E) at position 11', 'looks like "o"', 'type "o" instead'] }],
    },
    {
      title: 'an en dash for the hyphen of the prefix, from a word processor',
      fact: keyFact(`sk\u2013${key.slice(3)}`),
      findings: [{ messageId: 'lookAlike', start: 2, end: 3, fixed: key, messageIncludes: ['en dash (U+2013)', 'looks like "-"'] }],
    },
    {
      title: 'a Greek capital Alpha in an Anthropic key',
      fact: keyFact(`${anthropicKey.slice(0, -2)}\u0391A`, { name: 'ANTHROPIC_API_KEY' }),
      findings: [{ messageId: 'lookAlike', start: anthropicKey.length - 2, end: anthropicKey.length - 1, fixed: anthropicKey, messageIncludes: ['ANTHROPIC_API_KEY contains Greek Α'] }],
    },
    {
      title: 'full-width letters typed with an input method',
      fact: keyFact(`\uff53\uff4b${key.slice(2)}`),
      findings: [
        { messageId: 'lookAlike', start: 0, end: 1, fixed: `s\uff4b${key.slice(2)}`, messageIncludes: ['full-width ｓ'] },
        { messageId: 'lookAlike', start: 1, end: 2, fixed: `\uff53k${key.slice(2)}` },
      ],
    },
    {
      title: 'a Cyrillic І that could be I or l gets a suggestion, not a fix',
      fact: keyFact(`${head}\u0406${tail}`),
      findings: [{ messageId: 'lookAlike', start: 20, end: 21, suggested: [`${head}I${tail}`] }],
    },
    {
      title: 'a control character',
      fact: keyFact(`${head}\u0000${tail}`, { origin: origin('code', 'client.ts') }),
      findings: [{ messageId: 'invisible', start: 20, end: 21, fixed: key, messageIncludes: ['control character (U+0000)'] }],
    },
    {
      title: 'the key inside an Authorization header, spans in header coordinates',
      fact: headerFact('Authorization', `Bearer ${head}\u200b${tail}`),
      findings: [{ messageId: 'invisible', start: 27, end: 28, fixed: `Bearer ${key}`, messageIncludes: ['Authorization contains an invisible zero-width space'] }],
    },
  ],
});
