import { redact, redactSecretsInText } from '@keylint/core';

/**
 * A server (or a proxy) that echoes the key may mangle it on the way: a zero-width character
 * inserted, `-` and `_` percent-encoded. Exact-substring redaction misses such an echo and prints
 * most of the key. Here the text is first normalised (invisible characters dropped, `%XX` decoded,
 * three layers deep), every run of key characters that shares `MINIMUM_PIECE` characters with the
 * key is found there, and its whole original span is replaced.
 */

/** Shorter pieces of a key than this are too common to recognise (and reveal too little to matter). */
const MINIMUM_PIECE = 12;
/** Format characters (zero-width space, joiners, soft hyphen, BOM, bidi marks) and the few invisible letters outside Cf. */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u180e\u3164\uffa0]/u;
const KEY_CHARACTER = /[A-Za-z0-9_.-]/;

interface Normalised {
  readonly text: string;
  /** Original start and end offsets of each normalised character. */
  readonly starts: number[];
  readonly ends: number[];
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/** The one character that `%XX` (or a `%XX%XX…` UTF-8 sequence) at `index` encodes, and how long the encoding is. */
function percentDecodedAt(text: string, index: number): { character: string; length: number } | undefined {
  const byteAt = (at: number): number => {
    if (text.charAt(at) !== '%') return -1;
    const high = hexValue(text.charCodeAt(at + 1));
    const low = hexValue(text.charCodeAt(at + 2));
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  };
  const lead = byteAt(index);
  if (lead < 0) return undefined;
  if (lead < 0x80) return { character: String.fromCharCode(lead), length: 3 };
  const count = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  if (count === 0) return undefined;
  const bytes = [lead];
  for (let next = 1; next < count; next += 1) {
    const byte = byteAt(index + next * 3);
    if (byte < 0x80 || byte >= 0xc0) return undefined;
    bytes.push(byte);
  }
  const character = new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes));
  return character.includes('\ufffd') ? undefined : { character, length: count * 3 };
}

/** How many layers of percent-encoding are undone (a proxy that encodes a URL that was already encoded). */
const MAXIMUM_DECODING_LAYERS = 3;

/** The text normalised again and again until it stops changing, each offset mapped back to the original. */
function normalise(text: string): Normalised {
  let current = normaliseOnce(text);
  for (let layer = 1; layer < MAXIMUM_DECODING_LAYERS && current.text.includes('%'); layer += 1) {
    const next = normaliseOnce(current.text);
    if (next.text === current.text) break;
    const previous = current;
    current = {
      text: next.text,
      starts: next.starts.map((start) => previous.starts[start] ?? text.length),
      ends: next.ends.map((end) => previous.ends[end - 1] ?? text.length),
    };
  }
  return current;
}

function normaliseOnce(text: string): Normalised {
  let normalised = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const character = String.fromCodePoint(code);
    if (INVISIBLE.test(character)) {
      index += width;
      continue;
    }
    if (character === '%') {
      const decoded = percentDecodedAt(text, index);
      if (decoded !== undefined) {
        // An encoded invisible character (`%E2%80%8B`) is dropped like a raw one.
        if (!INVISIBLE.test(decoded.character)) {
          normalised += decoded.character;
          for (let unit = 0; unit < decoded.character.length; unit += 1) {
            starts.push(index);
            ends.push(index + decoded.length);
          }
        }
        index += decoded.length;
        continue;
      }
    }
    normalised += character;
    for (let unit = 0; unit < width; unit += 1) {
      starts.push(index);
      ends.push(index + width);
    }
    index += width;
  }
  return { text: normalised, starts, ends };
}

/** Every piece of `MINIMUM_PIECE` characters of a secret. */
function piecesOf(secret: string): Set<string> {
  const pieces = new Set<string>();
  for (let start = 0; start + MINIMUM_PIECE <= secret.length; start += 1) pieces.add(secret.slice(start, start + MINIMUM_PIECE));
  return pieces;
}

/** The secret a run of key characters shares a piece with (so holds it, or a long part of it). */
function matchingSecret(run: string, secrets: readonly { secret: string; pieces: Set<string> }[]): string | undefined {
  if (run.length < MINIMUM_PIECE) return undefined;
  for (const { secret, pieces } of secrets) {
    for (let start = 0; start + MINIMUM_PIECE <= run.length; start += 1) if (pieces.has(run.slice(start, start + MINIMUM_PIECE))) return secret;
  }
  return undefined;
}

/** `redactSecretsInText`, plus the key's echoes however they were mangled. */
export function redactEchoes(text: string, secrets: readonly string[]): string {
  const trimmed = secrets
    .map((secret) => secret.trim())
    .filter((secret) => secret.length >= MINIMUM_PIECE)
    .map((secret) => ({ secret, pieces: piecesOf(secret) }));
  if (trimmed.length === 0) return redactSecretsInText(text, secrets);
  const normalised = normalise(text);
  const replacements: { start: number; end: number; secret: string }[] = [];
  let runStart = -1;
  for (let index = 0; index <= normalised.text.length; index += 1) {
    const isKeyCharacter = index < normalised.text.length && KEY_CHARACTER.test(normalised.text.charAt(index));
    if (isKeyCharacter && runStart === -1) runStart = index;
    if (isKeyCharacter || runStart === -1) continue;
    const secret = matchingSecret(normalised.text.slice(runStart, index), trimmed);
    if (secret !== undefined) replacements.push({ start: normalised.starts[runStart] ?? 0, end: normalised.ends[index - 1] ?? text.length, secret });
    runStart = -1;
  }
  let result = '';
  let position = 0;
  for (const { start, end, secret } of replacements) {
    result += text.slice(position, start) + redact(secret);
    position = end;
  }
  return redactSecretsInText(result + text.slice(position), secrets);
}
