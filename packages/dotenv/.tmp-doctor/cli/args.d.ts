import { type OutputFormat } from '@keylint/core';
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
export type CommandName = 'check' | 'fix' | 'diff';
export interface ParsedArgs {
    readonly command: CommandName | 'help' | 'version';
    readonly paths: string[];
    readonly exclude: string[];
    readonly ignoreChecks: string[];
    readonly recursive: boolean;
    readonly quiet: boolean;
    readonly plain: boolean;
    readonly schema?: string;
    readonly noBackup: boolean;
    readonly dryRun: boolean;
    readonly format: OutputFormat;
    readonly config?: string;
    readonly noConfig: boolean;
    readonly stdinFilename?: string;
}
/** Parses `keylint-env [--plain] [-q] <check|fix|diff> [options] [paths…]`. `doctor` is dispatched before this. */
export declare function parseArgs(args: readonly string[]): ParsedArgs;
//# sourceMappingURL=args.d.ts.map