import type { DotenvDocument, DotenvEntry, DotenvLine, QuoteCharacter, Span } from './document.js';

const BOM = '\uFEFF';

/*
 * The grammar of dotenv 17 (lib/main.js, `LINE`), copied character for character so that what we
 * call the loaded value is exactly what `dotenv.parse` returns. The `d` flag adds group indices.
 * dotenv runs it over the text with every `\r\n` and lone `\r` turned into `\n`.
 */
const DOTENV_LINE_SOURCE = String.raw`(?:^|^)[^\S\n\r\u2028\u2029]*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*` + '`' + String.raw`(?:\\` + '`' + String.raw`|[^` + '`' + String.raw`])*` + '`' + String.raw`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)`;

/** Splits into physical lines the way line-based tools (and dotenv-linter) see them. */
function splitLines(text: string, offset: number): DotenvLine[] {
  const lines: DotenvLine[] = [];
  let start = offset;
  let number = 1;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) {
      if (start < text.length || lines.length === 0) lines.push({ number, start, raw: text.slice(start), eol: '' });
      break;
    }
    const crlf = newline > start && text.charCodeAt(newline - 1) === 13;
    lines.push({ number, start, raw: text.slice(start, crlf ? newline - 1 : newline), eol: crlf ? '\r\n' : '\n' });
    start = newline + 1;
    number += 1;
  }
  return lines;
}

interface NormalizedText {
  readonly text: string;
  /** For each index of the normalized text (and one past its end), the offset in the original; undefined when they are the same (no `\r`). */
  readonly originalOffsets: Int32Array | undefined;
}

/** dotenv's `src.replace(/\r\n?/mg, '\n')`, remembering where each character came from. */
function normalizeLineBreaks(text: string): NormalizedText {
  if (!text.includes('\r')) return { text, originalOffsets: undefined };
  const offsets = new Int32Array(text.length + 1);
  let normalized = '';
  let length = 0;
  let chunkStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) !== 13) {
      offsets[length] = index;
      length += 1;
      continue;
    }
    normalized += text.slice(chunkStart, index) + '\n';
    offsets[length] = index;
    length += 1;
    if (text.charCodeAt(index + 1) === 10) index += 1;
    chunkStart = index + 1;
  }
  normalized += text.slice(chunkStart);
  offsets[length] = text.length;
  return { text: normalized, originalOffsets: offsets };
}

/** 1-based line of an offset, by binary search over line starts. */
export function lineOfOffset(lines: readonly DotenvLine[], offset: number): DotenvLine {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lines[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return lines[low] as DotenvLine;
}

export interface LoadedValue {
  readonly value: string;
  /** Original-text offset of each UTF-16 unit of `value`; `offsets.length === value.length + 1`. */
  readonly offsets: readonly number[];
  readonly quote?: QuoteCharacter;
}

function isQuote(character: string | undefined): character is QuoteCharacter {
  return character === '"' || character === "'" || character === '`';
}

/**
 * What dotenv makes of the raw value text: trim, remove one pair of surrounding quotes, expand `\n`
 * and `\r` inside double quotes. The steps are dotenv's own statements; the offsets follow along.
 */
export function loadValue(text: string, span: Span): LoadedValue {
  let characters = '';
  const offsets: number[] = [];
  for (let index = span.start; index < span.end; index += 1) {
    const code = text.charCodeAt(index);
    offsets.push(index);
    if (code === 13) {
      characters += '\n';
      if (text.charCodeAt(index + 1) === 10 && index + 1 < span.end) index += 1;
    } else {
      characters += text.charAt(index);
    }
  }
  offsets.push(span.end);
  let value = characters.trim();
  const leading = characters.length - characters.trimStart().length;
  let valueOffsets = offsets.slice(leading, leading + value.length + 1);
  const maybeQuote = value[0];
  const unquoted = value.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
  let quote: QuoteCharacter | undefined;
  if (unquoted !== value) {
    if (unquoted.length === value.length - 2 && isQuote(maybeQuote)) {
      // One pair removed: the closing quote's offset becomes the end of the value.
      valueOffsets = [...valueOffsets.slice(1, value.length - 1), valueOffsets[value.length - 1] ?? span.end];
      quote = maybeQuote;
    } else {
      // Not reachable with dotenv's grammar (values never span lines unless quoted), kept total anyway.
      valueOffsets = [...Array.from({ length: unquoted.length }, () => span.start), span.end];
    }
    value = unquoted;
  }
  if (maybeQuote === '"') {
    const expanded = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    if (expanded !== value) {
      const expandedOffsets: number[] = [];
      for (let index = 0; index < value.length; index += 1) {
        expandedOffsets.push(valueOffsets[index] ?? span.end);
        if (value[index] === '\\' && (value[index + 1] === 'n' || value[index + 1] === 'r')) index += 1;
      }
      expandedOffsets.push(valueOffsets[value.length] ?? span.end);
      value = expanded;
      valueOffsets = expandedOffsets;
    }
  }
  return { value, offsets: valueOffsets, ...(quote === undefined ? {} : { quote }) };
}

/** `loadValue` without the offsets: what `parseDotenv` keeps of every entry (the offsets are only needed to place a finding). */
function loadedValue(text: string, span: Span): { value: string; quote?: QuoteCharacter } {
  let characters = text.slice(span.start, span.end);
  if (characters.includes('\r')) characters = characters.replace(/\r\n?/g, '\n');
  let value = characters.trim();
  const maybeQuote = value[0];
  const unquoted = value.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
  let quote: QuoteCharacter | undefined;
  if (unquoted !== value) {
    if (unquoted.length === value.length - 2 && isQuote(maybeQuote)) quote = maybeQuote;
    value = unquoted;
  }
  if (maybeQuote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  return quote === undefined ? { value } : { value, quote };
}

function spanOf(normalized: NormalizedText, start: number, end: number): Span {
  if (normalized.originalOffsets === undefined) return { start, end };
  return { start: normalized.originalOffsets[start] ?? 0, end: normalized.originalOffsets[end] ?? 0 };
}

/** Offset of the first `=` or `:` in `text` from `start` to `end`, relative to `start`; -1 when there is none. */
function separatorIndex(text: string, start: number, end: number): number {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x3d || code === 0x3a) return index - start;
  }
  return -1;
}

