import { chmod, copyFile, constants, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
/** Copies the original next to it as `<name>_<unix-seconds>.bak`, never overwriting an older backup. */
export async function backupFile(path, now = new Date()) {
    const seconds = Math.floor(now.getTime() / 1000);
    const base = join(dirname(path), `${basename(path)}_${seconds}`);
    for (let attempt = 0;; attempt += 1) {
        const target = attempt === 0 ? `${base}.bak` : `${base}_${attempt}.bak`;
        try {
            await copyFile(path, target, constants.COPYFILE_EXCL);
            return target;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
}
/** Writes through a temporary file in the same directory and renames it over the original, keeping its mode. */
export async function writeFileAtomic(path, text) {
    const temporary = join(dirname(path), `.${basename(path)}.keylint-${process.pid}-${Date.now().toString(36)}.tmp`);
    const mode = (await stat(path)).mode;
    try {
        await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
        await chmod(temporary, mode & 0o7777);
        await rename(temporary, path);
    }
    catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
}
//# sourceMappingURL=write.js.map