import { defineCheck } from './define-check.js';
import { rustTrimEnd, rustTrimStart } from './line-entry.js';

export default defineCheck({
  name: 'SpaceCharacter',
  description: 'Spaces around the `=`.',
  create() {
    return (line) => {
      const parts = line.raw.split('=');
      if (parts.length !== 2) return undefined;
      const [before = '', after = ''] = parts;
      return before.endsWith(' ') || after.startsWith(' ') ? 'The line has spaces around equal sign' : undefined;
    };
  },
  fixer: {
    fixLine(line) {
      const key = line.key;
      const value = line.value;
      if (key === undefined || value === undefined) return false;
      line.raw = `${line.exportPrefix}${rustTrimEnd(key)}=${rustTrimStart(value)}`;
      return true;
    },
  },
});
