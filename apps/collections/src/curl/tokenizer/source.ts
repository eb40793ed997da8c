/**
 * A piece of text to tokenize, with the way back to the original file: the whole file, a fenced
 * block of a Markdown file, or the inside of a quoted `bash -c "…"` string whose characters came
 * from scattered places (escapes removed).
 */
export class Source {
  readonly text: string;
  /** Either a base offset (the text is a verbatim slice) or one original offset per character plus the end. */
  private readonly mapping: number | readonly number[];

  constructor(text: string, mapping: number | readonly number[] = 0) {
    this.text = text;
    this.mapping = mapping;
  }

  /** The original-file offset of `text[index]`; `index === text.length` gives the end. */
  original(index: number): number {
    if (typeof this.mapping === 'number') return this.mapping + index;
    const clamped = Math.max(0, Math.min(index, this.mapping.length - 1));
    return this.mapping[clamped] ?? 0;
  }

  /** A verbatim part of this source, keeping the way back. */
  slice(start: number, end: number): Source {
    if (typeof this.mapping === 'number') return new Source(this.text.slice(start, end), this.mapping + start);
    return new Source(this.text.slice(start, end), this.mapping.slice(start, end + 1));
  }
}

/** Line and column (1-based, UTF-16 columns) of original-file offsets. */
export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.lineStarts.push(index + 1);
  }

  /** 0-based line index of an offset. */
  lineIndex(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  position(offset: number): { line: number; column: number } {
    const index = this.lineIndex(offset);
    return { line: index + 1, column: offset - (this.lineStarts[index] ?? 0) + 1 };
  }

  lineStart(lineIndex: number): number {
    return this.lineStarts[lineIndex] ?? 0;
  }
}
