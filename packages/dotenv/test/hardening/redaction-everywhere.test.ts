import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeKey, fakeKeyKinds } from '@keylint/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeylintEnv, type BinaryRun } from '../helpers/binary.js';

/**
 * A key can reach the output without being a value: in a file or directory name, a command-line
 * argument, a config or schema file, a key pasted on a line of its own. Through the built binary,
 * in every format, no output may hold it in full.
 */
const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'keylint-env-redaction-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  readonly code: BinaryRun['code'];
  readonly output: string;
}

async function keylintEnv(cwd: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<Run> {
  const run = await runKeylintEnv(cwd, args, { stdin: 'b=1\n', env });
  return { code: run.code, output: run.stdout + run.stderr };
}

let counter = 0;
async function freshDirectory(files: Record<string, string> = {}): Promise<string> {
  counter += 1;
  const directory = join(root, `case-${counter}`);
  await mkdir(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(directory, name), text);
  return directory;
}

/** Keys whose characters a file name can hold (every kind but none with a slash). */
const KEYS = fakeKeyKinds.map((kind) => fakeKey(kind, 'redaction-everywhere')).filter((key) => !key.includes('/'));

function expectNoKey(run: Run, key: string, label: string): void {
  expect(run.output.includes(key), `${label}: the full key is in the output:\n${run.output.slice(0, 2000)}`).toBe(false);
}

describe('keylint-env: no full key in any output, whatever carries it', () => {
  it('a key in a file name, in every format, for check and fix', async () => {
    for (const key of KEYS) {
      const name = `.env.${key}`;
      const directory = await freshDirectory({ [name]: 'b=1\n' });
      for (const format of FORMATS) {
        expectNoKey(await keylintEnv(directory, ['check', '--format', format, name]), key, `check --format ${format}`);
        expectNoKey(await keylintEnv(directory, ['check', '--format', format]), key, `check --format ${format} (found by the search)`);
      }
      expectNoKey(await keylintEnv(directory, ['fix', '--dry-run', name]), key, 'fix --dry-run');
      expectNoKey(await keylintEnv(directory, ['fix', name]), key, 'fix');
    }
  }, 120_000);

  it('a key in a directory name, a missing path, --stdin-filename and diff file names', async () => {
    const key = fakeKey('openai-project', 'directory');
    const directory = await freshDirectory({ '.env': 'A=1\n', '.env.other': 'B=1\n' });
    await mkdir(join(directory, key));
    await writeFile(join(directory, key, '.env'), 'c=1\n');
    for (const format of FORMATS) {
      expectNoKey(await keylintEnv(directory, ['check', '--format', format, key]), key, `directory, ${format}`);
      expectNoKey(await keylintEnv(directory, ['check', '--format', format, `missing-${key}`]), key, `missing path, ${format}`);
      expectNoKey(await keylintEnv(directory, ['check', '--format', format, '--stdin-filename', key, '-']), key, `--stdin-filename, ${format}`);
    }
    expectNoKey(await keylintEnv(directory, ['diff', '.env', join(key, '.env')]), key, 'diff');
    expectNoKey(await keylintEnv(directory, ['doctor', key]), key, 'doctor directory');
    expectNoKey(await keylintEnv(directory, ['doctor', `missing-${key}`]), key, 'doctor missing directory');
  }, 120_000);

  it('a key as a command-line argument', async () => {
    const key = fakeKey('anthropic', 'argument');
    const directory = await freshDirectory({ '.env': 'A=1\n' });
    for (const args of [['check', '--ignore-checks', key], ['check', `--${key}`], ['check', '--format', key], [key], ['check', '--exclude', key, '--format', 'json'], ['doctor', '--loader', key], ['doctor', `--${key}`]]) {
      expectNoKey(await keylintEnv(directory, args), key, args.map((arg) => arg.replace(key, '<key>')).join(' '));
    }
    const fromEnvironment = await keylintEnv(directory, ['check'], { DOTENV_LINTER_IGNORE_CHECKS: key });
    expectNoKey(fromEnvironment, key, 'DOTENV_LINTER_IGNORE_CHECKS');
  }, 120_000);

  it('a key in a config file or a schema file, in every format', async () => {
    const key = fakeKey('openai-project', 'config');
    const configs = [{ rules: { [key]: 'warn' } }, { rules: { 'key-format': key } }, { loader: key }, { keyVariables: [{ name: key }] }, { [key]: true }];
    for (const config of configs) {
      const directory = await freshDirectory({ '.env': 'A=1\n', 'keylint.config.json': JSON.stringify(config) });
      for (const format of FORMATS) {
        expectNoKey(await keylintEnv(directory, ['check', '--format', format]), key, `config ${JSON.stringify(config).slice(0, 40)}, ${format}`);
        expectNoKey(await keylintEnv(directory, ['doctor', '--format', format === 'text' ? 'text' : 'json']), key, `doctor config, ${format}`);
      }
    }
    const schemas = [
      { version: '0.1.0', entries: { A: { type: key } } },
      { version: key, entries: {} },
      { version: '0.1.0', entries: { [key]: 'x' } },
      { version: '0.1.0', entries: { A: { type: 'String', regex: `(${key}` } } },
      `{"version": "${key}`,
    ];
    for (const schema of schemas) {
      const directory = await freshDirectory({ '.env': 'A=1\n', 'schema.json': typeof schema === 'string' ? schema : JSON.stringify(schema) });
      for (const format of FORMATS) expectNoKey(await keylintEnv(directory, ['check', '--schema', 'schema.json', '--format', format]), key, `schema, ${format}`);
    }
  }, 120_000);

  it('diff: a key pasted on a line of its own is a "missing key" that is printed redacted', async () => {
    for (const key of KEYS) {
      const directory = await freshDirectory({ '.env': `A=1\n${key}\n`, '.env.example': 'A=\n' });
      const run = await keylintEnv(directory, ['diff', '.env', '.env.example']);
      expect(run.code).toBe(1);
      expect(run.output).toContain('.env.example is missing keys: ');
      expectNoKey(run, key, 'diff');
    }
  }, 120_000);
});
