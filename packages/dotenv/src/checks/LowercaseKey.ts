import { defineCheck } from './define-check.js';
import { toUppercase } from './key-helpers.js';

const message = (key: string): string => `The ${key} key should be in uppercase`;

export default defineCheck({
  name: 'LowercaseKey',
  description: 'A key with lowercase letters.',
  create() {
    return (line) => {
      const key = line.key;
      return key !== undefined && toUppercase(key) !== key ? message(key) : undefined;
    };
  },
  fixer: {
    fixLine(line) {
      const key = line.key;
      const value = line.value;
      if (key === undefined || value === undefined) return false;
      line.raw = `${line.exportPrefix}${toUppercase(key)}=${value}`;
      return true;
    },
  },
});
