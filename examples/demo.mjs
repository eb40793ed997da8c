// `pnpm demo`: runs the three keylint surfaces on this example app and prints their findings,
// grouped by surface, with a one-line summary each. Fake keys are generated into a working copy
// (examples/.run/) so that nothing key-shaped is ever committed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeKey } from '@keylint/core/testing';

const examplesDirectory = dirname(fileURLToPath(import.meta.url));
const runDirectory = join(examplesDirectory, '.run');
const require = createRequire(import.meta.url);
const useColor = process.stdout.isTTY === true && !('NO_COLOR' in process.env);
const style = (code) => (text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = style('1');
const dim = style('2');
const red = style('31');
const yellow = style('33');
const cyan = style('36');
const NOT_COPIED = new Set(['node_modules', '.run', 'demo.mjs', 'package.json', 'test']);
// `__FAKE_KEY_<kind>__`, optionally `_CUT` (a truncated copy) or `_ZWSP` (a zero-width space pasted in).
const FAKE_KEY_MARKER = /__FAKE_KEY_([a-z-]+?)(?:_(CUT|ZWSP))?__/g;
// Files are rewritten byte for byte (read and written as latin1), so the zero-width space goes in as its UTF-8 bytes.
const ZERO_WIDTH_SPACE_BYTES = Buffer.from('\u200b', 'utf8').toString('latin1');
const DAMAGE = { CUT: (key) => key.slice(0, 40), ZWSP: (key) => `${key.slice(0, 30)}${ZERO_WIDTH_SPACE_BYTES}${key.slice(30)}` };

function prepareWorkingCopy() {
  rmSync(runDirectory, { recursive: true, force: true });
  for (const entry of readdirSync(examplesDirectory)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(examplesDirectory, entry), join(runDirectory, entry), { recursive: true });
  }
  const visit = (directory) => {
    for (const entry of readdirSync(directory)) {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) {
        visit(path);
        continue;
      }
      const text = readFileSync(path, 'latin1');
      if (!FAKE_KEY_MARKER.test(text)) continue;
      FAKE_KEY_MARKER.lastIndex = 0;
      const seed = relative(runDirectory, path);
      const replaced = text.replace(FAKE_KEY_MARKER, (_marker, kind, damage) => (damage === undefined ? fakeKey(kind, seed) : DAMAGE[damage](fakeKey(kind, seed))));
      writeFileSync(path, replaced, 'latin1');
    }
  };
  visit(runDirectory);
}

/** Runs a CLI of this workspace with JSON output; returns its ESLint-shaped results or an error line. */
function runJsonCli(binary, args, environment = {}) {
  const result = spawnSync(process.execPath, [binary, ...args, '--format', 'json'], { cwd: runDirectory, encoding: 'utf8', env: { ...process.env, ...environment, NO_COLOR: '1' } });
  try {
    return { results: JSON.parse(result.stdout), stderr: result.stderr.trim() };
  } catch {
    return { results: [], stderr: (result.stderr || result.stdout || `exit ${result.status}`).trim() };
  }
}

function binaryOf(packageName, binaryName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), manifest.bin[binaryName]);
}

const rulesSeen = new Set();

function printResults(title, results, note) {
  const messages = results.flatMap((result) => result.messages.map((message) => ({ ...message, file: relative(runDirectory, result.filePath) || result.filePath })));
  console.log(`\n${bold(cyan(`━━ ${title} `.padEnd(78, '━')))}`);
  if (note) console.log(dim(note));
  let previousFile;
  for (const message of messages) {
    if (message.file !== previousFile) {
      console.log(`\n  ${bold(`examples/${message.file}`)}`);
      previousFile = message.file;
    }
    const ruleId = (message.ruleId ?? 'fatal').replace(/^keylint\//, '');
    rulesSeen.add(ruleId);
    const severity = message.severity === 2 ? red('error') : yellow('warn ');
    console.log(`    ${dim(`${message.line}:${message.column}`.padEnd(7))} ${severity}  ${ruleId.padEnd(28)} ${message.message}`);
  }
  const errors = messages.filter((message) => message.severity === 2).length;
  const warnings = messages.length - errors;
  const rules = new Set(messages.map((message) => message.ruleId));
  const files = new Set(messages.map((message) => message.file));
  console.log(`\n  ${bold(`${title}: ${messages.length} problems (${errors} errors, ${warnings} warnings) in ${files.size} files, ${rules.size} different rules`)}`);
  return messages.length;
}

async function runEslint() {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ cwd: runDirectory });
  return eslint.lintFiles(['.']);
}

prepareWorkingCopy();
console.log(bold('keylint demo — a small app wired to OpenAI, Anthropic and Azure OpenAI, with the usual mistakes'));
console.log(dim(`working copy with generated fake keys: ${relative(process.cwd(), runDirectory)}`));

try {
  printResults('ESLint + eslint-plugin-keylint (code and .env files)', await runEslint());
} catch (error) {
  console.log(`\n${red('ESLint could not run:')} ${String(error?.message ?? error).split('\n')[0]}`);
}

const keylintEnv = binaryOf('@keylint/dotenv', 'keylint-env');
const envCheck = runJsonCli(keylintEnv, ['check', '.', 'server']);
printResults('keylint-env check (dotenv-linter checks + key rules)', envCheck.results, envCheck.results.length === 0 ? envCheck.stderr : undefined);

// A stale key exported in the shell silently beats every .env file: doctor shows which one wins.
const staleKey = fakeKey('openai-project', 'stale shell export');
const doctor = spawnSync(process.execPath, [keylintEnv, 'doctor', '.', '--loader', 'nextjs'], { cwd: runDirectory, encoding: 'utf8', env: { ...process.env, OPENAI_API_KEY: staleKey, NO_COLOR: '1' } });
console.log(`\n${bold(cyan('━━ keylint-env doctor --loader nextjs (OPENAI_API_KEY also exported in the shell) '.padEnd(78, '━')))}`);
console.log((doctor.stdout || doctor.stderr).trimEnd().split('\n').map((line) => `  ${line}`).join('\n'));

const keylintCollection = binaryOf('@keylint/collections', 'keylint-collection');
const collectionTargets = ['postman/keylint-demo.postman_collection.json', 'scripts', 'README.md'].filter((target) => existsSync(join(runDirectory, target)));
const collectionCheck = runJsonCli(keylintCollection, [...collectionTargets, '-e', 'postman/local.postman_environment.json']);
printResults('keylint-collection (Postman export, environment, cURL in scripts and Markdown)', collectionCheck.results, collectionCheck.results.length === 0 ? collectionCheck.stderr : undefined);

console.log(`\n${bold(`${rulesSeen.size} different rules fired across the three surfaces:`)} ${[...rulesSeen].sort().join(', ')}`);
