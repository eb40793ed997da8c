import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { readFile, realpath } from 'node:fs/promises';
import {
  catalogRuleDescriptors,
  checkFacts,
  ConfigError,
  createLintResult,
  fatalMessage,
  formatResults,
  redactSecretsInText,
  rules as catalog,
  type KeylintConfig,
  type LintMessage,
  type LintResult,
  type RuleDescriptor,
  type RuleSetting,
} from '@keylint/core';
import { CHECK_NAMES, checkDocsUrl, dotenvChecks, isCheckName, lineEntries, parseSchema, SchemaError, type DotenvSchema } from './checks/index.js';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args.js';
import { loadConfig } from './cli/config.js';
import { detectLoader, type LoaderCache } from './cli/loader.js';
import { discoverFiles, type DiscoveredFile } from './cli/discover.js';
import { readStreamBounded, readTextFileSync } from './cli/read-file.js';
import { createStyle, wantsColor, type Style } from './cli/style.js';
import { backupFile, writeFileAtomic } from './cli/write.js';
import type { CommandIo } from './cli-io.js';
import { fixDotenvText, lintDotenvText, severitiesWithIgnores, sortProblems, type Problem } from './lint.js';
import type { DotenvDocument } from './parser/document.js';
import { envFileFacts, locateFinding } from './parser/facts.js';
import { parseDotenv } from './parser/parse.js';
import { namesReadByProject } from './project-reads.js';

export const TOOL_NAME = 'keylint-env';
// The package resolves itself by name, so this works from dist/ and from the bundled bin alike.
export const VERSION = (createRequire(import.meta.url)('@keylint/dotenv/package.json') as { version: string }).version;

const HELP = `keylint-env ${VERSION}: a drop-in dotenv-linter that also catches broken API keys in .env files

Usage: keylint-env [--plain] [-q|--quiet] <COMMAND> [OPTIONS] [PATHS...]

Commands:
  check   Check .env files for problems (default path: .)
  fix     Fix the problems dotenv-linter can fix (a backup <name>_<unix-seconds>.bak is kept)
  diff    Compare .env files and list the keys each one is missing
  doctor  Explain which value of each API-key variable your app will really load

Options (check, fix):
  -e, --exclude <PATH>         Skip a file or directory (repeatable)
  -i, --ignore-checks <NAMES>  Comma-separated dotenv-linter checks or keylint rule ids to skip
  -r, --recursive              Also look in subdirectories
  -s, --schema <PATH>          Validate keys and values against a dotenv-linter JSON schema (check)
      --no-backup              Do not keep a backup of fixed files (fix)
      --dry-run                Print the fixed files instead of writing them (fix)
  -f, --format <FORMAT>        text (default, dotenv-linter style), json, sarif or github
  -c, --config <PATH>          Use this keylint config file
      --no-config              Do not look for a keylint config file
      --stdin-filename <NAME>  Name to report for '-' (standard input)
  -q, --quiet                  Print only the problems
      --plain                  No colours
  -h, --help                   Print help
  -V, --version                Print version

Environment: DOTENV_LINTER_IGNORE_CHECKS=A,B works like --ignore-checks; NO_COLOR turns colours off.

dotenv-linter checks: ${CHECK_NAMES.join(', ')}
keylint rules: ${catalog.map((rule) => rule.id).join(', ')}
`;

interface Context {
  readonly io: CommandIo;
  readonly args: ParsedArgs;
  readonly config: KeylintConfig;
  readonly ignore: ReadonlySet<string>;
  readonly severities: Readonly<Record<string, RuleSetting>>;
  readonly style: Style;
}

/** One file that was (or could not be) read. */
interface InputFile {
  readonly display: string;
  readonly path: string;
  readonly text?: string;
  readonly error?: string;
  /** Read from standard input: never written back, never grouped with files on disk. */
  readonly stdin?: boolean;
}

function ruleDescriptors(): RuleDescriptor[] {
  const checks: RuleDescriptor[] = dotenvChecks.map((check) => ({ id: check.name, description: check.description, severity: 'warn', url: checkDocsUrl(check.name) }));
  return [...checks, ...catalogRuleDescriptors()];
}

function knownRuleId(id: string): boolean {
  return isCheckName(id) || catalog.some((rule) => rule.id === id);
}

function parseIgnoreList(names: readonly string[], source: string): string[] {
  for (const name of names) {
    if (!knownRuleId(name)) {
      throw new UsageError(`invalid value '${name}' for '${source}': not a dotenv-linter check or keylint rule id (see --help)`);
    }
  }
  return [...names];
}

