import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeKey } from '@keylint/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeylintEnv, type BinaryRun } from '../helpers/binary.js';

/**
 * Every kind of bad input, through the built `keylint-env` binary as users run it, for `check`
 * and `fix`: each bad file gets exactly one line naming it on stderr, the other files of the run
 * are still checked (or fixed), and the exit code is 2 only when nothing could be checked.
 * BOM and CRLF files are valid and are checked like any other.
 */
const IS_ROOT = process.getuid?.() === 0;
const key = fakeKey('openai-project', 'bad-input-matrix');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'keylint-env-matrix-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every run, whatever it checks, must not print the file's key. */
async function keylintEnv(cwd: string, args: readonly string[]): Promise<BinaryRun> {
  const run = await runKeylintEnv(cwd, args, { timeoutMs: 120_000 });
  expect(run.stdout + run.stderr).not.toContain(key);
  return run;
}

/** A file another row puts next to the bad one: one LowercaseKey problem, fixable. */
const GOOD = '.env.good';
const GOOD_TEXT = 'b=1\n';

interface BadRow {
  readonly name: string;
  /** The path the run is given (relative to a fresh directory). */
  readonly path: string;
  readonly create: (directory: string) => Promise<void>;
  /** What the one line on stderr says after the path. */
  readonly reason: RegExp;
}

const bad: readonly BadRow[] = [
  { name: 'binary', path: '.env.binary', create: (directory) => writeFile(join(directory, '.env.binary'), new Uint8Array([0x41, 0x3d, 0x00, 0x01, 0xff])), reason: /^binary file \(contains NUL bytes\); not checked$/ },
  { name: 'not UTF-8 (Latin-1)', path: '.env.latin1', create: (directory) => writeFile(join(directory, '.env.latin1'), new Uint8Array([0x41, 0x3d, 0x63, 0x61, 0x66, 0xe9, 0x0a])), reason: /^not valid UTF-8 \(byte 0xe9 at offset 5\); re-save the file as UTF-8$/ },
  { name: 'UTF-16 with its BOM', path: '.env.utf16', create: (directory) => writeFile(join(directory, '.env.utf16'), Buffer.from('\ufeffA=1\n', 'utf16le')), reason: /^binary file|^not valid UTF-8/ },
  {
    name: '50 MB',
    path: '.env.huge',
    create: (directory) => writeFile(join(directory, '.env.huge'), 'A=1\n'.repeat(50 * 1024 * 256)),
    reason: /^file too large \(52428800 bytes, limit \d+\); not checked$/,
  },
  {
    name: 'a path through a regular file (ENOTDIR)',
    path: 'plain-file/.env',
    create: (directory) => writeFile(join(directory, 'plain-file'), 'A=1\n'),
    reason: /^not a directory$/,
  },
  { name: 'dangling symlink', path: '.env.gone', create: (directory) => symlink('missing-target', join(directory, '.env.gone')), reason: /^no such file or directory$/ },
  { name: 'symlink loop', path: '.env.loop', create: (directory) => symlink('.env.loop', join(directory, '.env.loop')), reason: /^too many levels of symbolic links \(a symlink loop\)$/ },
  {
    name: 'two symlinks pointing at each other',
    path: '.env.ping',
    create: async (directory) => {
      await symlink('.env.pong', join(directory, '.env.ping'));
      await symlink('.env.ping', join(directory, '.env.pong'));
    },
    reason: /^too many levels of symbolic links \(a symlink loop\)$/,
  },
  {
    name: 'missing file',
    path: '.env.missing',
    create: async () => undefined,
    reason: /^no such file or directory$/,
  },
  ...(IS_ROOT
    ? []
    : [
        {
          name: 'unreadable (chmod 000)',
          path: '.env.secret',
          create: async (directory: string) => {
            await writeFile(join(directory, '.env.secret'), 'A=1\n');
            await chmod(join(directory, '.env.secret'), 0o000);
          },
          reason: /^permission denied$/,
        },
      ]),
];

