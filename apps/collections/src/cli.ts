import type { Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { lstat, open, readdir, readFile, readlink, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import {
  catalogRuleDescriptors,
  ConfigError,
  createLintResult,
  decodeSourceText,
  emptyConfig,
  fatalMessage,
  formatResults,
  isOutputFormat,
  normalizeConfig,
  redactSecretsInText,
  type KeylintConfig,
  type LintMessage,
  type LintResult,
  type OutputFormat,
} from '@keylint/core';
import { curlRuleDescriptors } from './curl/rules.js';
import { MAXIMUM_FILE_BYTES, tooLargeReason } from './limits.js';

export { MAXIMUM_FILE_BYTES } from './limits.js';
import { checkPostmanText } from './postman/check.js';
import { collectionRuleDescriptors } from './postman/collection-rules.js';
import { detectFormat } from './postman/format.js';
import { parseJsonSource } from './postman/json-source.js';

/**
 * keylint-collection: newman-like flags, ESLint-shaped results. File reading, directory walking
 * and writing live here and only here; the checks themselves run unchanged in the web page.
 */

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, stopping once more than `maximumBytes` are read (`- < /dev/zero` ends). */
  readStdin(maximumBytes: number): Promise<Uint8Array>;
}

type CurlLanguage = 'bash' | 'powershell' | 'cmd' | 'markdown' | 'text';

const TOOL_NAME = 'keylint-collection';
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', '.turbo', 'coverage']);
const CURL_LANGUAGES: Readonly<Record<string, CurlLanguage>> = {
  '.sh': 'bash',
  '.bash': 'bash',
  '.zsh': 'bash',
  '.ps1': 'powershell',
  '.bat': 'cmd',
  '.cmd': 'cmd',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};
const POSTMAN_SUFFIXES = ['.postman_collection.json', '.postman_environment.json', '.postman_globals.json'];

const HELP = `Usage: keylint-collection [check] <files or directories…> [options]
       keylint-collection sanitize <file> (-o <out> | --in-place)

Checks Postman collections, environments, globals and cURL commands for API keys that are
wired wrong or leaked. Directories are searched for *.postman_collection.json,
*.postman_environment.json, *.postman_globals.json, other JSON files that are collections, and
.sh/.bash/.zsh/.ps1/.bat/.cmd/.md/.txt files that contain curl. Use - to read standard input.

Options:
  -e, --environment <file>   Postman environment used to resolve {{variables}} (repeatable; later wins)
  -g, --globals <file>       Postman globals export used to resolve {{variables}}
  --env-var <name=value>     Set a variable, overriding the environment (repeatable)
  -f, --format <format>      text (default), json, sarif or github
  --stdin-filename <name>    Name to report standard input under (and pick its type by)
  -q, --quiet                Report errors only
  -o, --output <file>        sanitize: where to write the shareable copy (- for standard output)
  --in-place                 sanitize: overwrite the input file
  -v, --version              Print the version
  -h, --help                 Print this help

Exit codes: 0 no problems, 1 problems found, 2 usage error or nothing could be checked.
Configuration: keylint.config.json, .keylintrc.json or a "keylint" key in package.json
(rules: { "<rule-id>": "off" | "warn" | "error" }, ignorePatterns, keyVariables).
Colours only on a terminal, never when NO_COLOR is set.
`;

class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface Arguments {
  readonly command: 'check' | 'sanitize';
  readonly paths: string[];
  readonly environments: string[];
  readonly globals?: string;
  readonly envVars: Record<string, string>;
  readonly format: OutputFormat;
  readonly quiet: boolean;
  readonly stdinFilename?: string;
  readonly output?: string;
  readonly inPlace: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

function parseArguments(argv: readonly string[]): Arguments {
  const paths: string[] = [];
  const environments: string[] = [];
  const envVars: Record<string, string> = {};
  let globals: string | undefined;
  let format: OutputFormat = 'text';
  let quiet = false;
  let stdinFilename: string | undefined;
  let output: string | undefined;
  let inPlace = false;
  let help = false;
  let version = false;
  let command: 'check' | 'sanitize' | undefined;
  let onlyPaths = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (onlyPaths || argument === '-' || !argument.startsWith('-')) {
      if (command === undefined && paths.length === 0 && (argument === 'check' || argument === 'sanitize')) command = argument;
      else paths.push(argument);
      continue;
    }
    if (argument === '--') {
      onlyPaths = true;
      continue;
    }
    const equals = argument.indexOf('=');
    const flag = argument.startsWith('--') && equals !== -1 ? argument.slice(0, equals) : argument;
    const inline = argument.startsWith('--') && equals !== -1 ? argument.slice(equals + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[index + 1];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      index += 1;
      return next;
    };
    switch (flag) {
      case '-e':
      case '--environment':
        environments.push(value());
        break;
      case '-g':
      case '--globals':
        globals = value();
        break;
      case '--env-var':
      case '--global-var': {
        const pair = value();
        const separator = pair.indexOf('=');
        if (separator <= 0) throw new UsageError(`${flag} expects name=value, got "${redactSecretsInText(pair)}"`);
        envVars[pair.slice(0, separator)] = pair.slice(separator + 1);
        break;
      }
      case '-f':
      case '--format': {
        const chosen = value();
        if (!isOutputFormat(chosen)) throw new UsageError(`unknown format "${chosen}" (use text, json, sarif or github)`);
        format = chosen;
        break;
      }
      case '--stdin-filename':
        stdinFilename = value();
        break;
      case '-o':
      case '--output':
        output = value();
        break;
      case '--in-place':
        inPlace = true;
        break;
      case '-q':
      case '--quiet':
        quiet = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '-v':
      case '--version':
        version = true;
        break;
      default:
        throw new UsageError(`unknown option ${flag} (see --help)`);
    }
  }
  return {
    command: command ?? 'check',
    paths,
    environments,
    envVars,
    format,
    quiet,
    inPlace,
    help,
    version,
    ...(globals === undefined ? {} : { globals }),
    ...(stdinFilename === undefined ? {} : { stdinFilename }),
    ...(output === undefined ? {} : { output }),
  };
}

/** The package resolves itself by name, so this works from dist/ and from the bundled bin alike. */
function packageVersion(): string {
  return (createRequire(import.meta.url)('@keylint/collections/package.json') as { version: string }).version;
}

async function findConfig(cwd: string): Promise<KeylintConfig> {
  for (const name of ['keylint.config.json', '.keylintrc.json']) {
    const path = join(cwd, name);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`${name}: not valid JSON (${(error as Error).message})`);
    }
    return normalizeConfig(raw, name);
  }
  try {
    const manifest = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')) as Record<string, unknown>;
    if (manifest['keylint'] !== undefined) return normalizeConfig(manifest['keylint'], 'package.json "keylint"');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
  }
  return emptyConfig;
}

