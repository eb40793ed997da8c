import { defineCheck } from './define-check.js';
export default defineCheck({
    name: 'ExtraBlankLine',
    description: 'Two blank lines in a row.',
    create() {
        let lastBlank;
        return (line) => {
            if (!line.isEmpty)
                return undefined;
            const extra = lastBlank !== undefined && line.number === lastBlank + 1;
            lastBlank = line.number;
            return extra ? 'Extra blank line detected' : undefined;
        };
    },
    fixer: {
        fixLine(line) {
            line.deleted = true;
            return true;
        },
    },
});
//# sourceMappingURL=ExtraBlankLine.js.map