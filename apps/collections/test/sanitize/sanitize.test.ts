import fc from 'fast-check';
import { keyShapeOf, redactSecretsInText } from '@keylint/core';
import { fakeKey } from '@keylint/core/testing';
import { describe, expect, test } from 'vitest';
import { environmentTemplate, sanitizePostmanText } from '../../src/sanitize/index.js';
import { collectionTextArbitrary } from '../postman/generated-collections.js';

const options = { filePath: 'team.postman_collection.json' };

function sanitized(text: string): Extract<ReturnType<typeof sanitizePostmanText>, { ok: true }> {
  const result = sanitizePostmanText(text, options);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

/** Every key-shaped token left in a text (core's key shapes decide). */
function keyShapedTokens(text: string): string[] {
  return [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9_-]{18,}/g)].map((match) => match[0]).filter((token) => keyShapeOf(token) !== undefined);
}

/** A token core would call a key: a known shape, or something its redaction hides. */
function keyLike(token: string): boolean {
  return keyShapeOf(token) !== undefined || redactSecretsInText(token) !== token;
}

/** The text with every `{{NAME}}` a sanitize could have written (and every emptied value) taken out, for comparing what is left. */
function outsideEdits(original: string, output: string): boolean {
  // Walk both texts: equal characters must match; the output may hold `{{NAME}}` where the original held a secret.
  let left = 0;
  let right = 0;
  while (left < original.length || right < output.length) {
    if (original[left] === output[right] && !output.startsWith('{{', right)) {
      left += 1;
      right += 1;
      continue;
    }
    const reference = /^\{\{[A-Z0-9_]+\}\}/.exec(output.slice(right));
    const secret = /^[A-Za-z0-9_-]+/.exec(original.slice(left));
    if (reference !== null && secret !== null && keyLike(secret[0])) {
      left += secret[0].length;
      right += reference[0].length;
      continue;
    }
    if (original[left] === output[right]) {
      left += 1;
      right += 1;
      continue;
    }
    if (secret !== null && keyLike(secret[0]) && output[right] === original[left + secret[0].length]) {
      // An emptied variable value.
      left += secret[0].length;
      continue;
    }
    return false;
  }
  return true;
}

describe('sanitize', () => {
  test('replaces a key in an Authorization header with {{OPENAI_API_KEY}} and keeps every other byte', () => {
    const key = fakeKey('openai-project');
    const text = `{\n\t"info": {"name": "Team", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n\t"item": [{"name": "Chat", "request": {"method": "POST", "header": [{"key": "Authorization", "value": "Bearer ${key}"}], "url": "https://api.openai.com/v1/chat/completions"}}]\n}\n`;
    const result = sanitized(text);
    expect(result.text).toBe(text.replace(key, '{{OPENAI_API_KEY}}'));
    expect(result.variables).toEqual([{ name: 'OPENAI_API_KEY' }]);
    expect(result.replaced).toBe(1);
  });

  test('names an Anthropic key in x-api-key ANTHROPIC_API_KEY and reuses one name for one key', () => {
    const key = fakeKey('anthropic');
    const header = `{"key": "x-api-key", "value": "${key}"}`;
    const request = `{"method": "POST", "header": [${header}], "url": "https://api.anthropic.com/v1/messages"}`;
    const text = `{"info": {"name": "C"}, "item": [{"name": "a", "request": ${request}}, {"name": "b", "request": ${request}}]}`;
    const result = sanitized(text);
    expect(result.text).toBe(text.replaceAll(key, '{{ANTHROPIC_API_KEY}}'));
    expect(result.variables).toEqual([{ name: 'ANTHROPIC_API_KEY' }]);
  });

  test('empties a secret that is a variable’s own value instead of making it refer to itself', () => {
    const key = fakeKey('groq');
    const text = `{"info": {"name": "C"}, "item": [], "variable": [{"key": "GROQ_TOKEN", "value": "${key}", "type": "secret"}]}`;
    const result = sanitized(text);
    expect(result.text).toBe(text.replace(key, ''));
    expect(result.variables).toEqual([{ name: 'GROQ_TOKEN' }]);
  });

  test('gives two different keys for one provider two names', () => {
    const first = fakeKey('openai-project', 1);
    const second = fakeKey('openai-project', 2);
    const text = `{"info": {"name": "C"}, "item": [{"name": "a", "request": {"header": [{"key": "Authorization", "value": "Bearer ${first}"}, {"key": "X-Backup", "value": "${second}"}], "url": "https://api.openai.com/v1/models"}}]}`;
    const result = sanitized(text);
    expect(result.variables.map((variable) => variable.name)).toEqual(['OPENAI_API_KEY', 'OPENAI_API_KEY_2']);
    expect(keyShapedTokens(result.text)).toEqual([]);
  });

  test('keeps escapes around a secret and edits only the secret', () => {
    const key = fakeKey('openai-legacy');
    const text = `{"info": {"name": "C\\u00e9"}, "item": [{"name": "a", "request": {"body": {"mode": "raw", "raw": "{\\"k\\": \\"${key}\\"}\\n"}, "url": "https://api.openai.com/v1/models", "method": "POST"}}]}`;
    const result = sanitized(text);
    expect(result.text).toBe(text.replace(key, '{{OPENAI_API_KEY}}'));
  });

  test('the environment template lists the variables, all empty', () => {
    const key = fakeKey('openai-project');
    const result = sanitized(`{"info": {"name": "Team"}, "item": [{"name": "a", "request": {"header": [{"key": "Authorization", "value": "Bearer ${key}"}], "url": "https://api.openai.com/v1/models"}}]}`);
    const template = JSON.parse(environmentTemplate(result)) as { values: { key: string; value: string }[]; _postman_variable_scope: string };
    expect(template._postman_variable_scope).toBe('environment');
    expect(template.values).toEqual([{ key: 'OPENAI_API_KEY', value: '', type: 'secret', enabled: true }]);
  });

  test('refuses what it cannot read, in one line', () => {
    const result = sanitizePostmanText('{"info": ', options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^team\.postman_collection\.json: broken JSON/);
  });

  test('property: no key is left, nothing else changes, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(collectionTextArbitrary, (text) => {
        const once = sanitized(text);
        expect(keyShapedTokens(once.text)).toEqual([]);
        expect(redactSecretsInText(once.text)).toBe(once.text);
        expect(() => JSON.parse(once.text) as unknown).not.toThrow();
        expect(outsideEdits(text, once.text)).toBe(true);
        const twice = sanitized(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.replaced).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});
