import { parseDotenv, type DotenvDocument, type DotenvEntry } from '@keylint/dotenv';

/** Positions as ESLint reads them for this language: 1-based lines and columns. */
export interface EnvPosition {
  readonly line: number;
  readonly column: number;
}

export interface EnvLocation {
  readonly start: EnvPosition;
  readonly end: EnvPosition;
}

interface EnvNodeBase {
  readonly range: [number, number];
  readonly loc: EnvLocation;
}

/** One `KEY=value` assignment, as dotenv loads it. */
export interface EnvEntryNode extends EnvNodeBase {
  readonly type: 'Entry';
  readonly entry: DotenvEntry;
}

/** A `# …` comment, on its own line or after a value; `value` is the text after the `#`. */
export interface EnvCommentNode extends EnvNodeBase {
  readonly type: 'Comment';
  readonly value: string;
}

export interface EnvDocumentNode extends EnvNodeBase {
  readonly type: 'Document';
  readonly children: readonly (EnvEntryNode | EnvCommentNode)[];
  readonly comments: readonly EnvCommentNode[];
  readonly document: DotenvDocument;
}

export type EnvNode = EnvDocumentNode | EnvEntryNode | EnvCommentNode;

export const ENV_VISITOR_KEYS: Readonly<Record<string, string[]>> = { Document: ['children'], Entry: [], Comment: [] };

/** Offsets → 1-based positions, by binary search over line starts. */
export class LineIndex {
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) === 10) this.#lineStarts.push(index + 1);
  }

  position(offset: number): EnvPosition {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] as number) + 1 };
  }

  location(start: number, end: number): EnvLocation {
    return { start: this.position(start), end: this.position(end) };
  }
}

/**
 * The tree ESLint walks for a `.env` file: entries and comments in source order. Lines inside a
 * multi-line quoted value are part of the value, so a `#` there is no comment.
 */
export function buildEnvTree(text: string): EnvDocumentNode {
  const document = parseDotenv(text);
  const index = new LineIndex(document.text);
  const entries: EnvEntryNode[] = document.entries.map((entry) => ({
    type: 'Entry',
    entry,
    range: [entry.span.start, entry.span.end],
    loc: index.location(entry.span.start, entry.span.end),
  }));
  const valueLines = new Set<number>();
  for (const entry of document.entries) for (let line = entry.line; line <= entry.endLine; line += 1) valueLines.add(line);
  const comments: EnvCommentNode[] = [];
  for (const line of document.lines) {
    if (valueLines.has(line.number)) continue;
    const hash = line.raw.search(/\S/);
    if (hash === -1 || line.raw.charAt(hash) !== '#') continue;
    const start = line.start + hash;
    const end = line.start + line.raw.length;
    comments.push({ type: 'Comment', value: line.raw.slice(hash + 1), range: [start, end], loc: index.location(start, end) });
  }
  for (const entry of document.entries) {
    if (entry.commentSpan === undefined) continue;
    const { start, end } = entry.commentSpan;
    comments.push({ type: 'Comment', value: document.text.slice(start + 1, end), range: [start, end], loc: index.location(start, end) });
  }
  const children = [...entries, ...comments].sort((left, right) => left.range[0] - right.range[0]);
  return {
    type: 'Document',
    children,
    comments: comments.sort((left, right) => left.range[0] - right.range[0]),
    document,
    range: [0, document.text.length],
    loc: index.location(0, document.text.length),
  };
}
