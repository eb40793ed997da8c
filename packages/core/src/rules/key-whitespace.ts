import type { KeyFact } from '../facts.js';
import { defineRule } from '../rule.js';
import { describeName } from '../describe.js';
import { lookupTable } from '../table.js';
import { isProse } from '../keys.js';

/** Characters HTTP clients reject or servers mangle inside a header value, with the words we use for them. */
const WHITESPACE_NAMES = lookupTable<string>({
  ' ': 'a space',
  '\t': 'a tab',
  '\r': 'a carriage return (\\r)',
  '\n': 'a line feed (\\n)',
});

const WHITESPACE = /[ \t\r\n]/;

function leadingWhitespaceLength(value: string): number {
  return value.length - value.trimStart().length;
}

function trailingWhitespaceLength(value: string): number {
  return value.length - value.trimEnd().length;
}

function whitespaceName(character: string): string {
  return WHITESPACE_NAMES[character] ?? 'whitespace';
}

/** A trailing \r nearly always comes from a file saved with Windows line endings; say so. */
function trailingAdvice(fact: KeyFact, trailing: string): string {
  if (trailing.includes('\r') && (fact.origin.medium === 'env' || fact.origin.medium === 'env-template')) {
    return 'save the file with LF line endings';
  }
  if (trailing.includes('\n')) return 'trim the value where it is read (a Kubernetes secret or `echo` adds one)';
  return 'remove it';
}

export default defineRule({
  id: 'key-whitespace',
  category: 'key',
  severity: 'error',
  description: 'API keys must not contain spaces, tabs, carriage returns or line feeds.',
  facts: ['key'],
  recommended: true,
  fixable: true,
  messages: {
    trailing: '{{name}} ends with {{what}}; the API will reject the header — {{advice}}',
    leading: '{{name}} starts with {{what}}; the API will reject the key — remove it',
    inner: '{{name}} contains {{what}} inside the key; a key never has one — remove it or copy the key again',
    carriageReturnLineEnding:
      '{{name}} ends with a carriage return (\\r) wherever this CRLF file is read by a shell, `docker --env-file` or systemd (only dotenv strips it); the API will reject the header — save the file with LF line endings',
  },
  check(fact, context) {
    const { value } = fact;
    if (fact.carriageReturnLineEnding === true && value.trim().length > 0 && !/[\r\n]$/.test(value)) {
      context.report({ messageId: 'carriageReturnLineEnding', data: { name: describeName(fact) }, start: value.length, end: value.length });
    }
    if (!WHITESPACE.test(value) || value.trim().length === 0) return;
    const name = describeName(fact);
    const leading = leadingWhitespaceLength(value);
    const trailing = trailingWhitespaceLength(value);
    if (leading > 0) {
      context.report({
        messageId: 'leading',
        data: { name, what: whitespaceName(value.charAt(0)) },
        start: 0,
        end: leading,
        fix: { start: 0, end: leading, text: '' },
      });
    }
    if (trailing > 0) {
      const trailingText = value.slice(value.length - trailing);
      const what = whitespaceName(trailingText.includes('\r') ? '\r' : trailingText.charAt(0));
      context.report({
        messageId: 'trailing',
        data: { name, what, advice: trailingAdvice(fact, trailingText) },
        start: value.length - trailing,
        end: value.length,
        fix: { start: value.length - trailing, end: value.length, text: '' },
      });
    }
    const inner = value.slice(leading, value.length - trailing);
    const innerMatch = WHITESPACE.exec(inner);
    // A sentence ("a valid OpenAI key") is not a key with a space in it: key-format or key-placeholder says what it is.
    if (innerMatch !== null && !isProse(inner)) {
      const start = leading + innerMatch.index;
      context.report({ messageId: 'inner', data: { name, what: whitespaceName(innerMatch[0]) }, start, end: start + 1 });
    }
  },
});
