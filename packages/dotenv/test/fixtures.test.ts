import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { redact } from '@keylint/core';
import { fakeKey, type FakeKeyKind } from '@keylint/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '@keylint/core';
import { runCli } from '../src/cli.js';
import { captureIo } from './helpers/io.js';

/**
 * Fixture folders: `input/` is copied to a temp dir (the working directory), with
 * `{{FAKE:kind[:seed]}}` replaced by a fake key built at run time. `args` holds the arguments
 * (default `check`), `env` extra environment lines, `stdin` standard input,
 * `cwd` a subdirectory to run in. Expectations: `expected.txt` (exact stdout), `expected-exit`, `expected-stderr.txt`, `expected-contains.txt`
 * (lines stdout must contain, for trees the keylint rules must flag), `expected.json` (parsed
 * stdout), `after/` (files after the run). `{{REDACTED:kind[:seed]}}` in expectations is the
 * redacted fake key.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(FIXTURES).filter((name) => statSync(join(FIXTURES, name)).isDirectory()).sort();
const temporaryDirectories: string[] = [];

afterAll(async () => {
  await Promise.all(temporaryDirectories.map((directory) => rm(directory, { recursive: true, force: true })));
});

const usedKeys = new Set<string>();

function fillKeys(text: string): string {
  return text.replace(/\{\{(FAKE|REDACTED):([a-z-]+)(?::([\w-]+))?\}\}/g, (_match, mode: string, kind: string, seed: string | undefined) => {
    const key = fakeKey(kind as FakeKeyKind, seed ?? 1);
    usedKeys.add(key);
    return mode === 'FAKE' ? key : redact(key);
  });
}

async function fillDirectory(directory: string): Promise<void> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) await fillDirectory(path);
    else if (entry.isFile() && entry.name !== '.gitkeep') {
      const text = await readFile(path, 'utf8');
      if (text.includes('{{')) await writeFile(path, fillKeys(text));
    }
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  return existsSync(path) ? readFile(path, 'utf8') : undefined;
}

function normalize(text: string, cwd: string): string {
  return text.replaceAll(cwd, '<cwd>').replace(/_\d{9,}(_\d+)?\.bak/g, '_<seconds>.bak');
}

async function listFiles(directory: string, base = directory): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path, base)));
    else if (entry.name !== '.gitkeep') files.push(relative(base, path));
  }
  return files.sort();
}

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('%s', async (name) => {
    const fixture = join(FIXTURES, name);
    const cwd = await mkdtemp(join(tmpdir(), `keylint-env-${name}-`));
    temporaryDirectories.push(cwd);
    await cp(join(fixture, 'input'), cwd, { recursive: true });
    await fillDirectory(cwd);
    const args = ((await readOptional(join(fixture, 'args'))) ?? 'check').trim().split(/\s+/);
    const env = Object.fromEntries(
      ((await readOptional(join(fixture, 'env'))) ?? '')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const stdin = await readOptional(join(fixture, 'stdin'));
    const subdirectory = (await readOptional(join(fixture, 'cwd')))?.trim();
    const io = captureIo({ cwd: subdirectory === undefined ? cwd : join(cwd, subdirectory), env, ...(stdin === undefined ? {} : { stdin: fillKeys(stdin) }) });
    const exitCode = await runCli(args, io);
    const stdout = normalize(io.output.stdout, cwd);
    const stderr = normalize(io.output.stderr, cwd);

    for (const key of usedKeys) {
      expect(io.output.stdout).not.toContain(key);
      expect(io.output.stderr).not.toContain(key);
    }
    const expectedExit = await readOptional(join(fixture, 'expected-exit'));
    expect({ exitCode, stderr: stderr.length > 0 ? stderr : undefined }).toMatchObject({ exitCode: Number((expectedExit ?? '0').trim()) });
    const expectedText = await readOptional(join(fixture, 'expected.txt'));
    if (expectedText !== undefined) expect(stdout).toBe(fillKeys(expectedText));
    const expectedStderr = await readOptional(join(fixture, 'expected-stderr.txt'));
    if (expectedStderr !== undefined) expect(stderr).toBe(fillKeys(expectedStderr));
    else expect(stderr).toBe('');
    const expectedContains = await readOptional(join(fixture, 'expected-contains.txt'));
    if (expectedContains !== undefined) {
      const ids = new Set(rules.map((rule) => rule.id));
      for (const line of fillKeys(expectedContains).split('\n').filter((entry) => entry.trim().length > 0)) {
        // `file:line rule-id` prefixes; a rule other helpers have not landed yet must then be absent.
        const ruleId = /^\S+ ([a-z-]+)/.exec(line)?.[1] ?? '';
        if (ids.has(ruleId)) expect(stdout.split('\n').some((outputLine) => outputLine.startsWith(line))).toBe(true);
        else expect(stdout).not.toContain(` ${ruleId}:`);
      }
    }
    const expectedJson = await readOptional(join(fixture, 'expected.json'));
    if (expectedJson !== undefined) expect(JSON.parse(stdout)).toEqual(JSON.parse(fillKeys(expectedJson)));
    if (existsSync(join(fixture, 'after'))) {
      const after = join(fixture, 'after');
      const expectedFiles = await listFiles(after);
      const actualFiles = (await listFiles(cwd)).map((file) => file.replace(/_\d{9,}(_\d+)?\.bak$/, '_<seconds>.bak'));
      expect(actualFiles).toEqual(expectedFiles);
      for (const file of expectedFiles) {
        if (file.endsWith('_<seconds>.bak')) continue;
        expect(await readFile(join(cwd, file), 'utf8')).toBe(fillKeys(await readFile(join(after, file), 'utf8')));
      }
    }
  });
});
