import type { KeyFact } from '../facts.js';
import { defineRule } from '../rule.js';
import { describeName } from '../describe.js';
import { coreSpan, suspiciousCharacter, type SuspiciousCharacter } from '../keys.js';

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly character: string;
  readonly suspicious: SuspiciousCharacter;
}

/**
 * Every smuggled character in the value. Quotes at either end of the value belong to key-quoted
 * (they wrap the key); only quotes inside it are reported here.
 */
function occurrencesIn(value: string): Occurrence[] {
  const span = coreSpan(value);
  const occurrences: Occurrence[] = [];
  let index = 0;
  for (const character of value) {
    const start = index;
    index += character.length;
    const suspicious = suspiciousCharacter(character);
    if (suspicious === undefined) continue;
    if (suspicious.kind === 'quote' && (start === span.start || index === span.end)) continue;
    occurrences.push({ start, end: index, character, suspicious });
  }
  return occurrences;
}

/**
 * Text in another script (a Cyrillic placeholder, a sentence) is not a key with a smuggled letter:
 * look-alikes only matter among ASCII, so they are reported only when every other letter is ASCII.
 */
function isForeignText(value: string): boolean {
  return [...value].some((character) => /\p{L}/u.test(character) && character.charCodeAt(0) > 0x7f && suspiciousCharacter(character)?.kind !== 'look-alike');
}

const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

function isAtStart(fact: KeyFact, occurrence: Occurrence): boolean {
  return occurrence.start === coreSpan(fact.value).start;
}

export default defineRule({
  id: 'key-invisible-char',
  category: 'key',
  severity: 'error',
  description: 'API keys must not contain invisible characters, non-ASCII spaces, typographic quotes or look-alike letters.',
  facts: ['key'],
  recommended: true,
  fixable: true,
  hasSuggestions: true,
  messages: {
    byteOrderMark: '{{name}} starts with a byte-order mark ({{codePoint}}) from a file saved as "UTF-8 with BOM"; the API will reject the key — remove it and save the file as plain UTF-8',
    invisible: '{{name}} contains an invisible {{what}} ({{codePoint}}) at position {{position}}; the API will reject the key — remove it',
    space: '{{name}} contains a {{what}} ({{codePoint}}) at position {{position}}; keys never contain spaces — remove it',
    quote: '{{name}} contains a {{what}} ({{codePoint}}) at position {{position}}, pasted from a word processor or chat; keys never contain quotes — remove it',
    lookAlike: '{{name}} contains {{what}} ({{codePoint}}) at position {{position}}, which looks like "{{ascii}}" but is not ASCII; the API will reject the key — type "{{ascii}}" instead',
    replaceWith: 'Replace it with "{{ascii}}"',
  },
  check(fact, context) {
    // Printable ASCII, tab, CR and LF hold no suspicious character (the usual key): nothing to look for.
    if (PLAIN_ASCII.test(fact.value)) return;
    const name = describeName(fact);
    const foreignText = isForeignText(fact.value);
    for (const occurrence of occurrencesIn(fact.value)) {
      const { suspicious, start, end } = occurrence;
      if (suspicious.kind === 'look-alike' && foreignText) continue;
      const data = { name, what: suspicious.name, codePoint: suspicious.codePoint, position: start + 1, ascii: suspicious.replacement };
      const edit = { start, end, text: suspicious.replacement };
      if (suspicious.kind === 'look-alike') {
        if (suspicious.certain) context.report({ messageId: 'lookAlike', data, start, end, fix: edit });
        else context.report({ messageId: 'lookAlike', data, start, end, suggestions: [{ messageId: 'replaceWith', data, fix: edit }] });
        continue;
      }
      if (suspicious.kind === 'byte-order-mark' && isAtStart(fact, occurrence)) {
        context.report({ messageId: 'byteOrderMark', data, start, end, fix: edit });
        continue;
      }
      const messageId = suspicious.kind === 'space' ? 'space' : suspicious.kind === 'quote' ? 'quote' : 'invisible';
      context.report({ messageId, data, start, end, fix: edit });
    }
  },
});
