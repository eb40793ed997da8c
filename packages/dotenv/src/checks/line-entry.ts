import type { DotenvDocument } from '../parser/document.js';

/** Visible ASCII (`!` to `~`): never White_Space, so a text that starts or ends with one needs no trimming at that end. */
function isVisibleAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/** Rust's `str::trim` (Unicode White_Space); JS `trim` would also remove a BOM, which Rust keeps. */
export function rustTrim(text: string): string {
  if (text.length === 0 || (isVisibleAscii(text.charCodeAt(0)) && isVisibleAscii(text.charCodeAt(text.length - 1)))) return text;
  return text.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');
}

export function rustTrimEnd(text: string): string {
  if (text.length === 0 || isVisibleAscii(text.charCodeAt(text.length - 1))) return text;
  return text.replace(/\p{White_Space}+$/u, '');
}

export function rustTrimStart(text: string): string {
  if (text.length === 0 || isVisibleAscii(text.charCodeAt(0))) return text;
  return text.replace(/^\p{White_Space}+/u, '');
}

/** Odd number of backslashes at the end: the next character is escaped. */
export function isEscaped(prefix: string): boolean {
  let count = 0;
  for (let index = prefix.length - 1; index >= 0 && prefix[index] === '\\'; index -= 1) count += 1;
  return count % 2 === 1;
}

/**
 * One line as dotenv-linter sees it: a physical line, a multi-line quoted value merged into the
 * line that opens it, or the pseudo-line `"\n"` that stands for a final newline. Fixers rewrite
 * `raw`; `originalText` is kept so that untouched lines are written back byte for byte.
 */
export class LineEntry {
  raw: string;
  deleted = false;
  /** The last entry of the file (EndingBlankLine looks only at it). */
  isLast = false;
  /** Set on the line the EndingBlankLine fixer adds. */
  addedNewline = false;
  readonly originalRaw: string;
  /** `trimmed` of the `raw` it was computed for; every check asks for it, and fixers may change `raw`. */
  #trimmedOf: { readonly raw: string; readonly trimmed: string } | undefined;
  /** `key` and `value` of the `raw` they were computed for, for the same reason. */
  #keyOf: { readonly raw: string; readonly key: string | undefined } | undefined;
  #valueOf: { readonly raw: string; readonly value: string | undefined } | undefined;

  constructor(
    readonly number: number,
    raw: string,
    /** The exact source text of the line(s), line endings inside a merged entry included, final one excluded. */
    readonly originalText: string,
    /** The line ending after the entry in the source (`''` for the last line without one). */
    readonly eol: '' | '\n' | '\r\n',
    readonly isPseudo: boolean,
  ) {
    this.raw = raw;
    this.originalRaw = raw;
  }

