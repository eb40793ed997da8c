// The README's main job: `pnpm demo` runs the three surfaces on examples/ and shows the mistakes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fakeKey, fakeKeyKinds } from '@keylint/core/testing';

const examplesDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');

test('the demo runs every surface, shows at least 12 rules and never prints a full key', { timeout: 120_000 }, () => {
  const result = spawnSync(process.execPath, [join(examplesDirectory, 'demo.mjs')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(result.status, 0, result.stderr);
  const output = result.stdout;
  for (const surface of ['ESLint + eslint-plugin-keylint', 'keylint-env check', 'keylint-env doctor', 'keylint-collection']) assert.ok(output.includes(surface), `missing surface ${surface}`);
  const summary = /(\d+) different rules fired across the three surfaces/.exec(output);
  assert.ok(summary !== null && Number(summary[1]) >= 12, `at least 12 rules: ${summary?.[0]}`);
  for (const line of output.split('\n').filter((text) => / problems \(/.test(text))) assert.doesNotMatch(line, /: 0 problems/, line);
  // The demo's keys are seeded by file path; none of any kind may appear in full.
  for (const file of ['.env', '.env.local', '.env.example', 'server/.env', 'server/src/openai.ts', 'server/src/legacy.ts', 'postman/keylint-demo.postman_collection.json', 'postman/local.postman_environment.json', 'README.md']) {
    for (const kind of fakeKeyKinds) assert.ok(!output.includes(fakeKey(kind, file)), `${kind} key from ${file} printed in full`);
  }
  assert.ok(!output.includes(fakeKey('openai-project', 'stale shell export')));
});
