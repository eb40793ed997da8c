// Timing helpers shared by the benchmarks: whole-process wall time, medians and ratios.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** Runs a command `runs` times (after one warm-up) and returns the wall times in milliseconds. */
export function timeCommand(command, args, { runs = 5, cwd, env, acceptExitCodes = [0, 1] } = {}) {
  const times = [];
  for (let index = 0; index <= runs; index += 1) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (!acceptExitCodes.includes(result.status)) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${(result.stderr || result.stdout).slice(0, 500)}`);
    }
    if (index > 0) times.push(elapsed);
  }
  return times;
}

export function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function formatMilliseconds(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

export function machineDescription() {
  const processors = cpus();
  return `${processors.length} × ${processors[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

/** A Markdown table from a header row and data rows. */
export function markdownTable(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** Seeded random numbers (core's mulberry32), so generated inputs are the same on every run. */
export { createRandom as seededRandom } from '@keylint/core/testing';
