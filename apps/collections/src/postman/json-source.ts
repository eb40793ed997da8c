import { parse, type AnyNode as MomoaNode } from '@humanwhocodes/momoa';

/**
 * The JSON tree the Postman reader walks: values with the offsets [start, end) of their source
 * text, so that a finding about a header value points at that value's characters in the file.
 */
export interface StringNode {
  readonly type: 'String';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface NumberNode {
  readonly type: 'Number';
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

export interface BooleanNode {
  readonly type: 'Boolean';
  readonly value: boolean;
  readonly start: number;
  readonly end: number;
}

export interface NullNode {
  readonly type: 'Null';
  readonly start: number;
  readonly end: number;
}

/**
 * Members as two parallel lists (duplicates kept, in file order): a file has as many members as
 * strings, and a node per name would double the tree. `memberNameNode` places a name when a
 * report needs to point at it.
 */
export interface ObjectNode {
  readonly type: 'Object';
  readonly names: readonly string[];
  readonly values: readonly ValueNode[];
  readonly start: number;
  readonly end: number;
  /** The text the object was read from. */
  readonly text: string;
}

export interface ArrayNode {
  readonly type: 'Array';
  readonly elements: readonly ValueNode[];
  readonly start: number;
  readonly end: number;
}

export type ValueNode = StringNode | NumberNode | BooleanNode | NullNode | ObjectNode | ArrayNode;
export type AnyNode = ValueNode;

export interface DocumentNode {
  readonly body: ValueNode;
}

/** A parsed JSON file that remembers where every value sits. */
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
  // Columns count from after a byte order mark, as editors, ESLint and keylint-env show them.
  const starts = [text.startsWith(BYTE_ORDER_MARK) ? 1 : 0];
  if (!text.includes('\r')) {
    // Only \n ends lines: let indexOf find them.
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
    return starts;
  }
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
  return { line: low + 1, column: Math.max(1, offset - (lineStarts[low] ?? 0) + 1) };
}

/** Momoa's messages end with "(line:column)"; we report the position separately. */
function describeParseError(message: string): string {
  return message.replace(/\s*\(\d+:\d+\)\s*$/, '').replace(/\.$/, '');
}

/** Thrown by the strict reader when the text needs momoa: an error to describe, or a construct it leaves to momoa. */
const NOT_PLAIN_JSON = new Error('not plain JSON');

/**
 * Nesting the strict reader accepts. Deeper documents go to momoa, which overflows the stack at
 * some depth and reports that as broken JSON; below this depth it never does.
 */
const MAXIMUM_STRICT_DEPTH = 256;

/** Short strings are copied out of the text; longer ones are views of it and cost little to keep. */
const SHARED_STRING_LENGTH = 16;
const MAXIMUM_SHARED_STRINGS = 50_000;
/** How much of a string its sharing hash reads (the whole string is compared before it is shared). */
const HASHED_PREFIX_LENGTH = 24;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isHexDigit(character: number): boolean {
  return (character >= 0x30 && character <= 0x39) || (character >= 0x41 && character <= 0x46) || (character >= 0x61 && character <= 0x66);
}

function isDigit(character: number): boolean {
  return character >= 0x30 && character <= 0x39;
}

/**
 * A one-pass reader for the JSON every exporter writes: RFC 8259 without control characters
 * inside strings. It builds the same tree momoa (mode json) builds for such text, several times
 * faster; anything else (errors included) throws NOT_PLAIN_JSON so that momoa decides, with its
 * own messages and its own leniencies.
 */
function parseStrictJson(text: string): ValueNode {
  const length = text.length;
  let position = 0;
  // Members and elements of the objects and arrays being read, innermost last: each container
  // takes its own at the end, in an array of exactly its size.
  const pendingNames: string[] = [];
  const pendingValues: ValueNode[] = [];
  const pendingElements: ValueNode[] = [];
  // How many of the pending entries are live (the arrays are reused, never shortened).
  let memberCount = 0;
  let elementCount = 0;
  // One copy of each member name and short value ("key", "value", "Content-Type"…), which repeat thousands of times.
  const sharedByHash = new Map<number, string>();
  const sharedStrings = new Map<string, string>();
  const shared = (value: string): string => {
    const known = sharedStrings.get(value);
    if (known !== undefined) return known;
    if (sharedStrings.size < MAXIMUM_SHARED_STRINGS) sharedStrings.set(value, value);
    return value;
  };

  function skipWhitespace(): number {
    while (position < length) {
      const character = text.charCodeAt(position);
      if (character !== 0x20 && character !== 0x0a && character !== 0x0d && character !== 0x09) return character;
      position += 1;
    }
    return -1;
  }

  /** Reads the string at `position` (a quote) and returns its decoded value; `position` ends after it. */
  function readStringValue(isName: boolean): string {
    const start = position;
    let index = start + 1;
    let escaped = false;
    for (;;) {
      if (index >= length) throw NOT_PLAIN_JSON;
      const character = text.charCodeAt(index);
      if (character === QUOTE) break;
      // Momoa reads raw control characters (and counts a raw CR LF as one) in its own way.
      if (character < 0x20) throw NOT_PLAIN_JSON;
      if (character !== BACKSLASH) {
        index += 1;
        continue;
      }
      escaped = true;
      const escape = text.charCodeAt(index + 1);
      if (escape === 0x75) {
        if (!isHexDigit(text.charCodeAt(index + 2)) || !isHexDigit(text.charCodeAt(index + 3)) || !isHexDigit(text.charCodeAt(index + 4)) || !isHexDigit(text.charCodeAt(index + 5))) throw NOT_PLAIN_JSON;
        index += 6;
      } else if (escape === QUOTE || escape === BACKSLASH || escape === 0x2f || escape === 0x62 || escape === 0x66 || escape === 0x6e || escape === 0x72 || escape === 0x74) {
        index += 2;
      } else {
        throw NOT_PLAIN_JSON;
      }
    }
    position = index + 1;
    if (!escaped) {
      const valueLength = index - start - 1;
      if (!isName && valueLength > SHARED_STRING_LENGTH) return text.slice(start + 1, index);
      // A repeated name or short value is recognised in the text itself, without copying it out first.
      let hash = valueLength;
      const hashEnd = Math.min(index, start + 1 + HASHED_PREFIX_LENGTH);
      for (let at = start + 1; at < hashEnd; at += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(at)) | 0;
      const candidate = sharedByHash.get(hash);
      if (candidate !== undefined && candidate.length === valueLength && text.startsWith(candidate, start + 1)) return candidate;
      const value = text.slice(start + 1, index);
      if (candidate === undefined && sharedByHash.size < MAXIMUM_SHARED_STRINGS) sharedByHash.set(hash, value);
      return value;
    }
    // The escapes accepted above decode the same in JSON.parse as in momoa.
    const value = JSON.parse(text.slice(start, position)) as string;
    return isName || value.length <= SHARED_STRING_LENGTH ? shared(value) : value;
  }

  function readString(): StringNode {
    const start = position;
    const value = readStringValue(false);
    return { type: 'String', value, start, end: position };
  }

  function skipDigits(): void {
    while (position < length && isDigit(text.charCodeAt(position))) position += 1;
  }

  function readNumber(): NumberNode {
    const start = position;
    if (text.charCodeAt(position) === 0x2d) position += 1;
    const first = text.charCodeAt(position);
    if (first === 0x30) position += 1;
    else if (first >= 0x31 && first <= 0x39) skipDigits();
    else throw NOT_PLAIN_JSON;
    if (text.charCodeAt(position) === 0x2e) {
      position += 1;
      if (!isDigit(text.charCodeAt(position))) throw NOT_PLAIN_JSON;
      skipDigits();
    }
    const exponent = text.charCodeAt(position);
    if (exponent === 0x65 || exponent === 0x45) {
      position += 1;
      const sign = text.charCodeAt(position);
      if (sign === 0x2b || sign === 0x2d) position += 1;
      if (!isDigit(text.charCodeAt(position))) throw NOT_PLAIN_JSON;
      skipDigits();
    }
    return { type: 'Number', value: Number(text.slice(start, position)), start, end: position };
  }

  function readWord<Node extends BooleanNode | NullNode>(word: string, node: (start: number, end: number) => Node): Node {
    if (!text.startsWith(word, position)) throw NOT_PLAIN_JSON;
    const start = position;
    position += word.length;
    return node(start, position);
  }

  function readObject(depth: number): ObjectNode {
    if (depth > MAXIMUM_STRICT_DEPTH) throw NOT_PLAIN_JSON;
    const start = position;
    position += 1;
    const first = memberCount;
    let character = skipWhitespace();
    if (character !== 0x7d) {
      for (;;) {
        if (character !== QUOTE) throw NOT_PLAIN_JSON;
        const name = readStringValue(true);
        if (skipWhitespace() !== 0x3a) throw NOT_PLAIN_JSON;
        position += 1;
        const value = readValue(depth);
        pendingNames[memberCount] = name;
        pendingValues[memberCount] = value;
        memberCount += 1;
        character = skipWhitespace();
        if (character === 0x7d) break;
        if (character !== 0x2c) throw NOT_PLAIN_JSON;
        position += 1;
        character = skipWhitespace();
      }
    }
    position += 1;
    const names = pendingNames.slice(first, memberCount);
    const values = pendingValues.slice(first, memberCount);
    memberCount = first;
    return { type: 'Object', names, values, start, end: position, text };
  }

  function readArray(depth: number): ArrayNode {
    if (depth > MAXIMUM_STRICT_DEPTH) throw NOT_PLAIN_JSON;
    const start = position;
    position += 1;
    const first = elementCount;
    if (skipWhitespace() !== 0x5d) {
      for (;;) {
        const value = readValue(depth);
        pendingElements[elementCount] = value;
        elementCount += 1;
        const character = skipWhitespace();
        if (character === 0x5d) break;
        if (character !== 0x2c) throw NOT_PLAIN_JSON;
        position += 1;
      }
    }
    position += 1;
    const elements = pendingElements.slice(first, elementCount);
    elementCount = first;
    return { type: 'Array', elements, start, end: position };
  }

  function readValue(depth: number): ValueNode {
    const character = skipWhitespace();
    switch (character) {
      case QUOTE:
        return readString();
      case 0x7b:
        return readObject(depth + 1);
      case 0x5b:
        return readArray(depth + 1);
      case 0x74:
        return readWord('true', (start, end) => ({ type: 'Boolean', value: true, start, end }));
      case 0x66:
        return readWord('false', (start, end) => ({ type: 'Boolean', value: false, start, end }));
      case 0x6e:
        return readWord('null', (start, end) => ({ type: 'Null', start, end }));
      default:
        if (character === 0x2d || isDigit(character)) return readNumber();
        throw NOT_PLAIN_JSON;
    }
  }

  const body = readValue(0);
  if (skipWhitespace() !== -1) throw NOT_PLAIN_JSON;
  return body;
}

/** Name nodes already placed, per object and member index (so that a name is one node however often it is asked for). */
const nameNodesOf = new WeakMap<ObjectNode, StringNode[]>();

function isJsonWhitespace(character: number): boolean {
  return character === 0x20 || character === 0x0a || character === 0x0d || character === 0x09;
}

/**
 * The node of the name of member `index`: found from its value backwards (`"name" : value`; the
 * strict reader accepted nothing else between them), for the rare report that points at a name.
 */
export function memberNameNode(object: ObjectNode, index: number): StringNode | undefined {
  const name = object.names[index];
  const value = object.values[index];
  if (name === undefined || value === undefined) return undefined;
  let placed = nameNodesOf.get(object);
  if (placed === undefined) {
    placed = [];
    nameNodesOf.set(object, placed);
  }
  const known = placed[index];
  if (known !== undefined) return known;
  const { text } = object;
  let position = value.start - 1;
  while (isJsonWhitespace(text.charCodeAt(position))) position -= 1;
  // `position` is on the colon.
  position -= 1;
  while (isJsonWhitespace(text.charCodeAt(position))) position -= 1;
  const end = position + 1;
  // The opening quote is the first quote to the left that is not escaped (an even run of backslashes before it).
  let start = position - 1;
  for (; start > object.start; start -= 1) {
    if (text.charCodeAt(start) !== QUOTE) continue;
    let backslashes = 0;
    while (text.charCodeAt(start - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) break;
  }
  const node: StringNode = { type: 'String', value: name, start, end };
  placed[index] = node;
  return node;
}

/**
 * Momoa's tree in the shape the reader walks (only for text the strict reader leaves to momoa).
 * Iterative, so that whatever depth momoa managed to parse is converted too.
 */
function fromMomoa(root: MomoaNode, text: string): ValueNode {
  const pending: { readonly source: MomoaNode; readonly object?: { names: string[]; values: ValueNode[]; nameNodes: StringNode[] }; readonly elements?: ValueNode[] }[] = [];
  const convert = (node: MomoaNode): ValueNode => {
    const [start, end] = node.range ?? [node.loc.start.offset, node.loc.end.offset];
    switch (node.type) {
      case 'String':
        return { type: 'String', value: node.value, start, end };
      case 'Number':
        return { type: 'Number', value: node.value, start, end };
      case 'Boolean':
        return { type: 'Boolean', value: node.value, start, end };
      case 'Null':
        return { type: 'Null', start, end };
      case 'Object': {
        const object = { names: [] as string[], values: [] as ValueNode[], nameNodes: [] as StringNode[] };
        pending.push({ source: node, object });
        const converted: ObjectNode = { type: 'Object', names: object.names, values: object.values, start, end, text };
        // Momoa placed the names itself; they are not searched for again.
        nameNodesOf.set(converted, object.nameNodes);
        return converted;
      }
      case 'Array': {
        const elements: ValueNode[] = [];
        pending.push({ source: node, elements });
        return { type: 'Array', elements, start, end };
      }
      default:
        // JSON5-only nodes (identifiers, NaN, Infinity) do not occur in mode json.
        throw new Error(`unexpected ${node.type} node in JSON`);
    }
  };
  const body = convert(root);
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const { source, object, elements } = entry;
    if (source.type === 'Object' && object !== undefined) {
      for (const member of source.members) {
        const name = convert(member.name) as StringNode;
        object.names.push(name.value);
        object.values.push(convert(member.value));
        object.nameNodes.push(name);
      }
    } else if (source.type === 'Array' && elements !== undefined) {
      for (const element of source.elements) elements.push(convert(element.value));
    }
  }
  return body;
}

/**
 * The tree of text the strict reader accepts, or undefined when momoa must decide (errors, raw
 * control characters in strings, very deep nesting).
 */
export function parsePlainJson(text: string): ValueNode | undefined {
  try {
    return parseStrictJson(text);
  } catch (error) {
    if (error === NOT_PLAIN_JSON) return undefined;
    throw error;
  }
}

/** Momoa's reading of any text (mode json), in the reader's tree shape; throws momoa's errors. */
export function parseWithMomoa(text: string): ValueNode {
  return fromMomoa(parse(text, { mode: 'json', ranges: true }).body, text);
}

export function parseJsonSource(text: string): JsonParseResult {
  // A byte order mark is not JSON whitespace; a space keeps every offset where it was.
  const parseable = text.startsWith(BYTE_ORDER_MARK) ? ` ${text.slice(1)}` : text;
  let body = parsePlainJson(parseable);
  if (body === undefined) {
    try {
      body = parseWithMomoa(parseable);
    } catch (error) {
      const located = error as { message?: unknown; line?: unknown; column?: unknown };
      const message = typeof located.message === 'string' ? describeParseError(located.message) : 'invalid JSON';
      if (/end of input/i.test(message)) {
        // Momoa places this error at 1:1; the end of the text is where something is missing.
        const end = positionAt(computeLineStarts(text), text.length);
        return { ok: false, message, line: end.line, column: end.column };
      }
      const line = typeof located.line === 'number' ? located.line : 1;
      const momoaColumn = typeof located.column === 'number' ? located.column : 1;
      // Momoa counted the space standing in for the byte order mark.
      const column = line === 1 && parseable !== text ? Math.max(1, momoaColumn - 1) : momoaColumn;
      return { ok: false, message, line, column };
    }
  }
  return { ok: true, source: { text, document: { body }, lineStarts: computeLineStarts(text) } };
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
  const index = node.names.lastIndexOf(name);
  return index === -1 ? undefined : node.values[index];
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

const NO_ELEMENTS: readonly ValueNode[] = [];

export function elements(node: AnyNode | undefined): readonly ValueNode[] {
  return isArray(node) ? node.elements : NO_ELEMENTS;
}

/**
 * For each character of a string node's decoded value, the offset of the source text where it
 * starts, plus one final entry for the closing quote. Escapes (`\n`, `\u00e9`, `\"`) make the
 * two differ; a finding inside a value must land on the right source characters.
 */
export function stringSourceOffsets(source: JsonSource, node: StringNode): number[] {
  const offsets: number[] = [];
  const { start, end } = node;
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