async function readInputs(context: Context, withDiscovery: { recursive: boolean; exclude: readonly string[] }): Promise<{ inputs: InputFile[]; problems: number }> {
  const { io, args } = context;
  const inputs: InputFile[] = [];
  let problems = 0;
  const diskPaths = args.paths.filter((path) => path !== '-');
  if (args.paths.includes('-')) {
    const display = args.stdinFilename ?? '-';
    const path = args.stdinFilename === undefined ? '-' : resolve(io.cwd, args.stdinFilename);
    try {
      inputs.push({ display, path, text: await io.stdin(), stdin: true });
    } catch (error) {
      inputs.push({ display, path, error: (error as Error).message, stdin: true });
      problems += 1;
    }
  }
  if (diskPaths.length > 0) {
    const discovered = await discoverFiles({
      cwd: io.cwd,
      paths: diskPaths,
      exclude: withDiscovery.exclude,
      recursive: withDiscovery.recursive,
      ignorePatterns: context.config.ignorePatterns,
    });
    // Said on stderr in every format: a FIFO or a device named like an env file is no failure of the run.
    for (const note of discovered.skipped) io.stderr(`${TOOL_NAME}: ${note.display}: ${note.reason}\n`);
    for (const problem of discovered.problems) {
      inputs.push({ display: problem.display, path: problem.display, error: problem.reason });
      problems += 1;
    }
    for (const file of discovered.files) inputs.push(readDiscovered(file));
  }
  return { inputs, problems };
}

function readDiscovered(file: DiscoveredFile): InputFile {
  const read = readTextFileSync(file.path);
  return read.ok ? { display: file.display, path: file.path, text: read.text } : { display: file.display, path: file.path, error: read.reason };
}

/**
 * Runs one file's checks; a file that exhausts the engine's stack (a regular expression over one
 * line of megabytes) becomes one line naming it, never a stack trace that stops the other files.
 */
function withinLimits<T extends object>(run: () => T): T | { readonly error: string } {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) return { error: 'too complex to check (a line of megabytes); not checked' };
    throw error;
  }
}

function reportUnreadable(context: Context, input: InputFile): void {
  context.io.stderr(`${TOOL_NAME}: ${input.display}: ${input.error ?? 'cannot be read'}\n`);
}

interface CheckedFile {
  readonly input: InputFile;
  readonly document: DotenvDocument;
  problems: Problem[];
}

/**
 * env-shadowed and other cross-file rules: one env-definitions fact per variable defined in
 * several `.env*` files of one directory, from `sources.ts`. The process environment is left out
 * here so that `check` gives the same answer on every machine; `doctor` looks at it.
 */
async function crossFileProblems(context: Context, files: readonly CheckedFile[]): Promise<void> {
  const byDirectory = new Map<string, CheckedFile[]>();
  for (const file of files) {
    if (file.input.stdin === true) continue;
    const directory = dirname(file.input.path);
    const group = byDirectory.get(directory);
    if (group === undefined) byDirectory.set(directory, [file]);
    else group.push(file);
  }
  const { buildEnvDefinitions } = await import('./sources.js');
  const loaders: LoaderCache = new Map();
  for (const [directory, group] of byDirectory) {
    if (group.length < 2) continue;
    const facts = buildEnvDefinitions({
      files: group.map((file) => ({ filePath: file.input.path, document: file.document })),
      processEnv: {},
      loader: context.config.loader ?? (await detectLoader(directory, loaders)),
    });
    for (const finding of checkFacts(facts, { severities: context.severities })) {
      const fact = finding.fact;
      if (fact.kind !== 'env-definitions') continue;
      const definition = fact.definitions[finding.location.definition ?? 0] ?? fact.definitions[0];
      const target = group.find((file) => file.input.path === definition?.filePath);
      if (target === undefined || definition === undefined) continue;
      const entry = target.document.entries.find((candidate) => candidate.line === definition.line && candidate.key === fact.name);
      const position =
        entry === undefined
          ? { line: definition.line ?? 1, column: 1, endLine: definition.line ?? 1, endColumn: 1 }
          : locateFinding(target.document, entry, { location: { field: 'name', start: 0, end: entry.key.length } });
      target.problems = sortProblems([...target.problems, { ruleId: finding.ruleId, message: finding.message, severity: finding.severity, position, order: 1 }]);
    }
  }
}

