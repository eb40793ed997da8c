import type { KeyFact } from '../facts.js';
import { defineRule } from '../rule.js';
import { describeName } from '../describe.js';
import { coreSpan, isQuoteCharacter, quoteName, quotesPair } from '../keys.js';

/** Where quotes that survive into the value usually come from, by where the value was found. */
function causeOf(fact: KeyFact): string {
  switch (fact.origin.medium) {
    case 'process-env':
      return ' (Windows `set X="…"` and Colab `%set_env X="…"` keep the quotes)';
    case 'env':
    case 'env-template':
      return ' (the value is quoted twice, or the loader does not strip these quotes)';
    case 'code':
      return ' (the string literal contains the quotes)';
    default:
      return '';
  }
}

const PAIR_NAMES: Readonly<Record<string, string>> = { '"': 'double quotes (")', "'": "single quotes (')", '`': 'backticks (`)' };

function pairName(first: string, last: string): string {
  return first === last && PAIR_NAMES[first] !== undefined ? PAIR_NAMES[first] : `the quotes ${first} ${last}`;
}

export default defineRule({
  id: 'key-quoted',
  category: 'key',
  severity: 'error',
  description: 'API keys must not carry the quotes that were meant to delimit them.',
  facts: ['key'],
  recommended: true,
  fixable: true,
  messages: {
    wrapped: '{{name}} is wrapped in {{what}} that are sent as part of the key{{cause}}; the API will answer 401 — remove them',
    wrappedEnd: '{{name}}: the closing {{closing}} is sent as part of the key too — remove it',
    opening: '{{name}} starts with {{what}} that is sent as part of the key; the API will answer 401 — remove it',
    closing: '{{name}} ends with {{what}} that is sent as part of the key; the API will answer 401 — remove it',
  },
  check(fact, context) {
    const { start, end } = coreSpan(fact.value);
    // Nothing but quotes: an empty value, which is key-placeholder's to report (the first character tells most values apart cheaply).
    if (start === end || (isQuoteCharacter(fact.value.charAt(start)) && [...fact.value.slice(start, end)].every(isQuoteCharacter))) return;
    const first = fact.value.charAt(start);
    const last = fact.value.charAt(end - 1);
    const name = describeName(fact);
    // The key itself never goes into a fix (fixes end up in JSON reports): each quote is removed on its own.
    if (quotesPair(first, last) && end - start > 2) {
      const data = { name, what: pairName(first, last), cause: causeOf(fact), closing: quoteName(last).replace(/^an? /, '') };
      context.report({ messageId: 'wrapped', data, start, end: start + 1, fix: { start, end: start + 1, text: '' } });
      context.report({ messageId: 'wrappedEnd', data, start: end - 1, end, fix: { start: end - 1, end, text: '' } });
      return;
    }
    if (isQuoteCharacter(first)) context.report({ messageId: 'opening', data: { name, what: quoteName(first) }, start, end: start + 1, fix: { start, end: start + 1, text: '' } });
    if (isQuoteCharacter(last)) context.report({ messageId: 'closing', data: { name, what: quoteName(last) }, start: end - 1, end, fix: { start: end - 1, end, text: '' } });
  },
});
