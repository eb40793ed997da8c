import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { memberNameNode, parseJsonSource, parsePlainJson, parseWithMomoa, type StringNode, type ValueNode } from '../../src/postman/json-source.js';

/**
 * The strict reader is a fast path in front of momoa: whatever it accepts must give momoa's tree
 * (values and offsets), and everything else must be left to momoa.
 */

/** The tree with every member name placed, as a report pointing at a name would place it. */
function withNames(tree: ValueNode): { tree: ValueNode; names: StringNode[] } {
  const names: StringNode[] = [];
  const pending = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.type === 'Object') {
      for (let index = 0; index < node.names.length; index += 1) {
        const name = memberNameNode(node, index);
        if (name !== undefined) names.push(name);
      }
      pending.push(...node.values);
    } else if (node.type === 'Array') {
      pending.push(...node.elements);
    }
  }
  return { tree, names };
}

function momoaOrError(text: string): ReturnType<typeof withNames> | 'error' {
  try {
    return withNames(parseWithMomoa(text));
  } catch {
    return 'error';
  }
}

/** JSON with `space` after every structural character (JSON.stringify only indents with spaces and tabs). */
function spaced(value: unknown, space: string): string {
  if (Array.isArray(value)) return `[${space}${value.map((element) => spaced(element, space)).join(`,${space}`)}]${space}`;
  if (typeof value === 'object' && value !== null) {
    return `{${space}${Object.entries(value).map(([name, member]) => `${JSON.stringify(name)}${space}:${space}${spaced(member, space)}`).join(`,${space}`)}}${space}`;
  }
  return JSON.stringify(value);
}

/** JSON texts as exporters and hand edits write them: any indentation, escapes, odd spacing. */
const jsonTextArbitrary = fc.oneof(
  fc.tuple(fc.jsonValue(), fc.constantFrom<string | number | undefined>(undefined, 2, '\t', 4)).map(([value, indent]) => JSON.stringify(value, null, indent)),
  fc.tuple(fc.jsonValue(), fc.constantFrom(' ', '\r\n', '\n\t', '\r')).map(([value, space]) => spaced(value, space)),
  fc.jsonValue().map((value) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)),
);

const EDIT_CHARACTERS = ['"', '\\', ',', ':', '[', ']', '{', '}', '0', '-', '+', '.', 'e', 'E', 'u', 't', 'n', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u2028', '\uFEFF', '/', 'x', '1'];

/** Near-JSON: valid texts with one character inserted, removed or replaced, mostly next to a structural character. */
const mutatedTextArbitrary = fc
  .tuple(jsonTextArbitrary, fc.nat(), fc.boolean(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...EDIT_CHARACTERS))
  .map(([text, index, nearStructure, edit, character]) => {
    const structural = [...text.matchAll(/[,:[\]{}"]/g)].map((match) => match.index);
    const at = nearStructure && structural.length > 0 ? (structural[index % structural.length] ?? 0) : text.length === 0 ? 0 : index % text.length;
    if (edit === 'delete') return text.slice(0, at) + text.slice(at + 1);
    if (edit === 'insert') return text.slice(0, at) + character + text.slice(at);
    return text.slice(0, at) + character + text.slice(at + 1);
  });

describe('the strict JSON reader', () => {
  test('reads every JSON.stringify output itself, with momoa’s values and offsets', () => {
    fc.assert(
      fc.property(jsonTextArbitrary, (text) => {
        const tree = parsePlainJson(text);
        expect(tree).toBeDefined();
        if (tree !== undefined) expect(withNames(tree)).toEqual(withNames(parseWithMomoa(text)));
      }),
      { numRuns: 500 },
    );
  });

  test('on near-JSON, accepts only what momoa accepts, and reads it the same', () => {
    fc.assert(
      fc.property(mutatedTextArbitrary, (text) => {
        const tree = parsePlainJson(text);
        if (tree !== undefined) expect(withNames(tree)).toEqual(momoaOrError(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('on every one-character edit of a small document, accepts only what momoa accepts', () => {
    const text = '{"a":[1,-2.5e3,0,true,false,null,"x\\n\\u00e9/"],"b":{},"":[]}';
    for (let at = 0; at <= text.length; at += 1) {
      const edits = [text.slice(0, at) + text.slice(at + 1), ...EDIT_CHARACTERS.flatMap((character) => [text.slice(0, at) + character + text.slice(at), text.slice(0, at) + character + text.slice(at + 1)])];
      for (const edited of edits) {
        const tree = parsePlainJson(edited);
        if (tree !== undefined) expect(withNames(tree)).toEqual(momoaOrError(edited));
      }
    }
  });

  test('on arbitrary strings, accepts only what momoa accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: fc.constantFrom('"', '\\', ',', ':', '[', ']', '{', '}', '0', '1', '-', '+', '.', 'e', 'E', 'u', 'a', 'f', 't', 'r', 'n', 'l', 's', ' ', '\n', '\t') }), (text) => {
        const tree = parsePlainJson(text);
        if (tree !== undefined) expect(withNames(tree)).toEqual(momoaOrError(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('leaves raw control characters in strings and very deep nesting to momoa', () => {
    expect(parsePlainJson('{"a":"tab\there"}')).toBeUndefined();
    expect(parsePlainJson('{"a":"line\r\nbreak"}')).toBeUndefined();
    expect(parsePlainJson(`${'['.repeat(1000)}${']'.repeat(1000)}`)).toBeUndefined();
    const parsed = parseJsonSource('{"a":"tab\there"}');
    expect(parsed.ok && parsed.source.document.body.type === 'Object' && parsed.source.document.body.values[0]).toMatchObject({ type: 'String', value: 'tab\there', start: 5, end: 15 });
    expect(parseJsonSource(`{"item":${'['.repeat(1000)}${']'.repeat(1000)}}`).ok).toBe(true);
  });

  test('reports broken JSON with momoa’s message and position', () => {
    expect(parseJsonSource('{"info":{},"item":[],}')).toEqual({ ok: false, message: 'Unexpected token RBrace found', line: 1, column: 22 });
    expect(parseJsonSource('{"a":\n  01}')).toEqual({ ok: false, message: "Unexpected character '1' found", line: 2, column: 3 });
    expect(parseJsonSource('{"a":"b"')).toEqual({ ok: false, message: 'Unexpected end of input found', line: 1, column: 9 });
  });
});
