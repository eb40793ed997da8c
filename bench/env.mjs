// Benchmark 1: `keylint-env check` on 2,000 generated .env files × 50 lines, against the floor of
// merely reading and dotenv.parse()-ing them; plus whole-process time on one small file (startup).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeKey } from '@keylint/core/testing';
import { formatMilliseconds, markdownTable, median, seededRandom, timeCommand } from './lib/measure.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const FILE_NAMES = ['.env', '.env.local', '.env.development', '.env.development.local', '.env.production', '.env.production.local', '.env.test', '.env.staging', '.env.example', '.env.ci'];
const WORDS = ['DATABASE', 'REDIS', 'STRIPE', 'SENTRY', 'OPENAI', 'ANTHROPIC', 'APP', 'FEATURE', 'CACHE', 'QUEUE', 'S3', 'MAIL', 'AUTH', 'LOG', 'GROQ'];
const SUFFIXES = ['URL', 'HOST', 'PORT', 'TIMEOUT', 'ENABLED', 'NAME', 'LEVEL', 'API_KEY', 'REGION', 'BASE_URL', 'SECRET', 'TOKEN'];

function generateEntry(random, fileIndex, lineIndex, template) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const name = `${pick(WORDS)}_${pick(SUFFIXES)}_${lineIndex}`;
  if (/API_KEY|TOKEN|SECRET/.test(name)) return { name, value: template ? '' : fakeKey(random() < 0.5 ? 'openai-project' : 'anthropic', `${fileIndex}:${lineIndex}`) };
  if (name.includes('URL')) return { name, value: `https://${pick(WORDS).toLowerCase()}.example.com/v1` };
  return { name, value: String(Math.floor(random() * 100000)) };
}

export function generateEnvTree(root, { files = 2000, linesPerFile = 50 } = {}) {
  rmSync(root, { recursive: true, force: true });
  const random = seededRandom(20261127);
  for (let fileIndex = 0; fileIndex < files; fileIndex += 1) {
    const directory = join(root, `service-${String(Math.floor(fileIndex / FILE_NAMES.length)).padStart(3, '0')}`);
    mkdirSync(directory, { recursive: true });
    // Files people keep under dotenv-linter are mostly clean: keys sorted, a mistake here and there.
    const fileName = FILE_NAMES[fileIndex % FILE_NAMES.length];
    const entries = Array.from({ length: linesPerFile - 5 }, (_, lineIndex) => generateEntry(random, fileIndex, lineIndex, fileName === '.env.example'));
    entries.sort((left, right) => (left.name < right.name ? -1 : 1));
    const lines = entries.map(({ name, value }) => `${name}=${value}`);
    if (random() < 0.3) lines.push('debug_level = 2');
    while (lines.length < linesPerFile) lines.unshift(`# ${WORDS[lines.length % WORDS.length].toLowerCase()} settings`);
    writeFileSync(join(directory, fileName), `${lines.join('\n')}\n`);
  }
}

export function runEnvBenchmark({ runs = 5 } = {}) {
  const workDirectory = join(benchDirectory, '.work');
  const tree = join(workDirectory, 'env-tree');
  generateEnvTree(tree);
  const keylintEnv = join(dirname(require.resolve('@keylint/dotenv/package.json')), 'bin', 'keylint-env.js');
  const floor = median(timeCommand(process.execPath, [join(benchDirectory, 'env-floor.mjs'), tree], { runs }));
  const keylint = median(timeCommand(process.execPath, [keylintEnv, 'check', '--recursive', '--quiet', tree], { runs }));
  const smallFile = join(workDirectory, 'small', '.env');
  mkdirSync(dirname(smallFile), { recursive: true });
  writeFileSync(smallFile, 'APP_NAME=demo\nLOG_LEVEL=info\n');
  const nodeStartup = median(timeCommand(process.execPath, ['-e', '0'], { runs: 15 }));
  const startup = median(timeCommand(process.execPath, [keylintEnv, 'check', smallFile], { runs: 15 }));
  const ratio = keylint / floor;
  return {
    title: '1. `.env` throughput — 2,000 files × 50 lines',
    table: markdownTable(
      ['what', 'median', 'ratio to floor', 'goal'],
      [
        ['floor: read + `dotenv.parse` every file (one Node process)', formatMilliseconds(floor), '1.00×', ''],
        ['`keylint-env check --recursive` (14 dotenv-linter checks + key rules + cross-file)', formatMilliseconds(keylint), `${ratio.toFixed(2)}×`, `≤ 1.5× ${ratio <= 1.5 ? '✅' : '❌'}`],
        ['`keylint-env check` on one small file (whole process)', formatMilliseconds(startup), '', `< 100 ms ${startup < 100 ? '✅' : '❌'}`],
        ['`node -e 0` (bare Node startup, for reference)', formatMilliseconds(nodeStartup), '', ''],
      ],
    ),
    goalsMet: ratio <= 1.5 && startup < 100,
  };
}
