import { readFile, stat } from 'node:fs/promises';
import { decodeSourceText } from '@keylint/core';
/** Beyond this, a ".env" file is not a .env file (a log, a dump) and would only slow the run down. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
function describeReadError(error) {
    const code = error.code;
    if (code === 'EISDIR')
        return 'is a directory, expected a file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'ENOENT')
        return 'no such file or directory';
    if (code === 'ELOOP')
        return 'too many levels of symbolic links (a symlink loop)';
    return error.message;
}
/** Reads a file as UTF-8 text, or says in a few words why it cannot be checked. */
export async function readTextFile(path) {
    try {
        const info = await stat(path);
        if (info.isDirectory())
            return { ok: false, reason: 'is a directory, expected a file' };
        if (info.size > MAX_FILE_BYTES)
            return { ok: false, reason: `file too large (${info.size} bytes, limit ${MAX_FILE_BYTES}); not checked` };
        const bytes = await readFile(path);
        const decoded = decodeSourceText(bytes);
        return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, reason: decoded.reason };
    }
    catch (error) {
        return { ok: false, reason: describeReadError(error) };
    }
}
//# sourceMappingURL=read-file.js.map