import { defineCheck } from './define-check.js';

/** Quotes are needed (so not flagged) when the value has whitespace, a literal `\n`, or one of `$ # & =`. */
function needsQuotes(value: string): boolean {
  return value.includes('\\n') || /[\p{White_Space}$#&=]/u.test(value);
}

export default defineCheck({
  name: 'QuoteCharacter',
  description: 'Quotes around a value that does not need them.',
  create() {
    return (line) => {
      const value = line.value;
      if (value === undefined || !/['"]/.test(value) || needsQuotes(value)) return undefined;
      return "The value has quote characters (', \")";
    };
  },
  fixer: {
    fixLine(line) {
      const key = line.key;
      const value = line.value;
      if (key === undefined || value === undefined) return false;
      line.raw = `${line.exportPrefix}${key}=${value.replace(/['"]/g, '')}`;
      return true;
    },
  },
});
