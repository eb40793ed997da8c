import { defineCheck } from './define-check.js';
import { isAlphabetic, removeInvalidLeadingCharacters } from './key-helpers.js';

export default defineCheck({
  name: 'LeadingCharacter',
  description: 'A line that starts with something other than a letter or `_` (a space, a digit, `.`, `*`, `-`).',
  create() {
    return (line) => {
      if (line.isEmpty) return undefined;
      // The first code point (a lone surrogate stays one unit, as when spreading the string).
      const first = line.raw.length === 0 ? '' : String.fromCodePoint(line.raw.codePointAt(0) as number);
      return isAlphabetic(first) || first === '_' ? undefined : 'Invalid leading character detected';
    };
  },
  fixer: {
    fixLine(line) {
      const key = line.key;
      const value = line.value;
      if (key === undefined || value === undefined) return false;
      line.raw = `${line.exportPrefix}${removeInvalidLeadingCharacters(key)}=${value}`;
      return true;
    },
  },
});
