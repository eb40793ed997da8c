import type { DotenvDocument } from '../parser/document.js';
/** Rust's `str::trim` (Unicode White_Space); JS `trim` would also remove a BOM, which Rust keeps. */
export declare function rustTrim(text: string): string;
export declare function rustTrimEnd(text: string): string;
export declare function rustTrimStart(text: string): string;
/** Odd number of backslashes at the end: the next character is escaped. */
export declare function isEscaped(prefix: string): boolean;
/**
 * One line as dotenv-linter sees it: a physical line, a multi-line quoted value merged into the
 * line that opens it, or the pseudo-line `"\n"` that stands for a final newline. Fixers rewrite
 * `raw`; `originalText` is kept so that untouched lines are written back byte for byte.
 */
export declare class LineEntry {
    readonly number: number;
    /** The exact source text of the line(s), line endings inside a merged entry included, final one excluded. */
    readonly originalText: string;
    /** The line ending after the entry in the source (`''` for the last line without one). */
    readonly eol: '' | '\n' | '\r\n';
    readonly isPseudo: boolean;
    raw: string;
    deleted: boolean;
    /** The last entry of the file (EndingBlankLine looks only at it). */
    isLast: boolean;
    /** Set on the line the EndingBlankLine fixer adds. */
    addedNewline: boolean;
    readonly originalRaw: string;
    constructor(number: number, raw: string, 
    /** The exact source text of the line(s), line endings inside a merged entry included, final one excluded. */
    originalText: string, 
    /** The line ending after the entry in the source (`''` for the last line without one). */
    eol: '' | '\n' | '\r\n', isPseudo: boolean);
    get trimmed(): string;
    get isEmpty(): boolean;
    get isComment(): boolean;
    get isEmptyOrComment(): boolean;
    /** The comment text when the whole line is a comment. */
    get comment(): string | undefined;
    /** Before the first `=`, after `export `; not trimmed on the right (`FOO =1` has the key `FOO `). */
    get key(): string | undefined;
    /** Everything after the first `=` of the raw line, quotes and inline comments included. */
    get value(): string | undefined;
    /** Variables the value refers to through `$NAME` or `${NAME}`, as dotenv-linter reads them. */
    get substitutionKeys(): string[];
}
/**
 * The line entries dotenv-linter builds from a file: physical lines, multi-line quoted values
 * merged (numbered by their first line), and the `"\n"` pseudo-line when the file ends with a
 * newline. A leading BOM is not part of line 1 (dotenv-linter would call it a leading character).
 */
export declare function lineEntries(document: DotenvDocument): LineEntry[];
//# sourceMappingURL=line-entry.d.ts.map