/** Bad input found while searching a directory rather than named on the command line. */
const discovered: readonly BadRow[] = [
  {
    name: 'a symlink to a directory, named like an env file',
    path: '.env.dir',
    create: async (directory) => {
      await mkdir(join(directory, 'real-directory'));
      await symlink('real-directory', join(directory, '.env.dir'));
    },
    reason: /^is a directory, expected a file$/,
  },
  { name: 'dangling symlink, found by the search', path: '.env.gone', create: (directory) => symlink('missing-target', join(directory, '.env.gone')), reason: /^no such file or directory$/ },
  { name: 'symlink loop, found by the search', path: '.env.loop', create: (directory) => symlink('.env.loop', join(directory, '.env.loop')), reason: /^too many levels of symbolic links \(a symlink loop\)$/ },
  { name: 'binary, found by the search', path: '.env.binary', create: (directory) => writeFile(join(directory, '.env.binary'), new Uint8Array([0, 1, 2])), reason: /^binary file/ },
];

let counter = 0;
async function freshDirectory(files: Record<string, string> = {}): Promise<string> {
  counter += 1;
  const directory = join(root, `case-${counter}`);
  await mkdir(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(directory, name), text);
  return directory;
}

function expectOneLineNaming(stderr: string, path: string, reason: RegExp): void {
  const lines = stderr.split('\n').filter((line) => line.length > 0);
  expect(lines, stderr).toHaveLength(1);
  const prefix = `keylint-env: ${path}: `;
  expect(lines[0]?.startsWith(prefix), lines[0]).toBe(true);
  expect(lines[0]?.slice(prefix.length)).toMatch(reason);
}

describe('keylint-env: one line per bad file, the others still checked', () => {
  for (const row of bad) {
    it(`check and fix: ${row.name}`, async () => {
      const mixed = await freshDirectory({ [GOOD]: GOOD_TEXT });
      const alone = await freshDirectory();
      const fixMixed = await freshDirectory({ [GOOD]: GOOD_TEXT });
      const fixAlone = await freshDirectory();
      for (const directory of [mixed, alone, fixMixed, fixAlone]) await row.create(directory);
      const [checkMixed, checkAlone, fixedMixed, fixedAlone] = await Promise.all([
        keylintEnv(mixed, ['check', row.path, GOOD]),
        keylintEnv(alone, ['check', row.path]),
        keylintEnv(fixMixed, ['fix', row.path, GOOD]),
        keylintEnv(fixAlone, ['fix', row.path]),
      ]);

      expectOneLineNaming(checkMixed.stderr, row.path, row.reason);
      expect(checkMixed.stdout).toBe(`Checking ${GOOD}\n${GOOD}:1 LowercaseKey: The b key should be in uppercase\n\nFound 1 problem\n`);
      expect(checkMixed.code).toBe(1);

      expectOneLineNaming(checkAlone.stderr, row.path, row.reason);
      expect(checkAlone.stdout).toBe('');
      expect(checkAlone.code).toBe(2);

      expectOneLineNaming(fixedMixed.stderr, row.path, row.reason);
      expect(fixedMixed.stdout).toContain(`Fixing ${GOOD}\n`);
      expect(await readFile(join(fixMixed, GOOD), 'utf8')).toBe('B=1\n');
      // Something could not be fixed: not a clean run, but not a fatal one either.
      expect(fixedMixed.code).toBe(1);

      expectOneLineNaming(fixedAlone.stderr, row.path, row.reason);
      expect(fixedAlone.code).toBe(2);
    }, 60_000);
  }

  for (const row of discovered) {
    it(`check and fix, searching the directory: ${row.name}`, async () => {
      const checkDirectory = await freshDirectory({ '.env': GOOD_TEXT });
      const fixDirectory = await freshDirectory({ '.env': GOOD_TEXT });
      for (const directory of [checkDirectory, fixDirectory]) await row.create(directory);
      const [checked, fixed] = await Promise.all([keylintEnv(checkDirectory, ['check']), keylintEnv(fixDirectory, ['fix'])]);
      expectOneLineNaming(checked.stderr, row.path, row.reason);
      expect(checked.stdout).toBe('Checking .env\n.env:1 LowercaseKey: The b key should be in uppercase\n\nFound 1 problem\n');
      expect(checked.code).toBe(1);
      expectOneLineNaming(fixed.stderr, row.path, row.reason);
      expect(await readFile(join(fixDirectory, '.env'), 'utf8')).toBe('B=1\n');
      expect(fixed.code).toBe(1);
    }, 60_000);
  }

  it('check: a bad file next to a clean one is still not a clean run (exit 1)', async () => {
    const directory = await freshDirectory({ '.env': 'A=1\n' });
    await writeFile(join(directory, '.env.binary'), new Uint8Array([0]));
    const result = await keylintEnv(directory, ['check']);
    expectOneLineNaming(result.stderr, '.env.binary', /^binary file/);
    expect(result.stdout).toBe('Checking .env\n\nNo problems found\n');
    expect(result.code).toBe(1);
  });

  it('json: a bad file is a fatal result naming it, the good one is checked', async () => {
    const directory = await freshDirectory({ [GOOD]: GOOD_TEXT });
    await writeFile(join(directory, '.env.binary'), new Uint8Array([0]));
    const result = await keylintEnv(directory, ['check', '.env.binary', GOOD, '--format', 'json']);
    const reports = JSON.parse(result.stdout) as { filePath: string; messages: { fatal?: boolean; message: string; ruleId: string | null }[] }[];
    expect(reports.map((report) => report.messages.map((message) => [message.fatal ?? false, message.ruleId]))).toEqual([[[true, null]], [[false, 'LowercaseKey']]]);
    expect(reports[0]?.messages[0]?.message).toMatch(/^\.env\.binary: binary file/);
    expect(result.code).toBe(1);
  });
});

