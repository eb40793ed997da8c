import { parse, type AnyNode, type ArrayNode, type DocumentNode, type ObjectNode, type StringNode, type ValueNode } from '@humanwhocodes/momoa';

/**
 * A parsed JSON file that remembers where every value sits, so that a finding about a header
 * value points at that value's characters in the original file.
 */
export interface JsonSource {
  readonly text: string;
  readonly document: DocumentNode;
  readonly lineStarts: readonly number[];
}

export type JsonParseResult =
  | { readonly ok: true; readonly source: JsonSource }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

const BYTE_ORDER_MARK = '\uFEFF';

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charCodeAt(index);
    if (character === 0x0a) starts.push(index + 1);
    else if (character === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) index += 1;
      starts.push(index + 1);
    }
  }
  return starts;
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

/** Momoa's messages end with "(line:column)"; we report the position separately. */
function describeParseError(message: string): string {
  return message.replace(/\s*\(\d+:\d+\)\s*$/, '').replace(/\.$/, '');
}

export function parseJsonSource(text: string): JsonParseResult {
  // A byte order mark is not JSON whitespace; a space keeps every offset where it was.
  const parseable = text.startsWith(BYTE_ORDER_MARK) ? ` ${text.slice(1)}` : text;
  try {
    const document = parse(parseable, { mode: 'json', ranges: true });
    return { ok: true, source: { text, document, lineStarts: computeLineStarts(text) } };
  } catch (error) {
    const located = error as { message?: unknown; line?: unknown; column?: unknown };
    const message = typeof located.message === 'string' ? describeParseError(located.message) : 'invalid JSON';
    if (/end of input/i.test(message)) {
      // Momoa places this error at 1:1; the end of the text is where something is missing.
      const end = positionAt(computeLineStarts(text), text.length);
      return { ok: false, message, line: end.line, column: end.column };
    }
    const line = typeof located.line === 'number' ? located.line : 1;
    const column = typeof located.column === 'number' ? located.column : 1;
    return { ok: false, message, line, column };
  }
}

export function isObject(node: AnyNode | undefined): node is ObjectNode {
  return node?.type === 'Object';
}

export function isArray(node: AnyNode | undefined): node is ArrayNode {
  return node?.type === 'Array';
}

export function isString(node: AnyNode | undefined): node is StringNode {
  return node?.type === 'String';
}

/** The value of a member of an object node; the last one wins, as in JSON.parse. */
export function member(node: AnyNode | undefined, name: string): ValueNode | undefined {
  if (!isObject(node)) return undefined;
  let found: ValueNode | undefined;
  for (const entry of node.members) {
    if (entry.name.type === 'String' && entry.name.value === name) found = entry.value;
  }
  return found;
}

export function stringMember(node: AnyNode | undefined, name: string): StringNode | undefined {
  const value = member(node, name);
  return isString(value) ? value : undefined;
}

export function stringValue(node: AnyNode | undefined, name: string): string | undefined {
  return stringMember(node, name)?.value;
}

export function booleanValue(node: AnyNode | undefined, name: string): boolean | undefined {
  const value = member(node, name);
  return value?.type === 'Boolean' ? value.value : undefined;
}

export function elements(node: AnyNode | undefined): ValueNode[] {
  return isArray(node) ? node.elements.map((element) => element.value) : [];
}

/**
 * For each character of a string node's decoded value, the offset of the source text where it
 * starts, plus one final entry for the closing quote. Escapes (`\n`, `\u00e9`, `\"`) make the
 * two differ; a finding inside a value must land on the right source characters.
 */
export function stringSourceOffsets(source: JsonSource, node: StringNode): number[] {
  const offsets: number[] = [];
  const [start, end] = node.range ?? [node.loc.start.offset, node.loc.end.offset];
  let index = start + 1;
  const closing = end - 1;
  while (index < closing) {
    const character = source.text[index];
    if (character !== '\\') {
      offsets.push(index);
      index += 1;
      continue;
    }
    const escaped = source.text[index + 1];
    if (escaped === 'u') {
      offsets.push(index);
      index += 6;
    } else {
      offsets.push(index);
      index += 2;
    }
  }
  offsets.push(closing);
  // A decoded value and its offsets must line up one to one; anything else is a bug in the walk above.
  if (offsets.length !== node.value.length + 1) {
    return Array.from({ length: node.value.length + 1 }, (_, position) => Math.min(start + 1 + position, closing));
  }
  return offsets;
}

/** The source span [start, end) of the decoded characters [valueStart, valueEnd) of a string node. */
export function stringSpan(source: JsonSource, node: StringNode, valueStart: number, valueEnd: number): { start: number; end: number } {
  const offsets = stringSourceOffsets(source, node);
  const clamp = (position: number): number => Math.max(0, Math.min(position, offsets.length - 1));
  const start = offsets[clamp(valueStart)] ?? 0;
  // The end of the last included character is the start of the next one.
  const end = offsets[clamp(valueEnd)] ?? start;
  return { start, end: Math.max(start, end) };
}