function lintResultOf(file: { input: InputFile; problems?: readonly Problem[] }): LintResult {
  if (file.input.error !== undefined) return createLintResult(file.input.path, [fatalMessage(`${file.input.display}: ${file.input.error}`)]);
  const messages: LintMessage[] = (file.problems ?? []).map((problem) => ({
    ruleId: problem.ruleId,
    severity: problem.severity === 'error' ? 2 : 1,
    message: problem.message,
    line: problem.position.line,
    column: problem.position.column,
    endLine: problem.position.endLine,
    endColumn: problem.position.endColumn,
  }));
  return createLintResult(file.input.path, messages);
}

function problemLine(style: Style, display: string, problem: { position: { line: number }; ruleId: string; message: string }): string {
  return `${style.italic(`${display}:`)}${style.italic(String(problem.position.line))} ${style.redBold(problem.ruleId)}: ${redactSecretsInText(problem.message)}\n`;
}

async function loadSchema(context: Context): Promise<DotenvSchema | undefined | 'failed'> {
  if (context.args.schema === undefined) return undefined;
  try {
    return parseSchema(await readFile(`${context.args.schema.startsWith('/') ? '' : `${context.io.cwd}/`}${context.args.schema}`, 'utf8'));
  } catch (error) {
    const reason = error instanceof SchemaError ? error.message : (error as NodeJS.ErrnoException).code === 'ENOENT' ? `No such file or directory (os error 2)` : (error as Error).message;
    const { io, args } = context;
    // JSON in, JSON out: a machine format gets a fatal result for the schema file, never a line of plain text.
    if (args.format !== 'text') {
      const result = createLintResult(resolve(io.cwd, args.schema ?? ''), [fatalMessage(`Error loading schema: ${reason}`)]);
      io.stdout(formatResults(args.format, [result], { toolName: TOOL_NAME, toolVersion: VERSION, rules: ruleDescriptors(), cwd: io.cwd, color: false }));
    } else io.stdout(`Error loading schema: ${reason}\n`);
    return 'failed';
  }
}

async function runCheck(context: Context): Promise<number> {
  const { io, args, style } = context;
  const schema = await loadSchema(context);
  if (schema === 'failed') return 1;
  const { inputs, problems: discoveryProblems } = await readInputs(context, { recursive: args.recursive, exclude: args.exclude });
  const checked: CheckedFile[] = [];
  for (const [index, input] of inputs.entries()) {
    if (input.text === undefined) continue;
    const text = input.text;
    // Standard input has no project around it to ask which names its code reads.
    const namesRead = input.stdin === true ? undefined : namesReadByProject(input.path);
    const outcome = withinLimits(() =>
      lintDotenvText(text, {
        ...(namesRead === undefined ? {} : { namesReadByProject: namesRead }),
        filePath: input.path,
        ignore: context.ignore,
        severities: context.severities,
        keyVariables: context.config.keyVariables,
        ...(schema === undefined ? {} : { schema }),
      }),
    );
    if ('error' in outcome) inputs[index] = { display: input.display, path: input.path, error: outcome.error };
    else checked.push({ input, document: outcome.document, problems: outcome.problems });
  }
  await crossFileProblems(context, checked);
  const unreadable = inputs.filter((input) => input.error !== undefined);
  const total = checked.reduce((sum, file) => sum + file.problems.length, 0);
  if (args.format !== 'text') {
    const checkedByInput = new Map(checked.map((file) => [file.input, file] as const));
    const results = inputs.map((input) => checkedByInput.get(input) ?? { input });
    io.stdout(formatResults(args.format, results.map(lintResultOf), { toolName: TOOL_NAME, toolVersion: VERSION, rules: ruleDescriptors(), cwd: io.cwd, color: false }));
  } else {
    for (const input of unreadable) reportUnreadable(context, input);
    if (checked.length === 0 && unreadable.length === 0) {
      if (!args.quiet) io.stdout('Nothing to check\n');
      return 0;
    }
    // One write for the whole report: tens of thousands of small writes to a pipe cost more than the checks.
    const report: string[] = [];
    checked.forEach((file, index) => {
      if (!args.quiet) report.push(`Checking ${file.input.display}\n`);
      for (const problem of file.problems) report.push(problemLine(style, file.input.display, problem));
      if (!args.quiet && file.problems.length > 0 && index !== checked.length - 1) report.push('\n');
    });
    if (!args.quiet && checked.length > 0) {
      report.push(total === 0 ? `\n${style.greenBold('No problems found')}\n` : `\n${style.redBold(`Found ${total} problem${total === 1 ? '' : 's'}`)}\n`);
    }
    if (report.length > 0) io.stdout(report.join(''));
  }
  if (checked.length === 0 && (unreadable.length > 0 || discoveryProblems > 0)) return 2;
  // A file that could not be checked is a problem too: CI must not pass over it.
  return total > 0 || unreadable.length > 0 ? 1 : 0;
}

