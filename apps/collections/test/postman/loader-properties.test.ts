import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPostmanText } from '../../src/postman/index.js';
import { analyzePostman } from '../../src/postman/analyze.js';
import { collectionTextArbitrary } from './generated-collections.js';

const options = { filePath: 'input.json' };

describe('the Postman loader never throws', () => {
  test('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => analyzePostman(text, options)).not.toThrow();
        expect(Array.isArray(checkPostmanText(text, options))).toBe(true);
      }),
    );
  });

  test('on arbitrary JSON, bare or inside collection and environment shells', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('bare', 'item', 'request', 'auth', 'values', 'url', 'header'), (value, where) => {
        const shells: Record<string, unknown> = {
          bare: value,
          item: { info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: value },
          request: { info: { name: 'x' }, item: [{ name: 'r', request: value }] },
          auth: { info: { name: 'x' }, item: [{ request: { url: 'https://api.openai.com/v1/models', auth: value } }], auth: value },
          values: { values: value, _postman_variable_scope: 'environment' },
          url: { info: { name: 'x' }, item: [{ request: { url: value, header: [{ key: 'Authorization', value: 'Bearer {{k}}' }] } }] },
          header: { info: { name: 'x' }, item: [{ request: { url: 'https://api.openai.com/v1/models', header: value } }] },
        };
        const text = JSON.stringify(shells[where]);
        const messages = checkPostmanText(text, { ...options, environments: [text], globals: text });
        expect(messages.every((message) => message.fatal !== true || message.message.startsWith('input.json: '))).toBe(true);
        expect(messages.some((message) => message.message.includes('could not be checked'))).toBe(false);
      }),
    );
  });

  test('on generated collections, and every position is inside the file', () => {
    fc.assert(
      fc.property(collectionTextArbitrary, (text) => {
        const messages = checkPostmanText(text, options);
        const lines = text.split(/\r\n|\r|\n/);
        for (const message of messages) {
          expect(message.fatal).not.toBe(true);
          expect(message.line).toBeGreaterThanOrEqual(1);
          expect(message.line).toBeLessThanOrEqual(lines.length);
          expect(message.column).toBeGreaterThanOrEqual(1);
          expect(message.column).toBeLessThanOrEqual((lines[message.line - 1] ?? '').length + 1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('bad input is one line naming the file', () => {
  test.each([
    ['broken JSON', '{"info": {"name": "x",}', /^input\.json: broken JSON: .* at line 1, column 23$/],
    ['truncated JSON', '{"info": ', /^input\.json: broken JSON: Unexpected end of input found at line 1, column 10$/],
    ['a v1 collection', '{"id": "1", "name": "old", "order": [], "requests": []}', /^input\.json: Postman collection format v1 is not supported/],
    ['a JSON array', '[1, 2]', /^input\.json: the top level is an array/],
    ['an unknown object', '{"name": "package", "version": "1.0.0"}', /^input\.json: not a Postman collection/],
    ['a future collection format', '{"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v3.0.0/collection.json"}, "item": []}', /v3\.0 is not supported/],
  ])('%s', (_title, text, pattern) => {
    const messages = checkPostmanText(text, options);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.fatal).toBe(true);
    expect(messages[0]?.message).toMatch(pattern);
    expect(messages[0]?.message).not.toContain('\n');
  });

  test('a byte order mark is not an error and keeps positions', () => {
    const text = '\uFEFF{"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [{"name": "r", "request": {"url": "https://api.openai.com/v1/models", "header": [{"key": "X", "value": "{{$timestmap}}"}]}}]}';
    const messages = checkPostmanText(text, options);
    expect(messages.map((message) => message.ruleId)).toContain('collection-undefined-variable');
    const message = messages.find((found) => found.ruleId === 'collection-undefined-variable');
    // Columns count from after the byte order mark, as in ESLint and keylint-env.
    expect(text.slice(1).slice((message?.column ?? 0) - 1, (message?.endColumn ?? 0) - 1)).toBe('{{$timestmap}}');
  });
});
