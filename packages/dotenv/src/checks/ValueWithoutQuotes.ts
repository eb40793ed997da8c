import { defineCheck } from './define-check.js';
import { rustTrim } from './line-entry.js';

function isQuoted(value: string): boolean {
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]);
}

export default defineCheck({
  name: 'ValueWithoutQuotes',
  description: 'A value with whitespace that is not wrapped in quotes.',
  create() {
    return (line) => {
      const value = line.value === undefined ? undefined : rustTrim(line.value);
      if (value === undefined || !/\p{White_Space}/u.test(value) || isQuoted(value)) return undefined;
      return 'This value needs to be surrounded in quotes';
    };
  },
  fixer: {
    fixLine(line) {
      const key = line.key;
      const value = line.value;
      if (key === undefined || value === undefined) return false;
      // Upstream quotes `a b # note` whole, which changes what dotenv loads; quote only the value
      // and keep the comment (and leave the line alone when the value itself has no whitespace).
      const comment = /\s+#.*$/su.exec(value);
      if (comment === null) {
        line.raw = `${line.exportPrefix}${key}="${value}"`;
        return true;
      }
      const bare = value.slice(0, comment.index);
      if (!/\p{White_Space}/u.test(rustTrim(bare)) || isQuoted(rustTrim(bare))) return false;
      line.raw = `${line.exportPrefix}${key}="${bare}"${comment[0]}`;
      return true;
    },
  },
});
