import { chmod, chown, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write.js';
import { runKeylintEnv, type BinaryRun } from '../helpers/binary.js';

/**
 * `fix`, `diff` and schema errors through the built binary: what is written, where, with which mode and owner, what is
 * claimed, and the exit codes.
 */
const IS_ROOT = process.getuid?.() === 0;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'keylint-env-disk-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function keylintEnv(cwd: string, args: readonly string[]): Promise<BinaryRun> {
  return runKeylintEnv(cwd, args);
}

let counter = 0;
async function freshDirectory(files: Record<string, string> = {}): Promise<string> {
  counter += 1;
  const directory = join(root, `case-${counter}`);
  await mkdir(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(directory, name), text);
  return directory;
}

describe('keylint-env fix on disk', () => {
  it('a last line that is only a tab: the missing final newline is really added, and a second run changes nothing', async () => {
    const directory = await freshDirectory({ '.env': 'A=1\n\t' });
    const first = await keylintEnv(directory, ['fix', '--no-backup']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('EndingBlankLine');
    const fixed = await readFile(join(directory, '.env'), 'utf8');
    expect(fixed.endsWith('\n')).toBe(true);
    expect(fixed).toBe('A=1\n\t\n');
    // The tab line and the newline after it are an extra blank line that no fix can remove without losing one of them.
    const second = await keylintEnv(directory, ['fix', '--no-backup']);
    expect(second.stdout).toContain('Could not fix all warnings');
    expect(await readFile(join(directory, '.env'), 'utf8')).toBe(fixed);
  });

  it('a file that cannot be written: an error naming it, no "All warnings are fixed", exit 1', async () => {
    // A kernel attribute file (`0-1`: KeyWithoutValue, LeadingCharacter): readable, and nothing can be created next
    // to it or written to it, not even by root.
    const directory = await freshDirectory({ '.env.good': 'b=1\n' });
    await symlink('/sys/devices/system/cpu/online', join(directory, '.env'));
    const run = await keylintEnv(directory, ['fix', '--no-backup', '.env', '.env.good']);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.length > 0)).toEqual([expect.stringMatching(/^Error: \S*sys\/devices\/system\/cpu\/online: /)]);
    expect(run.stdout).not.toContain('All warnings are fixed');
    expect(run.stdout).toMatch(/Not every file could be written/);
    expect(await readFile(join(directory, '.env.good'), 'utf8')).toBe('B=1\n');
  });

  it('through a symlink: the link stays a link, the target is fixed, mode 600 and the owner are kept', async () => {
    const directory = await freshDirectory({ 'real.env': 'b=1\n' });
    await symlink('real.env', join(directory, '.env'));
    await chmod(join(directory, 'real.env'), 0o600);
    if (IS_ROOT) await chown(join(directory, 'real.env'), 4242, 4343);
    const before = await stat(join(directory, 'real.env'));
    const run = await keylintEnv(directory, ['fix', '--no-backup', '.env']);
    expect(run.code).toBe(0);
    expect((await lstat(join(directory, '.env'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(directory, '.env'))).toBe('real.env');
    expect(await readFile(join(directory, 'real.env'), 'utf8')).toBe('B=1\n');
    const after = await stat(join(directory, 'real.env'));
    expect(after.mode & 0o7777).toBe(0o600);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    expect((await readdir(directory)).sort()).toEqual(['.env', 'real.env']);
  });

  it('writeFileAtomic never renames over a path that is not a regular file (/dev/null stays a device)', async () => {
    await writeFileAtomic('/dev/null', 'A=1\n');
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
  });
});

describe('keylint-env diff and schema errors', () => {
  it('diff with a missing or unreadable file: one line naming it, exit 2', async () => {
    const directory = await freshDirectory({ '.env': 'A=1\n', '.env.other': 'A=1\nB=2\n' });
    for (const args of [['diff', '.env', '.env.missing'], ['diff', '.env', '.env.other', '.env.missing']]) {
      const run = await keylintEnv(directory, args);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n').filter((line) => line.length > 0)).toEqual(['keylint-env: .env.missing: no such file or directory']);
    }
  });

  it('a schema error under --format json prints JSON (a fatal result naming the schema), sarif too', async () => {
    const directory = await freshDirectory({ '.env': 'A=1\n', 'schema.json': '{"version": 1}' });
    const json = await keylintEnv(directory, ['check', '--schema', 'schema.json', '--format', 'json']);
    expect(json.code).toBe(1);
    const results = JSON.parse(json.stdout) as { filePath: string; messages: { fatal?: boolean; message: string }[] }[];
    expect(results).toHaveLength(1);
    expect(results[0]?.filePath.endsWith('schema.json')).toBe(true);
    expect(results[0]?.messages[0]).toMatchObject({ fatal: true, message: 'Error loading schema: invalid type: `version` must be a string' });
    const sarif = await keylintEnv(directory, ['check', '--schema', 'schema.json', '--format', 'sarif']);
    expect(() => JSON.parse(sarif.stdout) as unknown).not.toThrow();
    const text = await keylintEnv(directory, ['check', '--schema', 'schema.json']);
    expect(text.stdout).toBe('Error loading schema: invalid type: `version` must be a string\n');
  });
});
