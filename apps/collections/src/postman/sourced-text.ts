import type { StringNode } from './json-source.js';

/**
 * Where one piece of a composed value came from. `copy` pieces are characters of a string node's
 * value, one to one; `anchor` pieces were produced from something (a resolved `{{variable}}`, the
 * `Bearer ` the auth helper adds) and map as a whole onto a span of a string node.
 */
export type Piece =
  | { readonly kind: 'copy'; readonly start: number; readonly end: number; readonly node: StringNode; readonly nodeStart: number }
  | { readonly kind: 'anchor'; readonly start: number; readonly end: number; readonly node: StringNode; readonly nodeStart: number; readonly nodeEnd: number };

/** A string as it will be sent, with a map from each of its characters back to the file. */
export interface SourcedText {
  readonly text: string;
  readonly pieces: readonly Piece[];
}

export const emptySourcedText: SourcedText = { text: '', pieces: [] };

export function fromNode(node: StringNode): SourcedText {
  return { text: node.value, pieces: node.value.length === 0 ? [] : [{ kind: 'copy', start: 0, end: node.value.length, node, nodeStart: 0 }] };
}

/** Text that exists in no string node of its own, pinned to a span of one (an empty value still has a place). */
export function anchored(text: string, node: StringNode, nodeStart = 0, nodeEnd = node.value.length): SourcedText {
  return { text, pieces: text.length === 0 ? [] : [{ kind: 'anchor', start: 0, end: text.length, node, nodeStart, nodeEnd }] };
}

export function concat(...parts: readonly SourcedText[]): SourcedText {
  const pieces: Piece[] = [];
  let text = '';
  for (const part of parts) {
    for (const piece of part.pieces) pieces.push({ ...piece, start: piece.start + text.length, end: piece.end + text.length });
    text += part.text;
  }
  return { text, pieces };
}

export function slice(sourced: SourcedText, start: number, end = sourced.text.length): SourcedText {
  const pieces: Piece[] = [];
  for (const piece of sourced.pieces) {
    const from = Math.max(piece.start, start);
    const to = Math.min(piece.end, end);
    if (from >= to) continue;
    if (piece.kind === 'copy') {
      pieces.push({ ...piece, start: from - start, end: to - start, nodeStart: piece.nodeStart + (from - piece.start) });
    } else {
      pieces.push({ ...piece, start: from - start, end: to - start });
    }
  }
  return { text: sourced.text.slice(start, end), pieces };
}

export interface NodeSpan {
  readonly node: StringNode;
  /** Offsets into the node's decoded value. */
  readonly start: number;
  readonly end: number;
}

/**
 * The span of the file that characters [start, end) of a composed value come from. When they come
 * from several string nodes, the span stays inside the node of the first character, so a report
 * never stretches across unrelated lines.
 */
export function locate(sourced: SourcedText, start: number, end: number, fallback: StringNode): NodeSpan {
  const first = pieceAt(sourced, start) ?? pieceAt(sourced, start - 1);
  if (first === undefined) return { node: fallback, start: 0, end: fallback.value.length };
  const last = end > start ? pieceAt(sourced, end - 1) : first;
  const spanStart = first.kind === 'copy' ? first.nodeStart + Math.max(0, start - first.start) : first.nodeStart;
  if (start >= sourced.text.length && first.kind === 'copy') {
    return { node: first.node, start: first.nodeStart + (first.end - first.start), end: first.nodeStart + (first.end - first.start) };
  }
  let spanEnd: number;
  if (last === undefined || last.node !== first.node) {
    spanEnd = first.kind === 'copy' ? first.nodeStart + (first.end - first.start) : first.nodeEnd;
  } else {
    spanEnd = last.kind === 'copy' ? last.nodeStart + (end - last.start) : last.nodeEnd;
  }
  return { node: first.node, start: Math.min(spanStart, spanEnd), end: Math.max(spanStart, spanEnd) };
}

function pieceAt(sourced: SourcedText, offset: number): Piece | undefined {
  return sourced.pieces.find((piece) => offset >= piece.start && offset < piece.end);
}
