import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSourceText } from '../src/decode.js';

const encoder = new TextEncoder();

describe('decodeSourceText', () => {
  it('decodes UTF-8 and keeps a BOM so printers can give it back', () => {
    const result = decodeSourceText(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('A=1\n')]));
    expect(result).toEqual({ ok: true, text: '\uFEFFA=1\n', hadBom: true });
  });

  it('names binary content', () => {
    expect(decodeSourceText(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, reason: 'binary file (contains NUL bytes); not checked' });
  });

  it('names the first invalid byte of non-UTF-8 text (Latin-1 é)', () => {
    const result = decodeSourceText(new Uint8Array([...encoder.encode('NAME=caf'), 0xe9, 0x0a]));
    expect(result).toEqual({ ok: false, reason: 'not valid UTF-8 (byte 0xe9 at offset 8); re-save the file as UTF-8' });
  });

  it('round-trips any valid string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!text.includes('\u0000'));
        const result = decodeSourceText(encoder.encode(text));
        expect(result).toMatchObject({ ok: true, text });
      }),
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect(typeof decodeSourceText(bytes).ok).toBe('boolean');
    }));
  });
});
