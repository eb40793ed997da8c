import type { CommandIo } from '../../src/cli-io.js';

export interface CapturedIo extends CommandIo {
  readonly output: { stdout: string; stderr: string };
}

/** A CommandIo that records what a command prints; no TTY, empty environment unless given. */
export function captureIo(options: { cwd: string; env?: Record<string, string>; stdin?: string; tty?: boolean }): CapturedIo {
  const output = { stdout: '', stderr: '' };
  return {
    output,
    stdout: (text) => {
      output.stdout += text;
    },
    stderr: (text) => {
      output.stderr += text;
    },
    cwd: options.cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdin: async () => options.stdin ?? '',
  };
}