/** Every value in the document that core reads as a key, so the dry run can hide them. */
function secretsOf(text: string, filePath: string): string[] {
  return envFileFacts(parseDotenv(text), { filePath }).flatMap(({ fact, entry }) => (fact.kind === 'key' ? [entry.value] : []));
}

async function runFix(context: Context): Promise<number> {
  const { io, args, style } = context;
  const text = args.format === 'text';
  // Only the report goes to stdout in the machine formats; the progress lines would break it.
  const say = (line: string): void => {
    if (text) io.stdout(line);
  };
  const { inputs } = await readInputs(context, { recursive: args.recursive, exclude: args.exclude });
  const readable = inputs.filter((input) => input.text !== undefined);
  const unreadable = inputs.filter((input) => input.error !== undefined);
  for (const input of unreadable) reportUnreadable(context, input);
  if (readable.length === 0) {
    if (!args.quiet && unreadable.length === 0) say('Nothing to fix\n');
    return unreadable.length > 0 ? 2 : 0;
  }
  // Key rules are not fixed by `fix`; only dotenv-linter's checks are, as upstream.
  const dotenvIgnore = new Set([...context.ignore].filter(isCheckName));
  let total = 0;
  let failed = false;
  const results: LintResult[] = [];
  for (const [index, input] of readable.entries()) {
    const original = input.text ?? '';
    if (!args.quiet) say(`Fixing ${input.display}\n`);
    const outcome = fixDotenvText(original, dotenvIgnore);
    const document = parseDotenv(original);
    results.push(
      lintResultOf({
        input,
        problems: outcome.warnings.map((warning) => ({
          ruleId: warning.check,
          message: warning.message,
          severity: 'warn' as const,
          position: { line: warning.line, column: 1, endLine: warning.line, endColumn: (document.lines[warning.line - 1]?.raw.length ?? 0) + 1 },
          order: 0 as const,
        })),
      }),
    );
    if (outcome.warnings.length === 0) continue;
    if (outcome.fixed !== outcome.warnings.length && !args.quiet) say(`${style.redBold('Could not fix all warnings')}\n`);
    if (args.dryRun || input.stdin === true) {
      if (!args.quiet) {
        say(`${style.yellowBold('Dry run - not changing any files on disk.')}\n\n`);
        const secrets = secretsOf(original, input.path);
        for (const line of outcome.dryRunLines) say(`${redactSecretsInText(line, secrets)}\n`);
      }
    } else if (outcome.text !== original) {
      try {
        if (!args.noBackup) {
          const backup = await backupFile(input.path);
          say(`Original file was backed up to: ${JSON.stringify(relative(await realpath(io.cwd), backup))}\n`);
          if (!args.quiet) say('\n');
        }
        await writeFileAtomic(input.path, outcome.text);
      } catch (error) {
        io.stderr(`Error: ${input.display}: ${(error as Error).message}\n`);
        failed = true;
      }
    }
    if (!args.quiet) {
      for (const warning of outcome.warnings) say(problemLine(style, input.display, { position: { line: warning.line }, ruleId: warning.check, message: warning.message }));
      if (index !== readable.length - 1) say('\n');
    }
    total += outcome.warnings.length;
  }
  // A file that could not be written keeps every warning it had: "All warnings are fixed" would be a lie.
  if (text) io.stdout(total === 0 ? '\nNo warnings found\n' : failed ? `\nNot every file could be written; see the errors above. Total: ${total}\n` : `\nAll warnings are fixed. Total: ${total}\n`);
  else io.stdout(formatResults(args.format, results, { toolName: TOOL_NAME, toolVersion: VERSION, rules: ruleDescriptors(), cwd: io.cwd, color: false }));
  // A file that could not be read was not fixed: not a clean run.
  return failed || unreadable.length > 0 ? 1 : 0;
}

