import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeSourceText } from '@keylint/core';

/** Beyond this, a ".env" file is not a .env file (a log, a dump) and would only slow the run down. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };
export type BytesResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string };

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'is a directory, expected a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links (a symlink loop)';
  if (code === 'ENOTDIR') return 'not a directory';
  return (error as Error).message;
}

/** What a non-regular file is, in words ("a FIFO"); undefined for a regular file or a directory. */
export function specialFileKind(info: Stats): string | undefined {
  if (info.isFile() || info.isDirectory()) return undefined;
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * At most `limit` bytes of a regular file. A device (/dev/zero never ends) or a FIFO (blocks until
 * someone writes) is refused before it is read; it is opened without blocking and checked again
 * after opening, so a file swapped for a FIFO between the two looks cannot hang the run either.
 */
export function readRegularFileSync(path: string, limit = MAX_FILE_BYTES): BytesResult {
  let descriptor: number | undefined;
  try {
    const before = statSync(path);
    if (before.isDirectory()) return { ok: false, reason: 'is a directory, expected a file' };
    const kind = specialFileKind(before);
    if (kind !== undefined) return { ok: false, reason: `not a regular file (${kind}); not checked` };
    if (before.size > limit) return { ok: false, reason: `file too large (${before.size} bytes, limit ${limit}); not checked` };
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = fstatSync(descriptor);
    const openedKind = specialFileKind(opened);
    if (openedKind !== undefined || opened.isDirectory()) return { ok: false, reason: `not a regular file (${openedKind ?? 'a directory'}); not checked` };
    // One byte past the limit tells a file that grew since stat from one that is exactly at it.
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(opened.size, before.size) + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return { ok: false, reason: `file too large (more than ${limit} bytes, limit ${limit}); not checked` };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Reads a file as UTF-8 text, or says in a few words why it cannot be checked. Synchronous reads:
 * a run reads thousands of small files one after the other, and a round trip through the thread
 * pool for each would cost more than the reading.
 */
export function readTextFileSync(path: string): ReadResult {
  const read = readRegularFileSync(path);
  if (!read.ok) return read;
  const decoded = decodeSourceText(read.bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, reason: decoded.reason };
}

/** At most `limit` bytes of a stream (standard input): past it, reading stops rather than waiting for an end that may never come. */
export async function readStreamBounded(stream: AsyncIterable<Buffer | string> & { destroy?: () => void }, limit = MAX_FILE_BYTES): Promise<BytesResult> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    length += bytes.length;
    if (length > limit) {
      stream.destroy?.();
      return { ok: false, reason: `too large (more than ${limit} bytes); not checked` };
    }
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
