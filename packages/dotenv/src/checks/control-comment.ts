import { CHECK_NAMES, type CheckName } from './names.js';

export interface ControlComment {
  readonly disable: boolean;
  readonly checks: readonly CheckName[];
}

/** Names a control comment can switch; SchemaViolation is not one of them upstream. */
const SWITCHABLE = new Set<string>(CHECK_NAMES.filter((name) => name !== 'SchemaViolation'));

/**
 * `# dotenv-linter:off A, B` / `# dotenv-linter:on A`: the flag must be the first token after
 * the `#`; unknown names are ignored, so trailing prose does no harm.
 */
export function parseControlComment(comment: string): ControlComment | undefined {
  const match = /^\s*#\s*dotenv-linter:(\S*)(.*)$/su.exec(comment);
  if (match === null) return undefined;
  const flag = match[1];
  if (flag !== 'on' && flag !== 'off') return undefined;
  const checks = (match[2] ?? '')
    .split(/[\s,]+/u)
    .filter((name): name is CheckName => SWITCHABLE.has(name));
  return { disable: flag === 'off', checks };
}
