import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { captureIo } from '../helpers/io.js';

/**
 * `check --recursive` on a deeply nested tree with a `.env` at every level: finding each file's project root walked
 * every ancestor for every file (1000 levels took 150 s). Ratio guard: ten times the depth, at most fifteen times the
 * time (plus a constant for a loaded machine).
 */
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'keylint-env-deep-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function tree(name: string, depth: number): Promise<string> {
  const top = join(root, name);
  let directory = top;
  for (let level = 0; level < depth; level += 1) {
    directory = join(directory, 'd');
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, '.env'), 'A=1\n');
  }
  return top;
}

async function timedCheck(directory: string): Promise<number> {
  const io = captureIo({ cwd: directory });
  const started = performance.now();
  const code = await runCli(['check', '--recursive', '--quiet', '.'], io);
  const elapsed = performance.now() - started;
  expect(code).toBe(0);
  expect(io.output.stderr).toBe('');
  expect(io.output.stdout.length).toBe(0);
  return elapsed;
}

describe('keylint-env check --recursive on a deep tree', () => {
  it('is linear in the depth (60 and 600 levels)', async () => {
    const small = await tree('small', 60);
    const large = await tree('large', 600);
    await timedCheck(await tree('warm', 5));
    const smallTime = await timedCheck(small);
    const largeTime = await timedCheck(large);
    expect(largeTime, `${Math.round(largeTime)} ms at 600 levels vs ${Math.round(smallTime)} ms at 60`).toBeLessThan(15 * smallTime + 1_500);
  }, 120_000);
});
