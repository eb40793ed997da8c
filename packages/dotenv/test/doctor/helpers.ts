import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CommandIo } from '../../src/cli-io.js';
import { runDoctorCommand, type DoctorDependencies } from '../../src/doctor/command.js';
import type { DoctorReport } from '../../src/doctor/report.js';

export interface DoctorRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A temporary project directory with the given files; removed by `cleanup`. */
export async function makeProject(files: Readonly<Record<string, string | Uint8Array>>): Promise<{ directory: string; cleanup: () => Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'keylint-doctor-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(directory, name), content);
  return { directory, cleanup: () => rm(directory, { recursive: true, force: true }) };
}

export async function doctor(args: string[], options: { cwd: string; env?: Record<string, string | undefined>; tty?: boolean; dependencies?: DoctorDependencies }): Promise<DoctorRun> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdin: async () => '',
  };
  const code = await runDoctorCommand(args, io, options.dependencies);
  return { code, stdout, stderr };
}

export function parseReport(run: DoctorRun): DoctorReport {
  return JSON.parse(run.stdout) as DoctorReport;
}

/** No output may contain a key, nor a long run of one (a key minus its first or last characters). */
export function expectNoSecret(run: DoctorRun, secrets: readonly string[]): void {
  const output = run.stdout + run.stderr;
  for (const secret of secrets) {
    expect(output).not.toContain(secret);
    if (secret.length >= 24) expect(output).not.toContain(secret.slice(8, -4));
  }
}
