import { stat } from 'node:fs/promises';
import { decodeSourceText } from '@keylint/core';
import { readRegularFileSync, specialFileKind } from '../cli/read-file.js';
import type { DotenvDocument } from '../parser/document.js';
import { parseDotenv } from '../parser/parse.js';
import { discoverEnvFiles, type DiscoveredEnvFile } from '../sources.js';

/** A .env file is a few kilobytes; past this it is not one, and reading it whole would only hurt. */
const MAXIMUM_FILE_BYTES = 10 * 1024 * 1024;

export type ReadEnvFile = DiscoveredEnvFile & ({ readonly document: DotenvDocument } | { readonly error: string });

function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'does not exist (a broken symbolic link?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function readOne(file: DiscoveredEnvFile): Promise<ReadEnvFile> {
  try {
    const info = await stat(file.filePath);
    if (info.isDirectory()) return { ...file, error: 'is a directory' };
    // A .env symlinked to /dev/zero never ends and a FIFO blocks: neither is read.
    const kind = specialFileKind(info);
    if (kind !== undefined) return { ...file, error: `not a regular file (${kind}); not read` };
    if (info.size > MAXIMUM_FILE_BYTES) return { ...file, error: `larger than ${MAXIMUM_FILE_BYTES / 1024 / 1024} MiB; not read` };
    const read = readRegularFileSync(file.filePath, MAXIMUM_FILE_BYTES);
    if (!read.ok) return { ...file, error: read.reason };
    const decoded = decodeSourceText(read.bytes);
    if (!decoded.ok) return { ...file, error: decoded.reason };
    return { ...file, document: parseDotenv(decoded.text) };
  } catch (error) {
    return { ...file, error: describeError(error) };
  }
}

/**
 * The `.env` files of a directory that a loader could read (templates document variables, they are
 * never loaded), parsed; a file that cannot be read carries a one-line reason instead.
 */
export async function readEnvFiles(directory: string): Promise<ReadEnvFile[]> {
  const discovered = (await discoverEnvFiles(directory)).filter((file) => file.role !== 'template');
  return Promise.all(discovered.map(readOne));
}
