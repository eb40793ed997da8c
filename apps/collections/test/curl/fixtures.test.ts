import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeKey, fakeKeyKinds, type FakeKeyKind } from '@keylint/core/testing';
import { describe, expect, it } from 'vitest';
import { checkCurlText } from '../../src/curl/index.js';

interface ExpectedMessage {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
}

const fixturesDirectory = fileURLToPath(new URL('./fixtures/', import.meta.url));
const FAKE_KEY_MARKER = /__FAKE_KEY_([a-z0-9-]+)__/g;

/** Fixtures hold `__FAKE_KEY_<kind>__` markers, never key-shaped text; keys are built here. */
function withFakeKeys(text: string): { text: string; keys: string[] } {
  const keys: string[] = [];
  const replaced = text.replace(FAKE_KEY_MARKER, (_marker, kind: string) => {
    if (!fakeKeyKinds.includes(kind as FakeKeyKind)) throw new Error(`Unknown fake key kind ${kind}`);
    const key = fakeKey(kind as FakeKeyKind, 'fixture');
    keys.push(key);
    return key;
  });
  return { text: replaced, keys };
}

describe('curl fixtures', () => {
  for (const name of readdirSync(fixturesDirectory).sort()) {
    it(name, () => {
      const directory = join(fixturesDirectory, name);
      const inputName = readdirSync(directory).find((file) => file.startsWith('input.'));
      if (inputName === undefined) throw new Error(`${name} has no input file`);
      const expected = JSON.parse(readFileSync(join(directory, 'expected.json'), 'utf8')) as ExpectedMessage[];
      const { text, keys } = withFakeKeys(readFileSync(join(directory, inputName), 'utf8'));
      const messages = checkCurlText(text, { filePath: inputName });
      // Core rules are added over time; the fixture pins every cURL rule and every core rule it names
      // (every rule at all when it has a `pin-all` file: a fixture that must stay quiet).
      const pinned = new Set(expected.map((message) => message.ruleId));
      const pinAll = existsSync(join(directory, 'pin-all'));
      const actual = messages
        .filter((message) => pinAll || (message.ruleId !== null && (message.ruleId.startsWith('curl-') || pinned.has(message.ruleId))))
        .map((message) => ({ ruleId: message.ruleId, line: message.line, column: message.column }));
      expect(actual).toEqual(expected);
      for (const key of keys) expect(JSON.stringify(messages)).not.toContain(key);
    });
  }
});
