import { type Finding, type FilePosition, type RuleSetting } from '@keylint/core';
import { type CheckName, type DotenvSchema, type DotenvWarning } from './checks/index.js';
import type { DotenvDocument, DotenvEntry } from './parser/document.js';
/** One problem in one file, from a dotenv-linter check or a keylint rule, ready for any output format. */
export interface Problem {
    readonly ruleId: string;
    readonly message: string;
    readonly severity: 'error' | 'warn';
    readonly position: FilePosition;
    /** dotenv-linter checks first, keylint rules next, whole-file schema warnings last (for same-line order). */
    readonly order: 0 | 1 | 2;
}
export interface LintOptions {
    readonly filePath: string;
    /** Check names and rule ids that are off. */
    readonly ignore?: ReadonlySet<string>;
    readonly severities?: Readonly<Record<string, RuleSetting>>;
    readonly schema?: DotenvSchema;
    readonly keyVariables?: readonly string[];
}
export interface LintOutcome {
    readonly document: DotenvDocument;
    readonly problems: Problem[];
    readonly warnings: DotenvWarning[];
}
export declare function severitiesWithIgnores(options: Pick<LintOptions, 'ignore' | 'severities'>): Record<string, RuleSetting>;
/** Problems of the keylint rules (core's catalog) for the entries of one file. */
export declare function keyRuleProblems(document: DotenvDocument, options: LintOptions): Problem[];
export declare function problemOfFinding(document: DotenvDocument, entry: DotenvEntry | undefined, finding: Finding): Problem;
/** Runs dotenv-linter's checks and the keylint rules over one file's text. */
export declare function lintDotenvText(text: string, options: LintOptions): LintOutcome;
/** By line, then dotenv-linter checks (in their order) before keylint rules; stable otherwise. */
export declare function sortProblems(problems: readonly Problem[]): Problem[];
export interface FixOutcome {
    readonly warnings: DotenvWarning[];
    readonly fixed: number;
    /** The new file text; equal to the input when nothing changed. */
    readonly text: string;
    /** The line entries as dotenv-linter's dry run prints them. */
    readonly dryRunLines: string[];
}
/** dotenv-linter's `fix` for one file's text: check, then run the fixers in upstream order. */
export declare function fixDotenvText(text: string, ignore?: ReadonlySet<string>): FixOutcome;
export type { CheckName };
//# sourceMappingURL=lint.d.ts.map