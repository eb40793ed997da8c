import { CHECK_NAMES } from './names.js';
/** Names a control comment can switch; SchemaViolation is not one of them upstream. */
const SWITCHABLE = new Set(CHECK_NAMES.filter((name) => name !== 'SchemaViolation'));
/**
 * `# dotenv-linter:off A, B` / `# dotenv-linter:on A`: the flag must be the first token after
 * the `#`; unknown names are ignored, so trailing prose does no harm.
 */
export function parseControlComment(comment) {
    const match = /^\s*#\s*dotenv-linter:(\S*)(.*)$/su.exec(comment);
    if (match === null)
        return undefined;
    const flag = match[1];
    if (flag !== 'on' && flag !== 'off')
        return undefined;
    const checks = (match[2] ?? '')
        .split(/[\s,]+/u)
        .filter((name) => SWITCHABLE.has(name));
    return { disable: flag === 'off', checks };
}
//# sourceMappingURL=control-comment.js.map