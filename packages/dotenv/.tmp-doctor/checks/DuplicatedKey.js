import { parseControlComment } from './control-comment.js';
import { defineCheck } from './define-check.js';
const message = (key) => `The ${key} key is duplicated`;
export default defineCheck({
    name: 'DuplicatedKey',
    description: 'A key defined twice in one file: the later definition silently wins.',
    create() {
        const seen = new Set();
        return (line) => {
            const key = line.key;
            if (key === undefined)
                return undefined;
            if (seen.has(key))
                return message(key);
            seen.add(key);
            return undefined;
        };
    },
    fixer: {
        // Other fixes (abc → ABC) can create duplicates, so this runs on every file with a warning.
        mandatory: true,
        fixLines(warningLines, lines) {
            const seen = new Set();
            let disabled = false;
            for (const line of lines) {
                const control = line.comment === undefined ? undefined : parseControlComment(line.comment);
                if (control !== undefined && control.checks.includes('DuplicatedKey'))
                    disabled = control.disable;
                if (disabled || line.deleted)
                    continue;
                const key = line.key;
                if (key === undefined)
                    continue;
                if (seen.has(key))
                    line.raw = `# ${line.raw}`;
                else
                    seen.add(key);
            }
            return warningLines.length;
        },
    },
});
//# sourceMappingURL=DuplicatedKey.js.map