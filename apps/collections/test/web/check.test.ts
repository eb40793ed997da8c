import { fakeKey } from '@keylint/core/testing';
import { describe, expect, test } from 'vitest';
import { MAXIMUM_FILE_BYTES } from '../../src/limits.js';
import { checkFiles, checkPastedText } from '../../web/check.js';

/** The page's checks without a browser (the page test drives the same code through the DOM). */
const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

describe('the page checks', () => {
  test("keep the CLI's size limit for pastes and files", () => {
    const huge = `curl https://api.openai.com/v1/models -d '${'a'.repeat(MAXIMUM_FILE_BYTES)}'`;
    expect(checkPastedText(huge).messages.map((message) => message.message)).toEqual(['pasted text: larger than 20 MiB; not checked']);
    const results = checkFiles([{ name: 'big.sh', text: huge }, { name: 'ok.sh', text: 'curl -k https://api.openai.com/v1/models' }]);
    expect(results.map((result) => [result.name, result.messages[0]?.fatal === true])).toEqual([['big.sh', true], ['ok.sh', false]]);
  });

  test('a key in a file name never reaches the heading', () => {
    const key = fakeKey('openai-project', 'page-name');
    const results = checkFiles([{ name: `${key}.sh`, text: 'curl -k https://api.openai.com/v1/models' }, { name: `${key}.postman_collection.json`, text: JSON.stringify({ info: { name: 'x', schema }, item: [] }) }]);
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result.name).not.toContain(key);
      expect(result.name).toMatch(/^sk-proj-…/);
      for (const message of result.messages) expect(message.message).not.toContain(key);
    }
  });

  test('variables that multiply or refer back to themselves are reported at once', () => {
    const names = 'abcdefghijklmnop';
    const variable = [...names].map((name, index) => ({ key: name, value: index + 1 < names.length ? `{{${names[index + 1] ?? ''}}}`.repeat(4) : 'zz' }));
    const started = performance.now();
    const result = checkPastedText(JSON.stringify({ info: { name: 'x', schema }, item: [{ name: 'r', request: { method: 'GET', header: [{ key: 'Authorization', value: 'Bearer {{a}}' }], url: 'https://api.openai.com/v1/models' } }], variable }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.messages.some((message) => message.messageId === 'runawayVariable')).toBe(true);
  });
});
