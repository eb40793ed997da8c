import { defineCheck } from './define-check.js';
const message = (key) => `The ${key} key should be with a value or have an equal sign`;
export default defineCheck({
    name: 'KeyWithoutValue',
    description: 'A line with a key but no `=`.',
    create() {
        return (line) => {
            const key = line.key;
            return key !== undefined && line.value === undefined ? message(key) : undefined;
        };
    },
    fixer: {
        fixLine(line) {
            line.raw = `${line.raw}=`;
            return true;
        },
    },
});
//# sourceMappingURL=KeyWithoutValue.js.map