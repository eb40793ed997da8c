import type { LineEntry } from './line-entry.js';
import type { CheckName } from './names.js';
import type { DotenvSchema } from './schema.js';
/** Runs over one file's lines in order; returns a message for a line it flags. Fresh state per file. */
export type LineChecker = ((line: LineEntry) => string | undefined) & {
    /** Warnings that only the whole file can tell (schema keys that never appeared), added after every line. */
    finish?: () => {
        line: number;
        message: string;
    }[];
};
export interface Fixer {
    /**
     * Runs even when its check reported nothing, because earlier fixers can create its problem
     * (a lowercase key fixed into a duplicate).
     */
    readonly mandatory?: boolean;
    /** Rewrites one flagged line; false when it cannot. */
    fixLine?(line: LineEntry): boolean;
    /** Whole-file fixers; returns how many warnings count as fixed, undefined to abandon the file. */
    fixLines?(warningLines: readonly number[], lines: LineEntry[]): number | undefined;
}
export interface CheckContext {
    readonly schema?: DotenvSchema;
}
export interface DotenvCheck {
    readonly name: CheckName;
    /** One sentence for `--help`, SARIF and the README. */
    readonly description: string;
    /** Comment lines are invisible to every check except the ones that say otherwise. */
    readonly seesComments?: boolean;
    create(context: CheckContext): LineChecker;
    readonly fixer?: Fixer;
}
export declare function defineCheck(check: DotenvCheck): DotenvCheck;
export declare const CHECK_DOCS_BASE_URL = "https://dotenv-linter.github.io/#/checks";
export declare function checkDocsUrl(name: CheckName): string;
//# sourceMappingURL=define-check.d.ts.map