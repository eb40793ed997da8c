import type { DotenvDocument, DotenvLine, QuoteCharacter, Span } from './document.js';
/** 1-based line of an offset, by binary search over line starts. */
export declare function lineOfOffset(lines: readonly DotenvLine[], offset: number): DotenvLine;
export interface LoadedValue {
    readonly value: string;
    /** Original-text offset of each UTF-16 unit of `value`; `offsets.length === value.length + 1`. */
    readonly offsets: readonly number[];
    readonly quote?: QuoteCharacter;
}
/**
 * What dotenv makes of the raw value text: trim, remove one pair of surrounding quotes, expand `\n`
 * and `\r` inside double quotes. The steps are dotenv's own statements; the offsets follow along.
 */
export declare function loadValue(text: string, span: Span): LoadedValue;
/**
 * Parses `.env` text without losing a byte: `printDotenv(parseDotenv(text)) === text` for any
 * input. Never throws. Entries are the assignments dotenv loads, in file order (duplicates
 * included; the last one wins when loaded).
 */
export declare function parseDotenv(text: string): DotenvDocument;
/** The document back as text: the BOM, then every line with its own line ending. */
export declare function printDotenv(document: DotenvDocument): string;
/** The variables as `dotenv.parse` returns them (later definitions win). */
export declare function loadedValues(document: DotenvDocument): Map<string, string>;
//# sourceMappingURL=parse.d.ts.map