import { defineCheck } from './define-check.js';
import { LineEntry } from './line-entry.js';
export default defineCheck({
    name: 'EndingBlankLine',
    description: 'The file must end with a newline.',
    seesComments: true,
    create() {
        return (line) => (line.isLast && !line.raw.endsWith('\n') ? 'No blank line at the end of the file' : undefined);
    },
    fixer: {
        fixLines(warningLines, lines) {
            if (warningLines.length === 0)
                return 0;
            const last = lines[lines.length - 1];
            const added = new LineEntry((last?.number ?? 0) + 1, '\n', '', '', true);
            added.addedNewline = true;
            lines.push(added);
            return warningLines.length;
        },
    },
});
//# sourceMappingURL=EndingBlankLine.js.map