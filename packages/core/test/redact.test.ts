import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, redact, redactSecretsInText } from '../src/redact.js';
import { knownKeyPrefixes } from '../src/providers/key-shapes.js';
import { fakeKey, fakeKeyKinds } from '../src/testing/fake-keys.js';

const ELLIPSIS = '…';

function knownPrefixOf(value: string): string {
  return knownKeyPrefixes.find((prefix) => value.startsWith(prefix)) ?? '';
}

/** Strings of every sort, and strings that start like a key, with any characters after the prefix. */
const secretLike = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.tuple(fc.constantFrom(...knownKeyPrefixes), fc.string({ maxLength: 200 })).map(([prefix, body]) => prefix + body),
  fc.tuple(fc.constantFrom(...fakeKeyKinds), fc.integer()).map(([kind, seed]) => fakeKey(kind, seed)),
);

describe('redact', () => {
  it('shows a fake key of every kind as its prefix and its last four characters', () => {
    for (const kind of fakeKeyKinds) {
      const key = fakeKey(kind);
      const prefix = knownPrefixOf(key);
      expect(redact(key)).toBe(`${prefix}${ELLIPSIS}${key.slice(-4)}`);
    }
  });

  it('shows nothing of short values but their prefix', () => {
    expect(redact('sk-abc')).toBe(`sk-${ELLIPSIS}`);
    expect(redact('changeme')).toBe(ELLIPSIS);
    expect(redact('')).toBe('(empty)');
    expect(redact(' \r\n')).toBe('(whitespace)');
  });

  it('ignores surrounding whitespace, so a key with a stray \\r shows the tail of the dashboard', () => {
    const key = fakeKey('openai-project');
    expect(redact(`${key}\r\n`)).toBe(redact(key));
  });

  it('never shows more than the known prefix and the last four characters (property)', () => {
    fc.assert(
      fc.property(secretLike, (value) => {
        const output = redact(value);
        const trimmed = value.trim();
        if (trimmed.length === 0) return output === '(empty)' || output === '(whitespace)';
        const prefix = knownPrefixOf(trimmed);
        const body = trimmed.slice(prefix.length);
        expect(output.startsWith(`${prefix}${ELLIPSIS}`)).toBe(true);
        const visible = output.slice(prefix.length + ELLIPSIS.length);
        expect(visible.length).toBeLessThanOrEqual(4);
        // No run of five characters of the body may appear after the prefix, except the tail itself.
        const shown = output.slice(prefix.length);
        for (let index = 0; index + 5 <= body.length; index += 1) {
          const window = body.slice(index, index + 5);
          if (shown.includes(window)) expect(index).toBe(body.length - 5);
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe('fingerprint', () => {
  it('tells two keys with the same tail apart without showing them', () => {
    const first = fakeKey('openai-project', 1);
    const second = `${fakeKey('openai-project', 2).slice(0, -4)}${first.slice(-4)}`;
    expect(fingerprint(first)).not.toBe(fingerprint(second));
    expect(fingerprint(first)).toMatch(/^sk-proj-….{4} \(164 chars, #[0-9a-f]{8}\)$/);
    expect(fingerprint(first)).not.toContain(first.slice(8, 20));
  });
});

describe('redactSecretsInText', () => {
  const text = fc.string({ maxLength: 60 });
  const separator = fc.constantFrom('', ' ', '\n', '"', "'", '=', ':', '/', '-', '_', 'x', '9', '…');

  it('leaves no fake key of any kind in any text, without being told the keys (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, separator, fc.constantFrom(...fakeKeyKinds), fc.integer(), separator), { minLength: 1, maxLength: 4 }),
        text,
        (pieces, end) => {
          const keys = pieces.map(([, , kind, seed]) => fakeKey(kind, seed));
          const input = pieces.map(([before, open, , , close], index) => `${before}${open}${keys[index]}${close}`).join('') + end;
          const output = redactSecretsInText(input);
          for (const key of keys) expect(output).not.toContain(key);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves no named secret in any text, whatever its shape (property)', () => {
    fc.assert(
      fc.property(text, fc.string({ minLength: 12, maxLength: 80 }), text, (before, secret, after) => {
        fc.pre(secret.trim().length >= 12 && !before.includes(secret.trim()) && !after.includes(secret.trim()));
        const output = redactSecretsInText(`${before}${secret}${after}`, [secret]);
        expect(output).not.toContain(secret.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps ordinary text, short hex ids and long plain words', () => {
    const message = 'OPENAI_API_KEY ends with a carriage return — save the file with LF line endings (#1a2b3c4d, pneumonoultramicroscopicsilicovolcanoconiosis)';
    expect(redactSecretsInText(message)).toBe(message);
  });

  it('redacts a key inside a message to its fingerprint form', () => {
    const key = fakeKey('openrouter');
    expect(redactSecretsInText(`Incorrect API key provided: ${key}.`)).toBe(`Incorrect API key provided: ${redact(key)}.`);
  });
});
