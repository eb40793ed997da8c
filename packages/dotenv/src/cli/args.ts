import { isOutputFormat, type OutputFormat } from '@keylint/core';
import { lookupTable } from '@keylint/core';


export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type CommandName = 'check' | 'fix' | 'diff';

export interface ParsedArgs {
  readonly command: CommandName | 'help' | 'version';
  readonly paths: string[];
  readonly exclude: string[];
  readonly ignoreChecks: string[];
  readonly recursive: boolean;
  readonly quiet: boolean;
  readonly plain: boolean;
  readonly schema?: string;
  readonly noBackup: boolean;
  readonly dryRun: boolean;
  readonly format: OutputFormat;
  readonly config?: string;
  readonly noConfig: boolean;
  readonly stdinFilename?: string;
}

const VALUE_FLAGS = lookupTable<string>({
  '-e': 'exclude',
  '--exclude': 'exclude',
  '-i': 'ignore-checks',
  '--ignore-checks': 'ignore-checks',
  '-s': 'schema',
  '--schema': 'schema',
  '-f': 'format',
  '--format': 'format',
  '-c': 'config',
  '--config': 'config',
  '--stdin-filename': 'stdin-filename',
});

const BOOLEAN_FLAGS = lookupTable<string>({
  '-r': 'recursive',
  '--recursive': 'recursive',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '--plain': 'plain',
  '--no-color': 'plain',
  '--no-backup': 'no-backup',
  '--dry-run': 'dry-run',
  '--no-config': 'no-config',
  '--skip-updates': 'skip-updates',
  '-h': 'help',
  '--help': 'help',
  '-V': 'version',
  '--version': 'version',
});

/** Which flags each subcommand takes (as upstream's clap definitions, plus ours). */
const COMMAND_FLAGS: Readonly<Record<CommandName, ReadonlySet<string>>> = {
  check: new Set(['exclude', 'ignore-checks', 'recursive', 'schema', 'skip-updates', 'format', 'config', 'no-config', 'stdin-filename']),
  fix: new Set(['exclude', 'ignore-checks', 'recursive', 'no-backup', 'dry-run', 'format', 'config', 'no-config', 'stdin-filename']),
  diff: new Set(['config', 'no-config']),
};
const GLOBAL_FLAGS = new Set(['quiet', 'plain', 'help', 'version']);

/** Parses `keylint-env [--plain] [-q] <check|fix|diff> [options] [paths…]`. `doctor` is dispatched before this. */
export function parseArgs(args: readonly string[]): ParsedArgs {
  let command: CommandName | undefined;
  const values: Record<string, string[]> = {};
  const flags = new Set<string>();
  const paths: string[] = [];
  let onlyPaths = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined && !onlyPaths) {
        if (arg !== 'check' && arg !== 'fix' && arg !== 'diff') throw new UsageError(`unrecognized subcommand '${arg}'`);
        command = arg;
      } else {
        paths.push(arg);
      }
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const valueFlag = VALUE_FLAGS[name];
    if (valueFlag !== undefined) {
      let value: string | undefined;
      if (equals !== -1) value = arg.slice(equals + 1);
      else {
        value = args[index + 1];
        index += 1;
      }
      if (value === undefined) throw new UsageError(`a value is required for '${name}' but none was supplied`);
      if (command !== undefined && !COMMAND_FLAGS[command].has(valueFlag)) throw new UsageError(`unexpected argument '${name}' found`);
      (values[valueFlag] ??= []).push(value);
      continue;
    }
    const booleanFlag = BOOLEAN_FLAGS[name];
    if (booleanFlag === undefined || equals !== -1) throw new UsageError(`unexpected argument '${arg}' found`);
    if (command !== undefined && !GLOBAL_FLAGS.has(booleanFlag) && !COMMAND_FLAGS[command].has(booleanFlag)) throw new UsageError(`unexpected argument '${arg}' found`);
    if (command === undefined && !GLOBAL_FLAGS.has(booleanFlag)) throw new UsageError(`unexpected argument '${arg}' found`);
    flags.add(booleanFlag);
  }
  const format = values['format']?.at(-1) ?? 'text';
  if (!isOutputFormat(format)) throw new UsageError(`invalid value '${format}' for '--format <FORMAT>' (possible values: text, json, sarif, github)`);
  const common = {
    paths: paths.length === 0 ? ['.'] : paths,
    exclude: values['exclude'] ?? [],
    ignoreChecks: (values['ignore-checks'] ?? []).flatMap((value) => value.split(',')).filter((name) => name.length > 0),
    recursive: flags.has('recursive'),
    quiet: flags.has('quiet'),
    plain: flags.has('plain'),
    noBackup: flags.has('no-backup'),
    dryRun: flags.has('dry-run'),
    format,
    noConfig: flags.has('no-config'),
    ...(values['schema'] === undefined ? {} : { schema: values['schema'].at(-1) as string }),
    ...(values['config'] === undefined ? {} : { config: values['config'].at(-1) as string }),
    ...(values['stdin-filename'] === undefined ? {} : { stdinFilename: values['stdin-filename'].at(-1) as string }),
  };
  if (flags.has('version')) return { ...common, command: 'version' };
  if (flags.has('help')) return { ...common, command: 'help' };
  if (command === undefined) throw new UsageError('a subcommand is required: check, fix, diff or doctor');
  return { ...common, command };
}
