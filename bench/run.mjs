// `pnpm bench`: runs the five benchmarks (each against its peers in the same run), prints the
// tables and writes them into bench/README.md between the results markers.
// `node bench/run.mjs --only env,eslint` runs a subset; `--runs 3` changes the repetitions.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCollectionBenchmark } from './collection.mjs';
import { runDetectionBenchmark } from './detection.mjs';
import { runEnvBenchmark } from './env.mjs';
import { runEnvHostileBenchmark } from './env-hostile.mjs';
import { runEslintBenchmark } from './eslint.mjs';
import { runPrecisionBenchmark } from './precision.mjs';
import { machineDescription } from './lib/measure.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const argumentsList = process.argv.slice(2);
const optionValue = (name) => {
  const index = argumentsList.indexOf(name);
  return index === -1 ? undefined : argumentsList[index + 1];
};
const only = optionValue('--only')?.split(',');
const runs = Number(optionValue('--runs') ?? 5);
const benchmarks = [
  ['env', () => runEnvBenchmark({ runs })],
  ['env-hostile', () => runEnvHostileBenchmark()],
  ['eslint', () => runEslintBenchmark({ runs })],
  ['detection', () => runDetectionBenchmark()],
  ['collection', () => runCollectionBenchmark({ runs })],
  ['precision', () => runPrecisionBenchmark()],
];

const sections = [];
for (const [name, run] of benchmarks) {
  if (only !== undefined && !only.includes(name)) continue;
  process.stderr.write(`running ${name}…\n`);
  const result = await run();
  const section = [`### ${result.title}`, '', result.table, ...(result.note ? ['', result.note] : [])].join('\n');
  console.log(`\n${section}`);
  sections.push(section);
}

if (only === undefined) {
  const readmePath = join(benchDirectory, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const begin = '<!-- begin results (written by bench/run.mjs) -->';
  const end = '<!-- end results -->';
  const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${machineDescription()} with \`pnpm bench\` (medians of ${runs} runs after a warm-up; whole-process wall time).`;
  const body = `${begin}\n${header}\n\n${sections.join('\n\n')}\n${end}`;
  const beginIndex = readme.indexOf(begin);
  const endIndex = readme.indexOf(end);
  writeFileSync(readmePath, beginIndex === -1 ? `${readme}\n${body}\n` : `${readme.slice(0, beginIndex)}${body}${readme.slice(endIndex + end.length)}`);
}