  get trimmed(): string {
    if (this.#trimmedOf?.raw !== this.raw) this.#trimmedOf = { raw: this.raw, trimmed: rustTrim(this.raw) };
    return this.#trimmedOf.trimmed;
  }

  get isEmpty(): boolean {
    return this.trimmed.length === 0;
  }

  get isComment(): boolean {
    return this.trimmed.startsWith('#');
  }

  get isEmptyOrComment(): boolean {
    return this.isEmpty || this.isComment;
  }

  /** The comment text when the whole line is a comment. */
  get comment(): string | undefined {
    return this.isComment ? this.trimmed : undefined;
  }

  /** Before the first `=`, after `export `; not trimmed on the right (`FOO =1` has the key `FOO `). */
  get key(): string | undefined {
    if (this.#keyOf?.raw !== this.raw) this.#keyOf = { raw: this.raw, key: this.keyOfRaw() };
    return this.#keyOf.key;
  }

  private keyOfRaw(): string | undefined {
    if (this.isEmptyOrComment) return undefined;
    let text = this.trimmed;
    if (text.startsWith('export ')) text = rustTrim(text.slice('export '.length));
    const equals = text.indexOf('=');
    return equals === -1 ? text : text.slice(0, equals);
  }

  /**
   * `export ` when the line has that prefix. Fixers that rebuild `KEY=value` put it back (upstream
   * drops it, which breaks files that a shell sources).
   */
  get exportPrefix(): string {
    return this.trimmed.startsWith('export ') ? 'export ' : '';
  }

  /** Everything after the first `=` of the raw line, quotes and inline comments included. */
  get value(): string | undefined {
    if (this.#valueOf?.raw !== this.raw) this.#valueOf = { raw: this.raw, value: this.valueOfRaw() };
    return this.#valueOf.value;
  }

  private valueOfRaw(): string | undefined {
    if (this.isEmptyOrComment) return undefined;
    const equals = this.raw.indexOf('=');
    return equals === -1 ? undefined : this.raw.slice(equals + 1);
  }

  /** Variables the value refers to through `$NAME` or `${NAME}`, as dotenv-linter reads them. */
  get substitutionKeys(): string[] {
    const value = this.value;
    if (value === undefined) return [];
    let text = rustTrim(value);
    if (text.startsWith("'")) return [];
    if (text.startsWith('"')) {
      if (text.length >= 2 && text.endsWith('"') && !isEscaped(text.slice(0, -1))) text = text.slice(1, -1);
      else return [];
    }
    const keys: string[] = [];
    let index = 0;
    while (index < text.length) {
      const dollar = text.indexOf('$', index);
      if (dollar === -1) break;
      if (isEscaped(text.slice(0, dollar))) {
        index = dollar + 1;
        continue;
      }
      const rest = text.slice(dollar + 1);
      let name: string;
      let consumed: number;
      if (rest.startsWith('{')) {
        const close = rest.indexOf('}');
        if (close === -1) break;
        name = rest.slice(1, close);
        consumed = close + 1;
      } else {
        name = /^[A-Za-z0-9_]*/.exec(rest)?.[0] ?? '';
        consumed = name.length;
      }
      if (name.length === 0) break;
      keys.push(name);
      index = dollar + 1 + consumed;
    }
    return keys;
  }
}

/** Does a trimmed quoted value leave its quote open (so the entry continues on later lines)? */
function opensQuote(value: string | undefined): '"' | "'" | undefined {
  if (value === undefined) return undefined;
  const trimmed = rustTrim(value);
  const quote = trimmed[0];
  if (quote !== '"' && quote !== "'") return undefined;
  if (trimmed.length === 1) return quote;
  if (!trimmed.endsWith(quote)) return quote;
  return isEscaped(trimmed.slice(0, -1)) ? quote : undefined;
}

function closesQuote(raw: string, quote: string): boolean {
  const at = raw.indexOf(quote);
  return at !== -1 && !isEscaped(raw.slice(0, at));
}

/**
 * The line entries dotenv-linter builds from a file: physical lines, multi-line quoted values
 * merged (numbered by their first line), and the `"\n"` pseudo-line when the file ends with a
 * newline. A leading BOM is not part of line 1 (dotenv-linter would call it a leading character).
 */
export function lineEntries(document: DotenvDocument): LineEntry[] {
  const only = document.lines[0];
  // An empty file has no lines at all.
  const physical = document.lines.length === 1 && only?.raw === '' && only.eol === '' ? [] : document.lines;
  // Upstream's finder, one pass: a line opening a quote starts a block, the first later line with that quote unescaped
  // ends it. While a block is open no other starts, so after a quote that never closes, later quoted lines open nothing.
  const blockEnd = new Map<number, number>();
  let openAt = -1;
  let openQuote = '';
  for (let index = 0; index < physical.length; index += 1) {
    const raw = physical[index]!.raw;
    if (openAt !== -1) {
      if (closesQuote(raw, openQuote)) {
        blockEnd.set(openAt, index);
        openAt = -1;
      }
      continue;
    }
    const quote = opensQuote(new LineEntry(0, raw, raw, '', false).value);
    if (quote !== undefined) {
      openAt = index;
      openQuote = quote;
    }
  }
  const entries: LineEntry[] = [];
  let index = 0;
  while (index < physical.length) {
    const line = physical[index]!;
    const end = blockEnd.get(index);
    if (end === undefined) {
      entries.push(new LineEntry(line.number, line.raw, line.raw, line.eol, false));
      index += 1;
      continue;
    }
    const merged = physical.slice(index, end + 1);
    const raw = merged.map((part) => part.raw).join('\n');
    const last = merged[merged.length - 1]!;
    const originalText = merged.map((part, partIndex) => part.raw + (partIndex === merged.length - 1 ? '' : part.eol)).join('');
    entries.push(new LineEntry(line.number, raw, originalText, last.eol, false));
    index = end + 1;
  }
  const lastLine = document.lines[document.lines.length - 1];
  if (lastLine !== undefined && lastLine.eol !== '') {
    entries.push(new LineEntry(lastLine.number + 1, '\n', '', '', true));
  }
  const last = entries[entries.length - 1];
  if (last !== undefined) last.isLast = true;
  return entries;
}
