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

function describeFirstInvalidByte(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest invalid prefix; cheap and only on the error path.
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, middle + 1), { stream: true });
      decoder.decode();
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  const byte = bytes[low];
  return byte === undefined ? 'truncated multi-byte sequence at the end' : `byte 0x${byte.toString(16).padStart(2, '0')} at offset ${low}`;
}
