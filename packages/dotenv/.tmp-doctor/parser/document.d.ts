/** A range of UTF-16 offsets in `DotenvDocument.text`, end exclusive. */
export interface Span {
    readonly start: number;
    readonly end: number;
}
/** One physical line. Lines split on `\n`; a `\r` right before it belongs to the line ending. */
export interface DotenvLine {
    /** 1-based. */
    readonly number: number;
    /** Offset of the first character (after the BOM on line 1). */
    readonly start: number;
    /** The text without its line ending. A lone `\r` (not before `\n`) stays in here. */
    readonly raw: string;
    readonly eol: '' | '\n' | '\r\n';
}
export type QuoteCharacter = '"' | "'" | '`';
/**
 * One assignment as the `dotenv` package loads it (the same matches `dotenv.parse` makes), with the
 * spans of every part in the original text.
 */
export interface DotenvEntry {
    readonly key: string;
    /** The value as the application sees it after `dotenv.parse`: trimmed, unquoted, `\n` expanded in double quotes. */
    readonly value: string;
    /** The value text exactly as written (quotes and surrounding spaces included), `''` when there is none. */
    readonly rawValue: string;
    readonly keySpan: Span;
    /** Span of `rawValue`; empty (start = end) when the entry has no value. */
    readonly valueSpan: Span;
    /** The `=` (or `:`, which dotenv also accepts). */
    readonly separatorSpan: Span;
    /** `export` and the whitespace after it, when present. */
    readonly exportSpan?: Span;
    /** An inline `# comment` after the value, when present. */
    readonly commentSpan?: Span;
    /** The quote that wraps the value, when dotenv removes one. */
    readonly quote?: QuoteCharacter;
    /** From the first character of `export`/the key to the end of the value or comment. */
    readonly span: Span;
    /** 1-based line of the key. */
    readonly line: number;
    /** 1-based line where the value or comment ends (> line for multi-line quoted values). */
    readonly endLine: number;
}
export interface DotenvDocument {
    /** The whole input, byte for byte (as UTF-16), BOM included. */
    readonly text: string;
    readonly bom: boolean;
    readonly lines: readonly DotenvLine[];
    readonly entries: readonly DotenvEntry[];
}
//# sourceMappingURL=document.d.ts.map