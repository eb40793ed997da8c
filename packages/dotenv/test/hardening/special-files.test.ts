import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYLINT_ENV_BIN, runKeylintEnv, type BinaryRun } from '../helpers/binary.js';

/**
 * Streams and special files through the built binary: a device that never ends (/dev/zero), a FIFO
 * nobody writes to, standard input that never ends. Nothing may hang; a special file named on the
 * command line gets one line naming it, one found while searching a directory is skipped with a
 * one-line note, and the other files are still checked.
 */
/** Long enough for a loaded machine, far shorter than "hangs". */
const TIMEOUT_MS = 20_000;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'keylint-env-special-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

type Run = BinaryRun;

function keylintEnv(cwd: string, args: readonly string[]): Promise<Run> {
  return runKeylintEnv(cwd, args, { timeoutMs: TIMEOUT_MS });
}

/** Runs with a file as standard input, as `keylint-env check - < file` does. */
function keylintEnvWithStdin(cwd: string, args: readonly string[], stdinPath: string): Promise<Run> {
  return new Promise((resolve) => {
    const shell = `exec "$0" "$@" < "${stdinPath}"`;
    execFile('/bin/sh', ['-c', shell, process.execPath, KEYLINT_ENV_BIN, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : error.killed ? 'timed out' : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

let counter = 0;
async function freshDirectory(): Promise<string> {
  counter += 1;
  const directory = join(root, `case-${counter}`);
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, '.env.good'), 'b=1\n');
  return directory;
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line.length > 0);
}

const SPECIAL: readonly (readonly [name: string, create: (path: string) => Promise<void>, reason: RegExp])[] = [
  ['a symlink to /dev/zero', (path) => symlink('/dev/zero', path), /^not a regular file \(a character device\)/],
  ['a FIFO nobody writes to', async (path) => void execFileSync('mkfifo', [path]), /^not a regular file \(a FIFO\)/],
];

describe('keylint-env never hangs on special files', () => {
  it('/dev/zero named on the command line: one line naming it, exit 2', async () => {
    const directory = await freshDirectory();
    for (const command of ['check', 'fix']) {
      const run = await keylintEnv(directory, [command, '/dev/zero']);
      expect(run.code).toBe(2);
      expect(stderrLines(run)).toHaveLength(1);
      expect(stderrLines(run)[0]).toMatch(/^keylint-env: \S*dev\/zero: not a regular file \(a character device\); not checked$/);
    }
  }, 60_000);

  for (const [name, create, reason] of SPECIAL) {
    it(`${name}, named on the command line: one line naming it, the other file still checked`, async () => {
      const directory = await freshDirectory();
      await create(join(directory, '.env'));
      const run = await keylintEnv(directory, ['check', '.env', '.env.good']);
      expect(run.code).toBe(1);
      expect(stderrLines(run)).toHaveLength(1);
      const prefix = 'keylint-env: ';
      expect(stderrLines(run)[0]?.startsWith(prefix)).toBe(true);
      expect(stderrLines(run)[0]?.slice(prefix.length)).toMatch(/^(\S*\.env|\S*dev\/zero): /);
      expect(stderrLines(run)[0]?.replace(/^keylint-env: \S+: /, '')).toMatch(reason);
      expect(run.stdout).toContain('.env.good:1 LowercaseKey');
      const fixed = await keylintEnv(directory, ['fix', '.env', '.env.good']);
      expect(fixed.code).toBe(1);
      expect(stderrLines(fixed)).toHaveLength(1);
      expect(await readFile(join(directory, '.env.good'), 'utf8')).toBe('B=1\n');
    }, 60_000);

    it(`${name}, found while searching the directory: skipped with a one-line note, the run is clean otherwise`, async () => {
      const directory = await freshDirectory();
      await writeFile(join(directory, '.env.good'), 'B=1\n');
      await create(join(directory, '.env'));
      const run = await keylintEnv(directory, ['check']);
      expect(run.code).toBe(0);
      expect(stderrLines(run)).toEqual([expect.stringMatching(/^keylint-env: \.env: skipped: not a regular file \((a character device|a FIFO)\)$/)]);
      expect(run.stdout).toBe('Checking .env.good\n\nNo problems found\n');
      const json = await keylintEnv(directory, ['check', '--format', 'json']);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toHaveLength(1);
    }, 60_000);

    it(`${name} as the .env of a doctor directory: one line naming it, the report still comes`, async () => {
      const directory = await freshDirectory();
      await create(join(directory, '.env'));
      await writeFile(join(directory, '.env.local'), 'PORT=1\n');
      const run = await keylintEnv(directory, ['doctor', '--no-config']);
      expect(run.code).not.toBe('timed out');
      expect(run.stderr).toMatch(/\.env: not a regular file/);
      expect(run.stdout.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it('standard input that never ends (- < /dev/zero): read up to the size limit, one line, exit 2', async () => {
    const directory = await freshDirectory();
    const run = await keylintEnvWithStdin(directory, ['check', '-'], '/dev/zero');
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([expect.stringMatching(/^keylint-env: -: too large \(more than \d+ bytes\); not checked$/)]);
  }, 60_000);

  it('standard input that never ends, next to a file: the file is still checked', async () => {
    const directory = await freshDirectory();
    const run = await keylintEnvWithStdin(directory, ['check', '-', '.env.good'], '/dev/zero');
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toHaveLength(1);
    expect(run.stdout).toContain('.env.good:1 LowercaseKey');
  }, 60_000);
});

describe('keylint-env on one huge line under the size limit', () => {
  // 6 MB on one line: a regular expression over it can run out of stack (RangeError); that is one line about the file, never a stack trace.
  for (const unit of ['x', '*', '.']) {
    it(`6 MB of ${JSON.stringify(unit)} after OPENAI_API_KEY=: no stack trace, the other file still checked`, async () => {
      const directory = await freshDirectory();
      await writeFile(join(directory, '.env'), `OPENAI_API_KEY=${unit.repeat(6 * 1024 * 1024)}`);
      const checked = await keylintEnv(directory, ['check', '.env', '.env.good']);
      expect(checked.stderr).not.toMatch(/RangeError|\n\s+at /);
      expect(stderrLines(checked).length).toBeLessThanOrEqual(1);
      expect(checked.code).toBe(1);
      expect(checked.stdout).toContain('.env.good:1 LowercaseKey');
      const fixed = await keylintEnv(directory, ['fix', '--no-backup', '.env', '.env.good']);
      expect(fixed).toMatchObject({ code: 0, stderr: '' });
      expect(await readFile(join(directory, '.env'), 'utf8')).toBe(`OPENAI_API_KEY=${unit.repeat(6 * 1024 * 1024)}\n`);
    }, 120_000);
  }
});
