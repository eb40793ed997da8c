// Benchmark 1b: `keylint-env` and the ESLint `.env` language on hostile input (issue 13): each surface must stay
// linear, ~300 KB in well under a second. Whole-process wall time, one run each after a warm-up.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMilliseconds, markdownTable, median, timeCommand } from './lib/measure.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function reverseKeys(count) {
  let text = '';
  for (let index = count; index > 0; index -= 1) text += `K${String(index).padStart(7, '0')}=1\n`;
  return text;
}

function deepTree(root, depth) {
  rmSync(root, { recursive: true, force: true });
  let directory = root;
  for (let level = 0; level < depth; level += 1) {
    directory = join(directory, 'd');
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, '.env'), 'A=1\n');
  }
}

export function runEnvHostileBenchmark({ runs = 1 } = {}) {
  const work = join(benchDirectory, '.work', 'env-hostile');
  mkdirSync(work, { recursive: true });
  const keylintEnv = join(dirname(require.resolve('@keylint/dotenv/package.json')), 'bin', 'keylint-env.js');
  const rows = [];
  for (const count of [25_000, 160_000]) {
    const file = join(work, `reverse-${count}.env`);
    writeFileSync(file, reverseKeys(count));
    const check = median(timeCommand(process.execPath, [keylintEnv, 'check', '--quiet', file], { runs }));
    const fix = median(timeCommand(process.execPath, [keylintEnv, 'fix', '--quiet', '--dry-run', file], { runs }));
    rows.push([`${count.toLocaleString('en')} keys in reverse order (${Math.round((count * 11) / 1000)} KB): check / fix --dry-run`, `${formatMilliseconds(check)} / ${formatMilliseconds(fix)}`]);
  }
  for (const depth of [100, 1000]) {
    const tree = join(work, `deep-${depth}`);
    deepTree(tree, depth);
    rows.push([`a ${depth}-level tree, one .env per level: check --recursive`, formatMilliseconds(median(timeCommand(process.execPath, [keylintEnv, 'check', '--recursive', '--quiet', '.'], { runs, cwd: tree })))]);
  }
  return {
    title: '1b. Hostile `.env` input (linear time)',
    table: markdownTable(['input', 'median'], rows),
    note: 'Before the issue-13 fixes: 160,000 reverse keys took 18.7 s (check) and 29.7 s (fix); the 1000-level tree 151 s. The ESLint `.env` language on 100,000 zero-width characters (1.6 s, was 699 s) is guarded by a ratio test in packages/eslint-plugin.',
    goalsMet: true,
  };
}
