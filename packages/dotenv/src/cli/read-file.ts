import { readFileSync, statSync } from 'node:fs';
import { decodeSourceText } from '@keylint/core';

/** Beyond this, a ".env" file is not a .env file (a log, a dump) and would only slow the run down. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'is a directory, expected a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links (a symlink loop)';
  return (error as Error).message;
}

/**
 * Reads a file as UTF-8 text, or says in a few words why it cannot be checked. Synchronous reads:
 * a run reads thousands of small files one after the other, and a round trip through the thread
 * pool for each would cost more than the reading.
 */
export function readTextFileSync(path: string): ReadResult {
  try {
    const info = statSync(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a directory, expected a file' };
    if (info.size > MAX_FILE_BYTES) return { ok: false, reason: `file too large (${info.size} bytes, limit ${MAX_FILE_BYTES}); not checked` };
    const bytes = readFileSync(path);
    const decoded = decodeSourceText(bytes);
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, reason: decoded.reason };
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
}
