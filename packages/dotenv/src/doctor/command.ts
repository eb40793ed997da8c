import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, emptyConfig, envFileLoadOrder, redactSecretsInText, type KeylintConfig } from '@keylint/core';
import type { CommandIo } from '../cli-io.js';
import { loadConfig } from '../cli/config.js';
import { detectLoader } from '../cli/loader.js';
import { DOCTOR_HELP, DoctorUsageError, parseDoctorArguments } from './arguments.js';
import { buildReport } from './build-report.js';
import { diagnose } from './diagnose.js';
import { modelsUrlFor } from './online.js';
import { readEnvFiles } from './read-env-files.js';
import { renderDoctorText } from './render-text.js';
import { onlineTargets, runOnline, type OnlineResult } from './run-online.js';

/**
 * `keylint-env doctor [dir]`: which key will the app actually send, and is it any good?
 * Exit 0 when every key found is fine, 1 when there are problems, 2 on usage errors (including
 * an --online base URL the key must not be sent to).
 */

export interface DoctorDependencies {
  /** Replaces global fetch for --online (tests of failures a local server cannot produce). */
  readonly fetch?: typeof fetch;
}

const PREFIX = 'keylint-env doctor';

function usageError(io: CommandIo, message: string): number {
  io.stderr(`${PREFIX}: ${message}\nRun "keylint-env doctor --help" for usage.\n`);
  return 2;
}

async function isDirectory(path: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? { ok: true } : { ok: false, reason: 'is not a directory (doctor reads the .env files of a directory)' };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, reason: code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'permission denied' : String(code ?? error) };
  }
}

export async function runDoctorCommand(args: string[], io: CommandIo, dependencies: DoctorDependencies = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseDoctorArguments(args);
  } catch (error) {
    if (error instanceof DoctorUsageError) return usageError(io, error.message);
    throw error;
  }
  if (parsed.help) {
    io.stdout(DOCTOR_HELP);
    return 0;
  }
  if (parsed.baseUrl !== undefined) {
    const target = modelsUrlFor(parsed.baseUrl);
    if ('refused' in target) return usageError(io, `--base-url: ${target.refused}`);
  }
  const directory = resolve(io.cwd, parsed.directory ?? '.');
  const directoryCheck = await isDirectory(directory);
  if (!directoryCheck.ok) return usageError(io, `${directory} ${directoryCheck.reason}`);

  let config: KeylintConfig = emptyConfig;
  try {
    // The config that applies to the directory examined, found from there upwards like `check` does from the working directory.
    if (!parsed.noConfig) config = (parsed.config === undefined ? await loadConfig(directory) : await loadConfig(io.cwd, parsed.config)).config;
  } catch (error) {
    if (error instanceof ConfigError) return usageError(io, error.message);
    throw error;
  }
  // The same choice as `check`: the option, the config, then what the project's package.json depends on.
  const loader = parsed.loader ?? config.loader ?? (await detectLoader(directory));
  const loaderFrom = parsed.loader !== undefined ? 'option' : config.loader !== undefined ? 'config' : loader === 'dotenv' ? 'default' : 'package.json';
  const mode = parsed.mode;

  let files;
  try {
    files = await readEnvFiles(directory);
  } catch (error) {
    return usageError(io, `${directory}: cannot list the directory (${(error as { code?: unknown }).code ?? String(error)})`);
  }
  const diagnosis = diagnose({ files, processEnv: io.env, loader, mode, keyVariables: config.keyVariables, severities: config.rules });

  const onlineResults: OnlineResult[] = [];
  let skipped: { name: string; reason: string }[] = [];
  if (parsed.online) {
    const planned = onlineTargets(diagnosis, parsed.baseUrl);
    skipped = planned.skipped;
    for (const target of planned.targets) onlineResults.push(await runOnline(target, parsed.timeoutMs, dependencies.fetch));
  }

  const report = buildReport({ directory, loader, loaderFrom, mode, online: parsed.online, files, loadOrder: envFileLoadOrder(loader, mode), diagnosis, onlineResults, onlineSkipped: skipped });
  const color = parsed.format === 'text' && !parsed.plain && io.stdoutIsTTY && (io.env['NO_COLOR'] ?? '') === '';
  const output = parsed.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderDoctorText(report, { color, quiet: parsed.quiet });
  // Every value went through fingerprint() already; this is the last line of defence.
  io.stdout(redactSecretsInText(output, diagnosis.secrets));
  for (const error of report.errors) io.stderr(`${PREFIX}: ${error}\n`);

  const refused = onlineResults.find((result) => result.refused);
  if (refused !== undefined) {
    io.stderr(`${PREFIX}: ${redactSecretsInText(refused.explanation.lines.join(' '), diagnosis.secrets)}\n`);
    return 2;
  }
  return report.ok ? 0 : 1;
}
