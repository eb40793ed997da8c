import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint } from '@keylint/core';
import { fakeKey } from '@keylint/core/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DoctorReport } from '../../src/doctor/report.js';
import { makeProject } from './helpers.js';
import { startMockServer, type MockServer } from './mock-openai-server.js';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(packageDirectory, 'bin', 'keylint-env.js');
const key = fakeKey('openai-project', 'end-to-end');
const stale = fakeKey('openai-project', 'end-to-end-stale');

let server: MockServer;
let project: { directory: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  // The bin runs the built package; turbo builds before testing, this covers a bare `vitest run`.
  if (!existsSync(join(packageDirectory, 'dist', 'cli.js')) || !existsSync(join(packageDirectory, 'dist', 'doctor', 'command.js'))) {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', join(packageDirectory, 'tsconfig.build.json')], { stdio: 'inherit' });
  }
  server = await startMockServer();
  project = await makeProject({ '.env': 'PORT=3000\n', '.env.local': `OPENAI_API_KEY=${key}\n` });
}, 120_000);

afterAll(async () => {
  await server.close();
  await project.cleanup();
});

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: project.directory, env: { PATH: process.env['PATH'] ?? '', ...env } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

it('keylint-env doctor --online through the real bin: Next.js loads .env.local, the key works, nothing leaks', async () => {
  const text = await run(['doctor', '--loader', 'nextjs', '--online', '--base-url', server.baseUrl('ok')], { NO_COLOR: '1' });
  expect(text.stderr).toBe('');
  expect(text.code).toBe(0);
  expect(text.stdout).toContain(`* .env.local:1`);
  expect(text.stdout).toContain(fingerprint(key));
  expect(text.stdout).toContain('Works: 127.0.0.1:');
  expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${key}`);

  const json = await run(['doctor', '--loader', 'nextjs', '--online', '--base-url', server.baseUrl('invalid-key'), '--format', 'json'], { OPENAI_API_KEY: stale });
  expect(json.code).toBe(1);
  const report = JSON.parse(json.stdout) as DoctorReport;
  expect(report.variables[0]).toMatchObject({ name: 'OPENAI_API_KEY', winner: { source: 'process.env', fingerprint: fingerprint(stale) }, online: { verdict: 'invalid-key' } });
  expect(report.variables[0]?.online?.lines[1]).toMatch(/stale key/);

  for (const output of [text.stdout, text.stderr, json.stdout, json.stderr]) {
    expect(output).not.toContain(key);
    expect(output).not.toContain(stale);
  }
});

it('usage errors exit 2 through the real bin', async () => {
  const result = await run(['doctor', '--loader', 'rails'], {});
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('--loader must be dotenv, nextjs or vite');
});
