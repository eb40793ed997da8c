import { defineCheck } from './define-check.js';
import { rustTrimEnd } from './line-entry.js';
export default defineCheck({
    name: 'TrailingWhitespace',
    description: 'Spaces at the end of a line.',
    create() {
        return (line) => (line.raw.endsWith(' ') ? 'Trailing whitespace detected' : undefined);
    },
    fixer: {
        fixLine(line) {
            line.raw = rustTrimEnd(line.raw);
            return true;
        },
    },
});
//# sourceMappingURL=TrailingWhitespace.js.map