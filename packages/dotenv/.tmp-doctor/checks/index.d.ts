import type { DotenvCheck } from './define-check.js';
import type { LineEntry } from './line-entry.js';
import type { CheckName } from './names.js';
import type { DotenvSchema } from './schema.js';
/** Every check, in dotenv-linter's run order (same-line warnings come out in this order). */
export declare const dotenvChecks: readonly DotenvCheck[];
export interface DotenvWarning {
    readonly line: number;
    readonly check: CheckName;
    readonly message: string;
}
export interface RunOptions {
    readonly ignore?: ReadonlySet<string>;
    readonly schema?: DotenvSchema;
}
/** Runs the checks line by line, honouring `# dotenv-linter:off/on` comments. */
export declare function runChecks(lines: readonly LineEntry[], options?: RunOptions): DotenvWarning[];
/** Applies the fixers in upstream order; returns how many warnings were fixed. Lines are edited in place. */
export declare function applyFixes(warnings: readonly DotenvWarning[], lines: LineEntry[], ignore?: ReadonlySet<string>): number;
export { lineEntries, LineEntry } from './line-entry.js';
export { CHECK_NAMES, isCheckName, type CheckName } from './names.js';
export { parseSchema, SchemaError, type DotenvSchema } from './schema.js';
export { checkDocsUrl, type DotenvCheck } from './define-check.js';
//# sourceMappingURL=index.d.ts.map