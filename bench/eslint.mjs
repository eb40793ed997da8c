// Benchmark 2: what eslint-plugin-keylint's recommended config adds to ESLint on a large real
// codebase that is not ours (three.js's src/, installed from npm), beside eslint-plugin-no-secrets.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMilliseconds, markdownTable, median, timeCommand } from './lib/measure.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export function runEslintBenchmark({ runs = 5 } = {}) {
  // three's `exports` hides package.json: find the package folder from its main entry.
  const entry = require.resolve('three');
  const packageDirectory = entry.slice(0, entry.lastIndexOf('/node_modules/three/') + '/node_modules/three'.length);
  const { version } = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8'));
  const source = join(packageDirectory, 'src');
  const runner = join(benchDirectory, 'eslint-runner.mjs');
  const describe = (setup) => JSON.parse(execFileSync(process.execPath, [runner, setup, source], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const files = describe('parser-only').files;
  const time = (setup) => median(timeCommand(process.execPath, [runner, setup, source], { runs }));
  const parserOnly = time('parser-only');
  const literalRule = time('literal-rule');
  const keylint = time('keylint');
  const noSecrets = time('no-secrets');
  const overhead = (value) => (value - parserOnly) / parserOnly;
  const keylintOverhead = overhead(keylint);
  const literalOverhead = overhead(literalRule);
  // What keylint costs beyond the price of having any rule that visits every literal.
  const aboveBaseline = (keylint - literalRule) / literalRule;
  const noSecretsOverhead = overhead(noSecrets);
  return {
    title: `2. ESLint overhead — three.js ${version} \`src/\` (${files} files, real code that is not ours)`,
    table: markdownTable(
      ['setup', 'median (whole ESLint run)', 'overhead vs parser only', 'problems reported', 'goal'],
      [
        ['parser only (no rules)', formatMilliseconds(parserOnly), '—', String(describe('parser-only').problems), ''],
        ['+ one trivial rule listening to every `Literal` (baseline)', formatMilliseconds(literalRule), `${(literalOverhead * 100).toFixed(1)}%`, String(describe('literal-rule').problems), ''],
        ['+ `keylint.configs.recommended`', formatMilliseconds(keylint), `${(keylintOverhead * 100).toFixed(1)}% (${(aboveBaseline * 100).toFixed(1)}% above the baseline)`, String(describe('keylint').problems), `≤ 5% above the baseline ${aboveBaseline <= 0.05 ? '✅' : '❌'}`],
        ['+ `eslint-plugin-no-secrets`', formatMilliseconds(noSecrets), `${(noSecretsOverhead * 100).toFixed(1)}%`, String(describe('no-secrets').problems), ''],
      ],
    ),
    note: `keylint's overhead is ${noSecretsOverhead > 0 ? `${((keylintOverhead / noSecretsOverhead) * 100).toFixed(0)}% of` : 'compared with'} no-secrets' overhead.`,
    goalsMet: aboveBaseline <= 0.05 && keylintOverhead < noSecretsOverhead,
  };
}
