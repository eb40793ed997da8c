import type { TSESTree } from '@typescript-eslint/utils';

/**
 * Text an adapter hands to core, with where each part of it came from, so that a finding's span
 * inside the text maps back to the exact characters in the file.
 */
export interface TextPiece {
  /** Offsets of this piece inside `StaticText.text`. */
  readonly start: number;
  readonly end: number;
  /** The node the piece was read from: a string literal, a template quasi, an identifier, or a run-time expression. */
  readonly node: TSESTree.Node;
  /** Source index of the piece's first character when the text is copied verbatim (no escapes); undefined otherwise. */
  readonly sourceStart?: number;
  /** Set when the piece is only known at run time; the text there is `RUNTIME_STAND_IN`. */
  readonly runtime?: { readonly name?: string };
}

export interface StaticText {
  readonly text: string;
  readonly pieces: readonly TextPiece[];
  /** The expression the text was read from, used when a span cannot be mapped more precisely. */
  readonly root: TSESTree.Node;
}

/**
 * What a run-time part of a header value or URL is replaced with: no whitespace, no quotes, no
 * characters any rule judges, so that rules about the static parts still see a well-formed value.
 */
export const RUNTIME_STAND_IN = 'runtime-value';

export function hasRuntimeParts(text: StaticText): boolean {
  return text.pieces.some((piece) => piece.runtime !== undefined);
}

export function runtimeSpans(text: StaticText): { start: number; end: number; name?: string }[] {
  return text.pieces
    .filter((piece) => piece.runtime !== undefined)
    .map((piece) => ({ start: piece.start, end: piece.end, ...(piece.runtime?.name === undefined ? {} : { name: piece.runtime.name }) }));
}

/** A string literal's text; exact when the raw source has no escape sequences. */
export function literalText(node: TSESTree.StringLiteral): StaticText {
  const exact = node.raw.length === node.value.length + 2 && !node.raw.includes('\\');
  return {
    text: node.value,
    pieces: [{ start: 0, end: node.value.length, node, ...(exact ? { sourceStart: node.range[0] + 1 } : {}) }],
    root: node,
  };
}

/** An identifier's own name (a property key, an env variable in `process.env.X`). */
export function identifierText(node: TSESTree.Identifier | TSESTree.PrivateIdentifier): StaticText {
  return { text: node.name, pieces: [{ start: 0, end: node.name.length, node, sourceStart: node.range[0] }], root: node };
}

/**
 * The text of a string literal or of a template without expressions: nodes whose only part is
 * themselves (or their one quasi, which no listener visits), so claiming the node is claiming all
 * of its text.
 */
export function lonePieceText(node: TSESTree.Node): string | undefined {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** A node whose own characters are a name: an identifier, a JSX attribute name, a string-literal key. */
export type NameNode = TSESTree.Identifier | TSESTree.PrivateIdentifier | TSESTree.JSXIdentifier | TSESTree.StringLiteral;

/** The text of a name node; built only for names whose setting carries a fact. */
export function nameText(node: NameNode): StaticText {
  if (node.type === 'Literal') return literalText(node);
  return { text: node.name, pieces: [{ start: 0, end: node.name.length, node, sourceStart: node.range[0] }], root: node };
}

/** Joins texts in order, shifting the pieces; the root is the expression they make up together. */
export function concatTexts(parts: readonly StaticText[], root: TSESTree.Node): StaticText {
  let text = '';
  const pieces: TextPiece[] = [];
  for (const part of parts) {
    for (const piece of part.pieces) pieces.push({ ...piece, start: piece.start + text.length, end: piece.end + text.length });
    text += part.text;
  }
  return { text, pieces, root };
}

export function runtimeText(node: TSESTree.Node, name?: string): StaticText {
  return {
    text: RUNTIME_STAND_IN,
    pieces: [{ start: 0, end: RUNTIME_STAND_IN.length, node, runtime: name === undefined ? {} : { name } }],
    root: node,
  };
}

export function isStringLiteral(node: TSESTree.Node | null | undefined): node is TSESTree.StringLiteral {
  return node?.type === 'Literal' && typeof node.value === 'string';
}

function overlapping(text: StaticText, start: number, end: number): TextPiece[] {
  if (start === end) {
    const touching = text.pieces.find((piece) => piece.start <= start && start < piece.end) ?? text.pieces.at(-1);
    return touching === undefined ? [] : [touching];
  }
  return text.pieces.filter((piece) => piece.start < end && piece.end > start);
}

function within(node: TSESTree.Node, outer: TSESTree.Node): boolean {
  return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}

/**
 * The source range of `[start, end)` inside the text: exact characters when the span lies in
 * one verbatim piece, else the smallest honest node range (the literal, the template, the
 * expression). An empty span becomes the whole piece it sits in, so that the report is visible.
 */
export function sourceRangeOf(text: StaticText, start: number, end: number): [number, number] {
  const pieces = overlapping(text, start, end);
  const first = pieces[0];
  const last = pieces.at(-1);
  if (first === undefined || last === undefined) return [text.root.range[0], text.root.range[1]];
  if (start === end) return [first.node.range[0], first.node.range[1]];
  if (first === last) {
    if (first.sourceStart === undefined) return [first.node.range[0], first.node.range[1]];
    return [first.sourceStart + Math.max(0, start - first.start), first.sourceStart + Math.min(first.end, end) - first.start];
  }
  if (!pieces.every((piece) => within(piece.node, text.root))) return [text.root.range[0], text.root.range[1]];
  const rangeStart = first.sourceStart === undefined ? first.node.range[0] : first.sourceStart + Math.max(0, start - first.start);
  const rangeEnd = last.sourceStart === undefined ? last.node.range[1] : last.sourceStart + Math.min(last.end, end) - last.start;
  return [rangeStart, rangeEnd];
}

/** Characters that would change meaning inside any JS string or template literal. */
const UNSAFE_IN_LITERAL = /[\\'"`\r\n\u2028\u2029]|\$\{/;

/**
 * The source range an edit of `[start, end)` can be applied to verbatim, when there is one: the
 * span lies inside a single piece copied from the source without escapes, and the new text needs
 * no escaping either. Otherwise an automatic fix could corrupt the literal, so there is none.
 */
export function exactEditRange(text: StaticText, start: number, end: number, replacement: string): [number, number] | undefined {
  if (UNSAFE_IN_LITERAL.test(replacement)) return undefined;
  const piece = text.pieces.find((candidate) => candidate.start <= start && end <= candidate.end && candidate.runtime === undefined);
  if (piece?.sourceStart === undefined) return undefined;
  return [piece.sourceStart + start - piece.start, piece.sourceStart + end - piece.start];
}
