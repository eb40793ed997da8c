import { chmod, chown, copyFile, constants, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Copies the original next to it as `<name>_<unix-seconds>.bak`, never overwriting an older backup. */
export async function backupFile(path: string, now: Date = new Date()): Promise<string> {
  const seconds = Math.floor(now.getTime() / 1000);
  const base = join(dirname(path), `${basename(path)}_${seconds}`);
  for (let attempt = 0; ; attempt += 1) {
    const target = attempt === 0 ? `${base}.bak` : `${base}_${attempt}.bak`;
    try {
      await copyFile(path, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Writes through a temporary file in the same directory and renames it over the original, keeping its mode and owner.
 * The path is the canonical one (discovery resolves symlinks), so a symlinked `.env` stays a link and its target is
 * written. A path that is not a regular file (a device, a FIFO) is never renamed over: it is written directly. Where
 * the owner cannot be kept (not root, someone else's file in a directory we may write), the file is rewritten in place,
 * which keeps owner, mode and hard links.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const info = await stat(path);
  if (!info.isFile()) {
    await writeFile(path, text, 'utf8');
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.keylint-${process.pid}-${Date.now().toString(36)}.tmp`);
  // Only a temporary file this call created is removed on failure: a name already taken is someone else's.
  let created = false;
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    created = true;
    const written = await stat(temporary);
    if (written.uid !== info.uid || written.gid !== info.gid) {
      try {
        await chown(temporary, info.uid, info.gid);
      } catch {
        await unlink(temporary);
        created = false;
        await writeFile(path, text, 'utf8');
        return;
      }
    }
    // After chown, which may clear set-id bits.
    await chmod(temporary, info.mode & 0o7777);
    await rename(temporary, path);
  } catch (error) {
    if (created) await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
