import { defineCheck } from './define-check.js';
import { isAlphanumeric, removeInvalidLeadingCharacters } from './key-helpers.js';
import { rustTrim } from './line-entry.js';

const message = (key: string): string => `The ${key} key has incorrect delimiter`;

export default defineCheck({
  name: 'IncorrectDelimiter',
  description: 'A key with characters other than letters, digits and `_` (`FOO-BAR`, `FOO BAR`).',
  create() {
    return (line) => {
      const key = line.key;
      if (key === undefined) return undefined;
      const cleaned = rustTrim(removeInvalidLeadingCharacters(key));
      if (/^[A-Za-z0-9_]*$/.test(cleaned)) return undefined;
      return [...cleaned].some((character) => !isAlphanumeric(character) && character !== '_') ? message(key) : undefined;
    };
  },
  fixer: {
    fixLine(line) {
      const key = line.key;
      const value = line.value;
      if (key === undefined || value === undefined) return false;
      const cleaned = removeInvalidLeadingCharacters(key);
      const junk = key.slice(0, key.length - cleaned.length);
      const fixedKey = [...cleaned].map((character) => (isAlphanumeric(character) ? character : '_')).join('');
      line.raw = `${line.exportPrefix}${junk}${fixedKey}=${value}`;
      return true;
    },
  },
});