function describeFsError(path: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file or directory`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'ELOOP':
      return `${path}: symbolic link loop`;
    case 'EISDIR':
      return `${path}: is a directory, not a file`;
    default:
      return `${path}: cannot be read (${code ?? (error as Error).message})`;
  }
}

/** What a path is when it is not a regular file or a directory: a FIFO blocks and a device never ends, so neither is read. */
function specialFileKind(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

async function readTextFile(path: string, displayPath: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: `${displayPath}: is a directory, not a file` };
    if (!info.isFile()) return { ok: false, reason: `${displayPath}: not a regular file (${specialFileKind(info)}); not read` };
    if (info.size > MAXIMUM_FILE_BYTES) return { ok: false, reason: tooLargeReason(displayPath) };
    const bytes = await readFile(path);
    const decoded = decodeSourceText(bytes);
    if (!decoded.ok) return { ok: false, reason: `${displayPath}: ${decoded.reason}` };
    return { ok: true, text: decoded.text };
  } catch (error) {
    return { ok: false, reason: describeFsError(displayPath, error) };
  }
}

function isIgnored(path: string, config: KeylintConfig): boolean {
  const normalized = path.replaceAll('\\', '/');
  return config.ignorePatterns.some((pattern) => pattern.length > 0 && normalized.includes(pattern));
}

function isPostmanName(path: string): boolean {
  return POSTMAN_SUFFIXES.some((suffix) => path.endsWith(suffix));
}

function isPostmanDocument(text: string): boolean {
  const parsed = parseJsonSource(text);
  return parsed.ok && detectFormat(parsed.source.document.body).kind !== 'unsupported';
}

interface Target {
  readonly path: string;
  /** Found by walking a directory: JSON that is not Postman and text without curl are skipped silently. */
  readonly discovered: boolean;
}

interface Walk {
  readonly config: KeylintConfig;
  readonly visited: Set<string>;
  readonly targets: Target[];
  readonly problems: LintResult[];
  /** One line each for the files a walk skips: FIFOs and devices with a name we would check. */
  readonly notes: { readonly path: string; readonly reason: string }[];
}

async function walk(directory: string, state: Walk): Promise<void> {
  const { config, visited, targets, problems } = state;
  let real: string;
  try {
    real = await realpath(directory);
  } catch (error) {
    problems.push(createLintResult(directory, [fatalMessage(describeFsError(directory, error))]));
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    problems.push(createLintResult(directory, [fatalMessage(describeFsError(directory, error))]));
    return;
  }
  entries.sort((left, right) => left.name.localeCompare(right.name));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (isIgnored(path, config)) continue;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    let kind: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean } = entry;
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
        kind = target;
      } catch (error) {
        problems.push(createLintResult(path, [fatalMessage(describeFsError(path, error))]));
        continue;
      }
    }
    if (isDirectory) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(path, state);
      continue;
    }
    const extension = extname(entry.name).toLowerCase();
    if (extension !== '.json' && CURL_LANGUAGES[extension] === undefined) continue;
    if (isFile) targets.push({ path, discovered: !isPostmanName(entry.name) });
    else state.notes.push({ path, reason: `not a regular file (${specialFileKind(kind)})` });
  }
}

function languageOf(path: string): CurlLanguage | undefined {
  return CURL_LANGUAGES[extname(path).toLowerCase()];
}

function applySeverities(messages: readonly LintMessage[], config: KeylintConfig): LintMessage[] {
  const result: LintMessage[] = [];
  for (const message of messages) {
    const setting = message.ruleId === null ? undefined : config.rules[message.ruleId];
    if (setting === 'off') continue;
    result.push(setting === undefined ? message : { ...message, severity: setting === 'error' ? 2 : 1 });
  }
  return result;
}

interface CheckContext {
  readonly config: KeylintConfig;
  readonly environments: string[];
  readonly globals?: string;
  readonly envVars: Record<string, string>;
}

/** Checks one text; undefined when a discovered file turns out to be nothing we check. */
async function checkText(text: string, path: string, discovered: boolean, context: CheckContext): Promise<LintMessage[] | undefined> {
  const language = languageOf(path);
  const looksLikeJson = /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
  if (extname(path).toLowerCase() === '.json' || (language === undefined && looksLikeJson)) {
    if (discovered && !isPostmanDocument(text)) return undefined;
    return checkPostmanText(text, {
      filePath: path,
      environments: context.environments,
      ...(context.globals === undefined ? {} : { globals: context.globals }),
      envVars: context.envVars,
      severities: context.config.rules,
      keyVariables: context.config.keyVariables,
    });
  }
  if (discovered && !/curl/i.test(text)) return undefined;
  // The cURL half is loaded only when there is cURL to check: a run over collections never pays for it.
  const { checkCurlText } = await import('./curl/check.js');
  // Severities go in for the rules that run and again over the result, so surface-specific ids from the config apply too.
  return applySeverities(checkCurlText(text, { filePath: path, language: language ?? 'text', severities: context.config.rules }), context.config);
}

async function readOption(path: string, io: CliIo, flag: string): Promise<string> {
  const read = await readTextFile(resolve(io.cwd, path), path);
  if (!read.ok) throw new UsageError(`${flag} ${read.reason}`);
  return read.text;
}

async function runCheck(parsed: Arguments, io: CliIo, config: KeylintConfig): Promise<number> {
  const environments: string[] = [];
  for (const path of parsed.environments) environments.push(await readOption(path, io, '--environment'));
  const globals = parsed.globals === undefined ? undefined : await readOption(parsed.globals, io, '--globals');
  const context: CheckContext = { config, environments, envVars: parsed.envVars, ...(globals === undefined ? {} : { globals }) };

  const results: LintResult[] = [];
  const targets: Target[] = [];
  const visited = new Set<string>();
  const notes: Walk['notes'] = [];
  let checked = 0;
  for (const argument of parsed.paths) {
    if (argument === '-') {
      const filePath = parsed.stdinFilename ?? '<stdin>';
      const bytes = await io.readStdin(MAXIMUM_FILE_BYTES);
      if (bytes.length > MAXIMUM_FILE_BYTES) {
        results.push(createLintResult(filePath, [fatalMessage(tooLargeReason(filePath))]));
        continue;
      }
      const decoded = decodeSourceText(bytes);
      if (!decoded.ok) {
        results.push(createLintResult(filePath, [fatalMessage(`${filePath}: ${decoded.reason}`)]));
        continue;
      }
      const messages = (await checkText(decoded.text, filePath, false, context)) ?? [];
      results.push(createLintResult(filePath, messages));
      if (!messages.some((message) => message.fatal === true)) checked += 1;
      continue;
    }
    const absolute = resolve(io.cwd, argument);
    let info;
    try {
      info = await lstat(absolute);
      if (info.isSymbolicLink()) info = await stat(absolute);
    } catch (error) {
      results.push(createLintResult(absolute, [fatalMessage(describeFsError(argument, error))]));
      continue;
    }
    if (info.isDirectory()) await walk(absolute, { config, visited, targets, problems: results, notes });
    else targets.push({ path: absolute, discovered: false });
  }
  // The environment and globals that resolve variables are exports too: a key in them leaks the same way.
  for (const option of [...parsed.environments, ...(parsed.globals === undefined ? [] : [parsed.globals])]) {
    const absolute = resolve(io.cwd, option);
    if (!targets.some((target) => target.path === absolute)) targets.push({ path: absolute, discovered: false });
  }

  for (const note of notes) io.stderr(`${TOOL_NAME}: skipped ${relative(io.cwd, note.path) || note.path}: ${note.reason}\n`);
  for (const target of targets) {
    const display = relative(io.cwd, target.path) || target.path;
    const read = await readTextFile(target.path, display);
    if (!read.ok) {
      results.push(createLintResult(target.path, [fatalMessage(read.reason)]));
      continue;
    }
    let messages: LintMessage[] | undefined;
    try {
      messages = await checkText(read.text, target.path, target.discovered, context);
    } catch (error) {
      messages = [fatalMessage(`${display}: could not be checked (${redactSecretsInText((error as Error).message)})`)];
    }
    if (messages === undefined) continue;
    // Fatal messages name the file relative to where the user ran the command.
    const named = messages.map((message) => (message.fatal === true ? { ...message, message: message.message.replace(target.path, display) } : message));
    results.push(createLintResult(target.path, named));
    if (!named.some((message) => message.fatal === true)) checked += 1;
  }

  const shown = parsed.quiet ? results.map((result) => createLintResult(result.filePath, result.messages.filter((message) => message.severity === 2))) : results;
  const rules = [...catalogRuleDescriptors(), ...collectionRuleDescriptors(), ...curlRuleDescriptors()];
  const color = parsed.format === 'text' && io.stdoutIsTTY && (io.env['NO_COLOR'] ?? '') === '';
  io.stdout(formatResults(parsed.format, shown, { toolName: TOOL_NAME, toolVersion: packageVersion(), rules, cwd: io.cwd, color }));

  if (checked === 0) {
    if (results.length === 0) io.stderr(`${TOOL_NAME}: no Postman exports or cURL files found in ${parsed.paths.join(', ')}\n`);
    return 2;
  }
  return shown.some((result) => result.messages.length > 0) ? 1 : 0;
}

/** `out.postman_collection.json` → `out.postman_environment.json`. */
export function templatePathFor(output: string): string {
  const withoutJson = output.replace(/\.json$/i, '');
  const base = withoutJson.replace(/\.postman_collection$/i, '');
  return `${base}.postman_environment.json`;
}

class WriteError extends Error {
  override readonly name = 'WriteError';
}

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOENT: 'no such directory',
  EISDIR: 'is a directory',
};

function writeError(displayPath: string, error: unknown): WriteError {
  const code = (error as { code?: string }).code ?? '';
  return new WriteError(`${displayPath}: cannot be written (${WRITE_ERRORS[code] ?? (code || (error as Error).message)})`);
}

/**
 * Replaces a file's content without ever leaving half of it: a temporary file next to the real
 * one, renamed over it. A symlink is written through (the link stays, the target gets the text);
 * an existing file keeps its mode and owner. A FIFO, a device or anything else that is not a
 * regular file is written to directly: renaming over it would replace the node itself.
 */
async function writeSafely(path: string, text: string, displayPath: string): Promise<'regular' | 'special'> {
  let target = path;
  let existing: Stats | undefined;
  try {
    target = await realpath(path);
    existing = await stat(target);
  } catch (error) {
    // A dangling symlink names where the file goes: write there, not over the link.
    if ((error as { code?: string }).code !== 'ENOENT') throw writeError(displayPath, error);
    const link = await lstat(path).catch(() => undefined);
    if (link?.isSymbolicLink() === true) target = resolve(dirname(path), await readlink(path));
  }
  if (existing !== undefined && existing.isDirectory()) throw new WriteError(`${displayPath}: is a directory`);
  if (existing !== undefined && !existing.isFile()) {
    try {
      await writeFile(target, text, 'utf8');
    } catch (error) {
      throw writeError(displayPath, error);
    }
    return 'special';
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temporary, 'wx', existing === undefined ? 0o644 : existing.mode & 0o7777);
    try {
      await handle.writeFile(text, 'utf8');
      if (existing !== undefined) {
        // Only root can give a file away; anyone else rewriting a file they can write keeps it theirs.
        if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
        await handle.chmod(existing.mode & 0o7777);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw writeError(displayPath, error);
  }
  return 'regular';
}

async function isKeylintTemplate(path: string): Promise<boolean | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { _postman_exported_using?: unknown };
    return parsed._postman_exported_using === 'keylint-collection sanitize';
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT' ? undefined : false;
  }
}

async function runSanitize(parsed: Arguments, io: RedactingIo, config: KeylintConfig): Promise<number> {
  const [input, ...extra] = parsed.paths;
  if (input === undefined || extra.length > 0) throw new UsageError('sanitize takes exactly one file');
  if (input === '-') throw new UsageError('sanitize reads a file, not standard input');
  if (parsed.output === undefined && !parsed.inPlace) throw new UsageError('sanitize needs -o <out> (or --in-place to overwrite the input)');
  const inputPath = resolve(io.cwd, input);
  const outputPath = parsed.inPlace ? inputPath : parsed.output === '-' ? '-' : resolve(io.cwd, parsed.output ?? '');
  if (outputPath === inputPath && !parsed.inPlace) throw new UsageError(`-o ${parsed.output ?? ''} is the input file; pass --in-place to overwrite it`);
  const read = await readTextFile(inputPath, input);
  if (!read.ok) {
    io.stderr(`${TOOL_NAME}: ${read.reason}\n`);
    return 2;
  }
  const { environmentTemplate, sanitizePostmanText } = await import('./sanitize/index.js');
  const result = sanitizePostmanText(read.text, { filePath: input, keyVariables: config.keyVariables });
  if (!result.ok) {
    io.stderr(`${TOOL_NAME}: ${result.reason}\n`);
    return 2;
  }
  const outputDisplay = parsed.inPlace ? input : (parsed.output ?? '');
  let written: 'regular' | 'special' | 'standard output' = 'regular';
  if (outputPath === '-') {
    written = 'standard output';
    // The shareable copy itself, byte for byte: redacting it would change what sanitize meant to keep.
    io.unredactedStdout(result.text);
  } else if (result.text !== read.text || outputPath !== inputPath) {
    written = await writeSafely(outputPath, result.text, outputDisplay);
  }
  const summary = `${result.replaced === 0 ? 'No hard-coded secrets' : `Replaced ${result.replaced} hard-coded secret${result.replaced === 1 ? '' : 's'}`} in ${input}`;
  let templateNote = '';
  if (result.kind === 'collection' && result.variables.length > 0 && written === 'special') {
    // No template beside a FIFO or a device: there is no folder of the user's to put it in.
    templateNote = `; add ${result.variables.map((variable) => variable.name).join(', ')} to your environment`;
  } else if (result.kind === 'collection' && result.variables.length > 0 && written === 'regular') {
    const templatePath = templatePathFor(outputPath);
    const existing = await isKeylintTemplate(templatePath);
    if (templatePath === inputPath || existing === false) {
      templateNote = `; ${relative(io.cwd, templatePath)} exists and is not a keylint template, so it was left alone — add ${result.variables.map((variable) => variable.name).join(', ')} to your environment`;
    } else {
      await writeSafely(templatePath, environmentTemplate(result), relative(io.cwd, templatePath) || templatePath);
      templateNote = `; fill in ${result.variables.map((variable) => variable.name).join(', ')} in ${relative(io.cwd, templatePath)}`;
    }
  }
  io.stderr(`${summary}${outputPath === '-' ? '' : ` → ${outputDisplay}`}${templateNote}\n`);
  return 0;
}

interface RedactingIo extends CliIo {
  unredactedStdout(text: string): void;
}

/**
 * Everything the CLI prints goes through core's redaction on the way out: a key in a file or
 * directory name, an argument, a config value or an error message is shown as `sk-proj-…Ab12`,
 * whichever format and whichever code path printed it.
 */
function redacting(io: CliIo): RedactingIo {
  return {
    ...io,
    stdout: (text) => io.stdout(redactSecretsInText(text)),
    stderr: (text) => io.stderr(redactSecretsInText(text)),
    unredactedStdout: (text) => io.stdout(text),
  };
}

export async function runCli(argv: readonly string[], unsafeIo: CliIo): Promise<number> {
  const io = redacting(unsafeIo);
  let parsed: Arguments;
  try {
    parsed = parseArguments(argv);
  } catch (error) {
    io.stderr(`${TOOL_NAME}: ${(error as Error).message}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(HELP);
    return 0;
  }
  if (parsed.version) {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (parsed.paths.length === 0) {
    io.stderr(`${TOOL_NAME}: no files given (see --help)\n`);
    return 2;
  }
  try {
    const config = await findConfig(io.cwd);
    return parsed.command === 'sanitize' ? await runSanitize(parsed, io, config) : await runCheck(parsed, io, config);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof WriteError) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`${TOOL_NAME}: ${redactSecretsInText(error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    async readStdin(maximumBytes) {
      const chunks: Buffer[] = [];
      let length = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        length += (chunk as Buffer).length;
        // One byte past the limit is enough to know; leaving the loop stops reading the stream.
        if (length > maximumBytes) break;
      }
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
