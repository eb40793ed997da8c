import { type Fact, type FilePosition, type Finding, type Medium } from '@keylint/core';
import type { DotenvDocument, DotenvEntry, Span } from './document.js';
/** `.env.example` and friends document variables and must not hold real values; every other `.env*` file is loaded. */
export declare function mediumForEnvFile(fileName: string): Medium;
export interface EnvFileFactsOptions {
    readonly filePath: string;
    readonly medium?: Medium;
    /** Extra variable names that hold keys (config `keyVariables`). */
    readonly keyVariables?: readonly string[];
}
/** The facts each loaded entry carries, decided by core's `factsFromSetting`. */
export declare function envFileFacts(document: DotenvDocument, options: EnvFileFactsOptions): {
    fact: Fact;
    entry: DotenvEntry;
}[];
/** 1-based line and column (UTF-16 units; the BOM does not count) of an offset. */
export declare function positionOfOffset(document: DotenvDocument, offset: number): {
    line: number;
    column: number;
};
export declare function positionOfSpan(document: DotenvDocument, span: Span): FilePosition;
/**
 * Where a finding about an entry sits in the file: the key for `name` findings, the finding's span
 * inside the loaded value mapped back through quotes and `\n` escapes for `value` findings, the
 * whole value (or the key, when the value is empty) when the span cannot be mapped.
 */
export declare function locateFinding(document: DotenvDocument, entry: DotenvEntry, finding: Pick<Finding, 'location'>): FilePosition;
//# sourceMappingURL=facts.d.ts.map