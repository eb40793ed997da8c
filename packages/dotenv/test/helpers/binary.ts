import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** The built binary, as users run it (build first: `pnpm --filter @keylint/dotenv build`). */
export const KEYLINT_ENV_BIN = join(import.meta.dirname, '..', '..', 'bin', 'keylint-env.js');

export interface BinaryRun {
  /** The exit code, `'timed out'` when the run was killed at its timeout, -1 for any other failure to run. */
  readonly code: number | 'timed out';
  readonly stdout: string;
  readonly stderr: string;
}

export interface BinaryOptions {
  /** Variables besides PATH and NO_COLOR=1 (the rest of the environment is left out). */
  readonly env?: Readonly<Record<string, string>>;
  /** Text written to standard input, which is then closed. */
  readonly stdin?: string;
  readonly timeoutMs?: number;
}

/** Runs `keylint-env <args>` in `cwd` in its own process and collects its exit code and output. */
export function runKeylintEnv(cwd: string, args: readonly string[], options: BinaryOptions = {}): Promise<BinaryRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [KEYLINT_ENV_BIN, ...args],
      { cwd, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...options.env }, timeout: options.timeoutMs ?? 30_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : error.killed === true ? 'timed out' : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  });
}
