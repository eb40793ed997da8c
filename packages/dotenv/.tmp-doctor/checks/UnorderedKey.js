import { parseControlComment } from './control-comment.js';
import { defineCheck } from './define-check.js';
const message = (key, other) => `The ${key} key should go before the ${other} key`;
/** Byte-wise order, as Rust sorts `String`s (UTF-16 order differs only above U+FFFF, never in keys). */
function compareKeys(left, right) {
    const a = Buffer.from(left, 'utf8');
    const b = Buffer.from(right, 'utf8');
    return Buffer.compare(a, b);
}
function isControlComment(line) {
    return line.comment !== undefined && parseControlComment(line.comment) !== undefined;
}
/** `# > Section` / `# < Section` comments pin a section: keys are sorted on each side of them. */
function isGroupComment(line) {
    const comment = line.comment;
    if (comment === undefined)
        return false;
    const stripped = comment.slice(1).replace(/^#*/, '').trimStart();
    const direction = stripped[0];
    if (direction !== '>' && direction !== '<')
        return false;
    return stripped.slice(1).trim().replace(/#+$/, '').trim().length > 0;
}
/** Sorts key lines stably, each moving with the comment lines directly above it. */
function sortSlices(part) {
    const slices = [];
    let start = 0;
    part.forEach((line, index) => {
        if (!line.isComment) {
            slices.push(part.slice(start, index + 1));
            start = index + 1;
        }
    });
    const keyOf = (slice) => slice[slice.length - 1]?.key ?? '';
    slices.sort((left, right) => compareKeys(keyOf(left), keyOf(right)));
    return [...slices.flat(), ...part.slice(start)];
}
function sortPart(lines, from, to) {
    const part = lines.slice(from, to);
    const sorted = [];
    let start = 0;
    part.forEach((line, index) => {
        if (isGroupComment(line)) {
            sorted.push(...sortSlices(part.slice(start, index)), line);
            start = index + 1;
        }
    });
    sorted.push(...sortSlices(part.slice(start)));
    lines.splice(from, sorted.length, ...sorted);
}
export default defineCheck({
    name: 'UnorderedKey',
    description: 'Keys not in alphabetical order within a group (groups are separated by blank lines).',
    seesComments: true,
    create() {
        let keys = [];
        return (line) => {
            const refersToGroup = line.substitutionKeys.some((name) => keys.includes(name));
            if (line.isEmpty || isControlComment(line) || refersToGroup) {
                keys = [];
                return undefined;
            }
            const key = line.key;
            if (key === undefined)
                return undefined;
            keys.push(key);
            const sorted = [...keys].sort(compareKeys);
            if (sorted.every((name, index) => name === keys[index]))
                return undefined;
            const other = sorted[sorted.indexOf(key) + 1];
            return other === undefined ? undefined : message(key, other);
        };
    },
    fixer: {
        mandatory: true,
        fixLines(warningLines, lines) {
            let start = 0;
            let end;
            let disabled = false;
            for (let index = 0; index < lines.length; index += 1) {
                const line = lines[index];
                const control = line.comment === undefined ? undefined : parseControlComment(line.comment);
                if (!disabled) {
                    const groupKeys = new Set(lines.slice(start, index).flatMap((other) => other.key ?? []));
                    const used = line.substitutionKeys.filter((name) => groupKeys.has(name));
                    if (!line.isEmptyOrComment && used.length === 0)
                        end = index + 1;
                    if (line.isEmpty || index === lines.length - 1 || control !== undefined || used.length > 0) {
                        if (used.length > 0)
                            line.raw = `${line.raw} # Unordered because ${line.key ?? ''} uses ${used.join(', ')}`;
                        if (end !== undefined) {
                            sortPart(lines, start, end);
                            end = undefined;
                        }
                        start = index + 1;
                    }
                }
                if (control !== undefined && control.checks.includes('UnorderedKey')) {
                    disabled = control.disable;
                    start = index + 1;
                }
            }
            return warningLines.length;
        },
    },
});
//# sourceMappingURL=UnorderedKey.js.map