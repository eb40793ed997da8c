import { readFile, stat } from 'node:fs/promises';
import { decodeSourceText } from '@keylint/core';
import { parseDotenv } from '../parser/parse.js';
import { discoverEnvFiles } from '../sources.js';
/** A .env file is a few kilobytes; past this it is not one, and reading it whole would only hurt. */
const MAXIMUM_FILE_BYTES = 10 * 1024 * 1024;
function describeError(error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
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
async function readOne(file) {
    try {
        const info = await stat(file.filePath);
        if (info.isDirectory())
            return { ...file, error: 'is a directory' };
        if (info.size > MAXIMUM_FILE_BYTES)
            return { ...file, error: `larger than ${MAXIMUM_FILE_BYTES / 1024 / 1024} MiB; not read` };
        const decoded = decodeSourceText(await readFile(file.filePath));
        if (!decoded.ok)
            return { ...file, error: decoded.reason };
        return { ...file, document: parseDotenv(decoded.text) };
    }
    catch (error) {
        return { ...file, error: describeError(error) };
    }
}
/**
 * The `.env` files of a directory that a loader could read (templates document variables, they are
 * never loaded), parsed; a file that cannot be read carries a one-line reason instead.
 */
export async function readEnvFiles(directory) {
    const discovered = (await discoverEnvFiles(directory)).filter((file) => file.role !== 'template');
    return Promise.all(discovered.map(readOne));
}
//# sourceMappingURL=read-env-files.js.map