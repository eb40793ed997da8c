import { defineCheck } from './define-check.js';
import { rustTrim } from './line-entry.js';
function isQuoted(value) {
    return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]);
}
export default defineCheck({
    name: 'ValueWithoutQuotes',
    description: 'A value with whitespace that is not wrapped in quotes.',
    create() {
        return (line) => {
            const value = line.value === undefined ? undefined : rustTrim(line.value);
            if (value === undefined || !/\p{White_Space}/u.test(value) || isQuoted(value))
                return undefined;
            return 'This value needs to be surrounded in quotes';
        };
    },
    fixer: {
        fixLine(line) {
            const key = line.key;
            const value = line.value;
            if (key === undefined || value === undefined)
                return false;
            line.raw = `${key}="${value}"`;
            return true;
        },
    },
});
//# sourceMappingURL=ValueWithoutQuotes.js.map