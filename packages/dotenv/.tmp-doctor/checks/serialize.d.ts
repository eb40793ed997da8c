import type { DotenvDocument } from '../parser/document.js';
import type { LineEntry } from './line-entry.js';
/**
 * Writes fixed line entries back. Unlike upstream, untouched lines keep their exact bytes and line
 * endings (CRLF stays CRLF), the BOM stays, and the last line is never dropped: the file ends with
 * a newline exactly when it did before or the EndingBlankLine fix added one.
 */
export declare function serializeFixed(document: DotenvDocument, lines: readonly LineEntry[]): string;
//# sourceMappingURL=serialize.d.ts.map