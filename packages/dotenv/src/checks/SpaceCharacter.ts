import { defineCheck } from './define-check.js';
import { rustTrimEnd, rustTrimStart } from './line-entry.js';

export default defineCheck({
  name: 'SpaceCharacter',
  description: 'Spaces around the `=`.',
  create() {
    return (line) => {
      // Exactly one `=`, with a space right before or right after it.
      const raw = line.raw;
      const equals = raw.indexOf('=');
      if (equals === -1 || raw.indexOf('=', equals + 1) !== -1) return undefined;
      return (equals > 0 && raw.charCodeAt(equals - 1) === 0x20) || raw.charCodeAt(equals + 1) === 0x20 ? 'The line has spaces around equal sign' : undefined;
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