async function runDiff(context: Context): Promise<number> {
  const { io, args, style } = context;
  const { inputs } = await readInputs(context, { recursive: false, exclude: [] });
  const readable = inputs.filter((input) => input.text !== undefined);
  const unreadable = inputs.filter((input) => input.error !== undefined);
  for (const input of unreadable) reportUnreadable(context, input);
  // A file that cannot be read cannot be compared: the comparison is incomplete, whatever the others say.
  if (readable.length < 2) {
    if (!args.quiet && unreadable.length === 0) io.stdout('Nothing to compare\n');
    return unreadable.length > 0 ? 2 : 0;
  }
  const keysOf = new Map<InputFile, Set<string>>();
  const all = new Set<string>();
  for (const input of readable) {
    if (!args.quiet) io.stdout(`Comparing ${input.display}\n`);
    const keys = new Set(lineEntries(parseDotenv(input.text ?? '')).flatMap((line) => line.key ?? []));
    keysOf.set(input, keys);
    for (const key of keys) all.add(key);
  }
  // Upstream lists missing keys in hash order; sorted here so the output is stable.
  const sortedKeys = [...all].sort();
  let differences = 0;
  for (const input of readable) {
    const missing = sortedKeys.filter((key) => !(keysOf.get(input)?.has(key) ?? false));
    if (missing.length === 0) continue;
    differences += 1;
    io.stdout(`${style.italic(input.display)} is missing keys: ${missing.map((key) => style.redBold(key)).join(', ')}\n`);
  }
  if (differences === 0 && !args.quiet && unreadable.length === 0) io.stdout('No difference found\n');
  return unreadable.length > 0 ? 2 : differences > 0 ? 1 : 0;
}

async function runDoctor(args: string[], io: CommandIo): Promise<number> {
  // Loaded only when asked for, which keeps `check` starting fast.
  const { runDoctorCommand } = await import('./doctor/command.js');
  return runDoctorCommand(args, io);
}

/**
 * The last line of defence: every byte the CLI prints goes through core's redaction, so a key in a
 * file or directory name, an argument, a config or schema file, or a key pasted on a line of its
 * own is never printed in full, in any format. Redacted keys become `prefix…tail`, plain ASCII
 * that needs no escaping inside JSON, SARIF or GitHub annotations.
 */
function redactingIo(io: CommandIo): CommandIo {
  return { ...io, stdout: (text) => io.stdout(redactSecretsInText(text)), stderr: (text) => io.stderr(redactSecretsInText(text)) };
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function runCli(argv: readonly string[], unredactedIo: CommandIo): Promise<number> {
  const io = redactingIo(unredactedIo);
  const doctorAt = argv.findIndex((arg) => !arg.startsWith('-'));
  if (doctorAt !== -1 && argv[doctorAt] === 'doctor') return runDoctor([...argv.slice(0, doctorAt), ...argv.slice(doctorAt + 1)], io);
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n\nUsage: keylint-env [--plain] [-q|--quiet] <check|fix|diff|doctor> [OPTIONS] [PATHS...]\n\nFor more information, try '--help'.\n`);
    return 2;
  }
  if (args.command === 'version') {
    io.stdout(`${TOOL_NAME} ${VERSION}\n`);
    return 0;
  }
  if (args.command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  let config: KeylintConfig;
  let ignore: string[];
  try {
    config = args.noConfig ? { rules: {}, ignorePatterns: [], keyVariables: [] } : (await loadConfig(io.cwd, args.config)).config;
    const fromEnvironment = args.command === 'diff' ? [] : (io.env['DOTENV_LINTER_IGNORE_CHECKS'] ?? '').split(',').map((name) => name.trim()).filter((name) => name.length > 0);
    ignore = [...parseIgnoreList(args.ignoreChecks, '--ignore-checks <CHECK_NAME>'), ...parseIgnoreList(fromEnvironment, 'DOTENV_LINTER_IGNORE_CHECKS')];
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      io.stderr(`${error instanceof UsageError ? 'error' : TOOL_NAME}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const severities = severitiesWithIgnores({ severities: config.rules, ignore: new Set(ignore) });
  const allIgnored = new Set(Object.entries(severities).filter(([, setting]) => setting === 'off').map(([id]) => id));
  const style = createStyle(args.format === 'text' && wantsColor({ plain: args.plain, stdoutIsTTY: io.stdoutIsTTY, env: io.env }));
  const context: Context = { io, args, config, ignore: allIgnored, severities, style };
  switch (args.command) {
    case 'check':
      return runCheck(context);
    case 'fix':
      return runFix(context);
    case 'diff':
      return runDiff(context);
  }
}

/** The real process as a CommandIo. */
export function nodeIo(): CommandIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdin: async () => {
      // `- < /dev/zero` never ends: read up to the size limit, then stop.
      const read = await readStreamBounded(process.stdin);
      if (!read.ok) throw new Error(read.reason);
      const { decodeSourceText } = await import('@keylint/core');
      const decoded = decodeSourceText(read.bytes);
      if (!decoded.ok) throw new Error(decoded.reason);
      return decoded.text;
    },
  };
}