/**
 * Parses `.env` text without losing a byte: `printDotenv(parseDotenv(text)) === text` for any
 * input. Never throws. Entries are the assignments dotenv loads, in file order (duplicates
 * included; the last one wins when loaded).
 */
export function parseDotenv(text: string): DotenvDocument {
  const bom = text.startsWith(BOM);
  const lines = splitLines(text, bom ? 1 : 0);
  const normalized = normalizeLineBreaks(text);
  const entries: DotenvEntry[] = [];
  const pattern = new RegExp(DOTENV_LINE_SOURCE, 'dgm');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(normalized.text)) !== null) {
    const indices = match.indices;
    const keyIndices = indices?.[1];
    if (indices === undefined || keyIndices === undefined) continue;
    const matchEnd = match.index + match[0].length;
    const keySpan = spanOf(normalized, keyIndices[0], keyIndices[1]);
    const valueIndices = indices[2];
    const separatorOffset = keyIndices[1] + separatorIndex(normalized.text, keyIndices[1], valueIndices?.[0] ?? matchEnd);
    const separatorSpan = spanOf(normalized, separatorOffset, separatorOffset + 1);
    const valueSpan = valueIndices === undefined ? { start: separatorSpan.end, end: separatorSpan.end } : spanOf(normalized, valueIndices[0], valueIndices[1]);
    // Only a line with something before its key can have `export ` there.
    const exportAt = match.index === keyIndices[0] ? -1 : normalized.text.slice(match.index, keyIndices[0]).search(/export\s/);
    const exportSpan = exportAt === -1 ? undefined : spanOf(normalized, match.index + exportAt, keyIndices[0]);
    const afterValueStart = valueIndices?.[1] ?? separatorOffset + 1;
    // Within this match only: indexOf to the end of the text would scan the rest of a file without `#` for every entry.
    const hashAt = afterValueStart < matchEnd ? normalized.text.slice(afterValueStart, matchEnd).indexOf('#') : -1;
    const commentSpan = hashAt === -1 ? undefined : spanOf(normalized, afterValueStart + hashAt, matchEnd);
    const loaded = loadedValue(text, valueSpan);
    const start = exportSpan?.start ?? keySpan.start;
    const end = commentSpan?.end ?? (valueSpan.end > valueSpan.start ? valueSpan.end : separatorSpan.end);
    // Optional parts are added in place (same property order as always), not spread from temporary objects.
    const entry: { -readonly [Part in keyof DotenvEntry]: DotenvEntry[Part] } = {
      key: match[1] ?? '',
      value: loaded.value,
      rawValue: text.slice(valueSpan.start, valueSpan.end),
      keySpan,
      valueSpan,
      separatorSpan,
    } as DotenvEntry;
    if (exportSpan !== undefined) entry.exportSpan = exportSpan;
    if (commentSpan !== undefined) entry.commentSpan = commentSpan;
    if (loaded.quote !== undefined) entry.quote = loaded.quote;
    entry.span = { start, end };
    entry.line = lineOfOffset(lines, keySpan.start).number;
    entry.endLine = lineOfOffset(lines, Math.max(start, end - 1)).number;
    entries.push(entry);
  }
  return { text, bom, lines, entries };
}

/** The document back as text: the BOM, then every line with its own line ending. */
export function printDotenv(document: DotenvDocument): string {
  let text = document.bom ? BOM : '';
  for (const line of document.lines) text += line.raw + line.eol;
  return text;
}

/** The variables as `dotenv.parse` returns them (later definitions win). */
export function loadedValues(document: DotenvDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const entry of document.entries) values.set(entry.key, entry.value);
  return values;
}
