import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fakeKey, fakeKeyKinds } from '@keylint/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { captureIo } from './helpers/io.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', 'bin', 'keylint-env.js');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'keylint-env-cli-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function directoryWith(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const directory = join(root, name);
  await mkdir(directory, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(directory, file, '..'), { recursive: true });
    await writeFile(join(directory, file), content);
  }
  return directory;
}

async function cli(cwd: string, args: string[], options: { env?: Record<string, string>; tty?: boolean; stdin?: string } = {}) {
  const io = captureIo({ cwd, ...options });
  const exitCode = await runCli(args, io);
  return { exitCode, ...io.output };
}

describe('paths', () => {
  it('accepts absolute paths and shows them relative to the working directory', async () => {
    const directory = await directoryWith('absolute/inner', { '.env': 'b=1\n' });
    const cwd = join(directory, '..');
    const result = await cli(cwd, ['check', directory]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('Checking inner/.env\ninner/.env:1 LowercaseKey: The b key should be in uppercase\n\nFound 1 problem\n');
  });
});

describe('bad input', () => {
  it('names each file it cannot check on one line and still checks the others', async () => {
    const cwd = await directoryWith('bad-mix', {
      '.env': 'b=1\n',
      '.env.binary': new Uint8Array([0x41, 0x3d, 0x00, 0x01]),
      '.env.latin1': new Uint8Array([0x41, 0x3d, 0xe9, 0x0a]),
      '.env.huge': 'A=1\n'.repeat(2_200_000),
    });
    await symlink('.env.loop', join(cwd, '.env.loop'));
    await symlink('missing-target', join(cwd, '.env.gone'));
    await mkdir(join(cwd, 'real-dir'));
    await symlink('real-dir', join(cwd, '.env.dir'));
    const result = await cli(cwd, ['check']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('Checking .env\n.env:1 LowercaseKey: The b key should be in uppercase\n\nFound 1 problem\n');
    const errors = result.stderr.trimEnd().split('\n').sort();
    expect(errors).toEqual([
      'keylint-env: .env.binary: binary file (contains NUL bytes); not checked',
      'keylint-env: .env.dir: is a directory, expected a file',
      'keylint-env: .env.gone: no such file or directory',
      expect.stringMatching(/^keylint-env: \.env\.huge: file too large \(\d+ bytes, limit \d+\); not checked$/),
      'keylint-env: .env.latin1: not valid UTF-8 (byte 0xe9 at offset 2); re-save the file as UTF-8',
      'keylint-env: .env.loop: too many levels of symbolic links (a symlink loop)',
    ]);
  });

  it('exits 2 when nothing could be checked', async () => {
    const cwd = await directoryWith('bad-only', { '.env': new Uint8Array([0xff, 0xfe, 0x41]) });
    const result = await cli(cwd, ['check']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('keylint-env: .env: not valid UTF-8 (byte 0xff at offset 0); re-save the file as UTF-8\n');
  });

  it('reports a path that does not exist instead of silently checking the working directory', async () => {
    const cwd = await directoryWith('missing-path', { '.env': 'b=1\n' });
    const result = await cli(cwd, ['check', 'missing.env']);
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: 'keylint-env: missing.env: no such file or directory\n' });
  });

  it('reports bad files as fatal results in JSON', async () => {
    const cwd = await directoryWith('bad-json', { '.env': 'A=1\n', '.env.bin': new Uint8Array([0]) });
    const result = await cli(cwd, ['check', '--format', 'json']);
    const parsed = JSON.parse(result.stdout) as { filePath: string; messages: { fatal?: boolean; message: string }[] }[];
    expect(parsed.map((entry) => [entry.filePath.endsWith('.env.bin'), entry.messages.map((message) => message.fatal ?? false)])).toEqual([
      [false, []],
      [true, [true]],
    ]);
  });

  it('does not follow symlinked directories when recursing', async () => {
    const cwd = await directoryWith('symlinked-dir', { 'real/.env': 'b=1\n' });
    await symlink('real', join(cwd, 'link'));
    await symlink('..', join(cwd, 'real', 'up'));
    const result = await cli(cwd, ['check', '-r']);
    expect(result.stdout).toBe('Checking real/.env\nreal/.env:1 LowercaseKey: The b key should be in uppercase\n\nFound 1 problem\n');
  });

  it('never picks up backups or .envrc, but checks them when named', async () => {
    const cwd = await directoryWith('backups', { '.env.bak': 'b=1\n', '.env_1601378896.bak': 'b=1\n', '.envrc': 'b=1\n' });
    expect((await cli(cwd, ['check'])).stdout).toBe('Nothing to check\n');
    expect((await cli(cwd, ['check', '.env.bak'])).stdout).toContain('.env.bak:1 LowercaseKey');
  });
});

describe('output formats never contain a full key', () => {
  const keys = fakeKeyKinds.map((kind) => fakeKey(kind, 'formats'));
  const text = `${keys.map((key, index) => `KEY_${index}_API_KEY=" ${key}"\nkey_${index}_token=${key}\n`).join('')}NEXT_PUBLIC_OPENAI_API_KEY=${keys[2]}\nOPENAI_API_BASE=${keys[0]}\n`;

  it.each(['text', 'json', 'sarif', 'github'])('%s', async (format) => {
    const cwd = await directoryWith(`formats-${format}`, { '.env': text, '.env.local': text.replaceAll('" ', '"') });
    for (const args of [['check', '--format', format], ['fix', '--dry-run', '--format', format], ['diff', '.']]) {
      const result = await cli(cwd, args);
      expect(result.stdout.length).toBeGreaterThan(0);
      for (const key of keys) {
        expect(result.stdout).not.toContain(key);
        expect(result.stderr).not.toContain(key);
      }
    }
  });
});

describe('formats', () => {
  it('json is ESLint-shaped with positions of the key rules', async () => {
    const key = fakeKey('openai-project', 'json');
    const cwd = await directoryWith('json', { '.env': `OPENAI_API_KEY="${key} "\nb=1\n` });
    const result = await cli(cwd, ['check', '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const [entry] = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; endColumn: number; severity: number }[]; errorCount: number; warningCount: number }[];
    expect(entry?.filePath).toBe(join(await import('node:fs/promises').then((fs) => fs.realpath(cwd)), '.env'));
    expect(entry?.messages.map(({ ruleId, line, column, endColumn, severity }) => ({ ruleId, line, column, endColumn, severity }))).toEqual([
      { ruleId: 'key-whitespace', line: 1, column: 17 + key.length, endColumn: 18 + key.length, severity: 2 },
      { ruleId: 'LowercaseKey', line: 2, column: 1, endColumn: 4, severity: 1 },
    ]);
  });

  it('sarif lists the 14 checks and the catalog as rules', async () => {
    const cwd = await directoryWith('sarif', { '.env': 'b=1\n' });
    const result = await cli(cwd, ['check', '--format', 'sarif']);
    const log = JSON.parse(result.stdout) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    const ids = log.runs[0]?.tool.driver.rules.map((rule) => rule.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['DuplicatedKey', 'SchemaViolation', 'ValueWithoutQuotes', 'key-whitespace', 'env-shadowed']));
    expect(log.runs[0]?.results.map((entry) => [entry.ruleId, entry.locations[0]?.physicalLocation.artifactLocation.uri])).toEqual([['LowercaseKey', '.env']]);
  });

  it('sarif passes sarif-multitool validation without warnings', async () => {
    const key = fakeKey('openai-project', 'sarif');
    const cwd = await directoryWith('sarif-valid', { '.env': `OPENAI_API_KEY=" ${key}"\nOPENAI_API_BASE=https://api.openai.com\nb=1\n` });
    const result = await cli(cwd, ['check', '--format', 'sarif']);
    const path = join(cwd, 'out.sarif');
    await writeFile(path, result.stdout);
    const tool = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'sarif-multitool');
    const validation = await run(tool, ['validate', path]);
    expect(validation.stdout).toContain('Analysis completed successfully');
    expect(validation.stdout).not.toMatch(/(?:error|warning) SARIF/);
  }, 60_000);

  it('github prints workflow annotations', async () => {
    const cwd = await directoryWith('github', { '.env': 'b=1\n' });
    const result = await cli(cwd, ['check', '--format', 'github']);
    expect(result.stdout).toBe('::warning file=.env,line=1,col=1,endColumn=4,title=keylint-env (LowercaseKey)::The b key should be in uppercase\n');
  });
});

describe('colours', () => {
  it('colours a TTY like dotenv-linter', async () => {
    const cwd = await directoryWith('colour', { '.env': 'b=1\n' });
    const result = await cli(cwd, ['check'], { tty: true });
    expect(result.stdout).toBe(
      'Checking .env\n\u001b[3m.env:\u001b[0m\u001b[3m1\u001b[0m \u001b[1;31mLowercaseKey\u001b[0m: The b key should be in uppercase\n\n\u001b[1;31mFound 1 problem\u001b[0m\n',
    );
  });

  it.each([
    ['NO_COLOR', { env: { NO_COLOR: '1' }, tty: true }, ['check']],
    ['--plain', { tty: true }, ['--plain', 'check']],
    ['no TTY', {}, ['check']],
  ] as const)('never with %s', async (_label, options, args) => {
    const cwd = await directoryWith(`plain-${_label}`, { '.env': 'b=1\n' });
    expect((await cli(cwd, [...args], options)).stdout).not.toContain('\u001b[');
  });
});

describe('fix', () => {
  it('writes atomically, keeps the backup byte for byte and is idempotent', async () => {
    const original = '\uFEFFb=1\r\nA=2 \r\n# note\r\nC="x y"';
    const cwd = await directoryWith('fix-atomic', { '.env': original });
    const first = await cli(cwd, ['fix']);
    expect(first.exitCode).toBe(0);
    const files = (await readdir(cwd)).sort();
    expect(files).toEqual(['.env', expect.stringMatching(/^\.env_\d+\.bak$/)]);
    expect(await readFile(join(cwd, files[1] ?? ''), 'utf8')).toBe(original);
    const fixed = await readFile(join(cwd, '.env'), 'utf8');
    expect(fixed).toBe('\uFEFFA=2\r\nB=1\r\n# note\r\nC="x y"\r\n');
    const second = await cli(cwd, ['fix']);
    expect(second.stdout).toBe('Fixing .env\n\nNo warnings found\n');
    expect(await readFile(join(cwd, '.env'), 'utf8')).toBe(fixed);
    expect((await readdir(cwd)).length).toBe(2);
  });

  it('fixes standard input as a dry run', async () => {
    const cwd = await directoryWith('fix-stdin', {});
    const result = await cli(cwd, ['fix', '-', '--stdin-filename', '.env'], { stdin: 'b=1\n' });
    expect(result.stdout).toBe('Fixing .env\nDry run - not changing any files on disk.\n\nB=1\n\n\n.env:1 LowercaseKey: The b key should be in uppercase\n\nAll warnings are fixed. Total: 1\n');
    expect(existsSync(join(cwd, '.env'))).toBe(false);
  });
});

describe('the built binary', () => {
  const built = existsSync(join(import.meta.dirname, '..', 'dist', 'cli.js'));

  it('is built before these tests run (pnpm --filter @keylint/dotenv build)', () => {
    expect(built).toBe(true);
  });

  it('checks, exits 1 on problems and prints dotenv-linter lines', async () => {
    const cwd = await directoryWith('bin-check', { '.env': 'b=1\n' });
    const failure = await run('node', [BIN, 'check'], { cwd, env: { ...process.env, NO_COLOR: '1' } }).catch((error: { code: number; stdout: string }) => error);
    expect(failure).toMatchObject({ code: 1, stdout: 'Checking .env\n.env:1 LowercaseKey: The b key should be in uppercase\n\nFound 1 problem\n' });
  });

  it('prints its version and exits 0', async () => {
    const result = await run('node', [BIN, '--version']);
    const manifest = JSON.parse(await readFile(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(result.stdout).toBe(`keylint-env ${manifest.version}\n`);
  });

  it('reads standard input', async () => {
    const child = execFile('node', [BIN, 'check', '-', '--stdin-filename', '.env.local', '--format', 'json'], { cwd: root });
    child.stdin?.end('b=1\n');
    const output = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      let stdout = '';
      child.stdout?.on('data', (chunk: string) => (stdout += chunk));
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(output.code).toBe(1);
    expect((JSON.parse(output.stdout) as { messages: { ruleId: string }[] }[])[0]?.messages.map((message) => message.ruleId)).toEqual(['LowercaseKey']);
  });

  it('exits 2 on a usage error', async () => {
    const failure = await run('node', [BIN, 'lint']).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
  });
});
