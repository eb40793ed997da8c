/**
 * Turns file bytes into text for linting, or says in one line why it cannot: binary content or
 * invalid UTF-8. Runs in browsers too (TextDecoder), so the web page and both CLIs agree.
 */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly hadBom: boolean }
  | { readonly ok: false; readonly reason: string };

const BOM = 0xfeff;

export function decodeSourceText(bytes: Uint8Array): DecodeResult {
  // A NUL byte in the first 8 KiB is what git and grep call binary.
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes); not checked' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `not valid UTF-8 (${describeFirstInvalidByte(bytes)}); re-save the file as UTF-8` };
  }
  const hadBom = text.charCodeAt(0) === BOM;
  return { ok: true, text, hadBom };
}

/** Offset of the first byte that breaks UTF-8, by walking the sequences (only on the error path). */
function firstInvalidOffset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let offset = 1; offset < length; offset += 1) {
      const continuation = bytes[index + offset];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return bytes.length;
}

function describeFirstInvalidByte(bytes: Uint8Array): string {
  const offset = firstInvalidOffset(bytes);
  const byte = bytes[offset];
  return byte === undefined ? 'truncated multi-byte sequence at the end' : `byte 0x${byte.toString(16).padStart(2, '0')} at offset ${offset}`;
}