describe('keylint-env: valid files in unusual encodings are checked normally', () => {
  /** `OPENAI_API_KEY="<key> "`: key-whitespace points at the space, column 17 + key length on that line. */
  const keyLine = `OPENAI_API_KEY="${key} "`;
  const spaceColumn = 17 + key.length;
  const cases: readonly (readonly [name: string, text: string, keyLine: number])[] = [
    ['BOM', `\ufeff${keyLine}\nz=1\n`, 1],
    ['CRLF', `A=1\r\n${keyLine}\r\nz=1\r\n`, 2],
    ['BOM and CRLF', `\ufeff${keyLine}\r\nz=1\r\n`, 1],
  ];

  for (const [name, text, line] of cases) {
    it(`${name}: positions are right, fix keeps the encoding and the backup is byte for byte`, async () => {
      const directory = await freshDirectory({ '.env': text });
      const checked = await keylintEnv(directory, ['check', '--format', 'json']);
      expect(checked.stderr).toBe('');
      expect(checked.code).toBe(1);
      const [report] = JSON.parse(checked.stdout) as { messages: { ruleId: string; line: number; column: number; endColumn: number }[] }[];
      expect(report?.messages.find((message) => message.ruleId === 'key-whitespace')).toMatchObject({ line, column: spaceColumn, endColumn: spaceColumn + 1 });
      expect(report?.messages.find((message) => message.ruleId === 'LowercaseKey')).toMatchObject({ line: line + 1, column: 1 });

      const fixed = await keylintEnv(directory, ['fix']);
      expect(fixed.stderr).toBe('');
      expect(fixed.code).toBe(0);
      const after = await readFile(join(directory, '.env'), 'utf8');
      expect(after === text.replace('z=1', 'Z=1'), 'only z=1 changed, to Z=1').toBe(true);
      const backups = (await readdir(directory)).filter((file) => file.endsWith('.bak'));
      expect(backups).toHaveLength(1);
      expect((await readFile(join(directory, backups[0] ?? ''), 'utf8')) === text, 'the backup is the original byte for byte').toBe(true);
    });
  }

  it('an empty file is checked and clean', async () => {
    const directory = await freshDirectory({ '.env': '' });
    const [checked, fixed] = await Promise.all([keylintEnv(directory, ['check']), keylintEnv(directory, ['fix', '--dry-run'])]);
    expect(checked).toEqual({ code: 0, stdout: 'Checking .env\n\nNo problems found\n', stderr: '' });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toBe('');
  });

  it('a file that is only a BOM is checked and clean', async () => {
    const directory = await freshDirectory({ '.env': '\ufeff' });
    expect(await keylintEnv(directory, ['check'])).toEqual({ code: 0, stdout: 'Checking .env\n\nNo problems found\n', stderr: '' });
  });
});
