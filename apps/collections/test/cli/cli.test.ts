import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeKey } from '@keylint/core/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * The built CLI run as a subprocess, as users run it. Requires `dist/` (turbo builds before
 * testing). Every test also checks that no full key reaches stdout or stderr.
 */
const bin = join(import.meta.dirname, '..', '..', 'bin', 'keylint-collection.js');
const projectKey = fakeKey('openai-project', 'cli');
const anthropicKey = fakeKey('anthropic', 'cli');
const keys = [projectKey, anthropicKey];
let directory: string;

function run(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: directory,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
  });
  for (const key of keys) {
    expect(result.stdout).not.toContain(key);
    expect(result.stderr).not.toContain(key);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const leaky = JSON.stringify(
  {
    info: { name: 'Leaky', schema },
    item: [
      { name: 'Chat', request: { method: 'POST', header: [{ key: 'Authorization', value: `Bearer ${projectKey}\r` }, { key: 'Content-Type', value: 'application/json' }], body: { mode: 'raw', raw: '{"model":"gpt-4o-mini"}', options: { raw: { language: 'json' } } }, url: 'https://api.openai.com/v1/chat/completions' } },
      { name: 'Claude', request: { method: 'POST', header: [{ key: 'x-api-key', value: anthropicKey }, { key: 'anthropic-version', value: '2023-06-01' }], url: 'https://api.anthropic.com/v1/messages' } },
    ],
  },
  null,
  '\t',
);
const clean = JSON.stringify(
  {
    info: { name: 'Clean', schema },
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{OPENAI_API_KEY}}', type: 'string' }] },
    item: [{ name: 'Models', request: { method: 'GET', header: [], url: '{{baseUrl}}/models' } }],
    variable: [{ key: 'baseUrl', value: 'https://api.openai.com/v1' }],
  },
  null,
  '\t',
);
const needsEnvironment = JSON.stringify({
  info: { name: 'Env', schema },
  item: [{ name: 'Models', request: { method: 'GET', header: [{ key: 'Authorization', value: 'Bearer {{OPENAI_API_KEY}}' }, { key: 'X-Team', value: '{{team}}' }], url: 'https://api.openai.com/v1/models' } }],
});
const environment = JSON.stringify({ name: 'Local', values: [{ key: 'OPENAI_API_KEY', value: projectKey, enabled: true, type: 'secret' }], _postman_variable_scope: 'environment' });

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'keylint-collection-cli-'));
  writeFileSync(join(directory, 'leaky.postman_collection.json'), leaky);
  writeFileSync(join(directory, 'clean.postman_collection.json'), clean);
  writeFileSync(join(directory, 'env-needed.json'), needsEnvironment);
  writeFileSync(join(directory, 'local.postman_environment.json'), environment);
  writeFileSync(join(directory, 'broken.postman_collection.json'), '{"info": {"name": "x"');
  writeFileSync(join(directory, 'binary.postman_collection.json'), Buffer.from([0x7b, 0x00, 0x01, 0x02]));
  writeFileSync(join(directory, 'latin1.postman_collection.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
  writeFileSync(join(directory, 'package.json'), '{"name": "not-a-collection", "version": "1.0.0"}');
  mkdirSync(join(directory, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(directory, 'nested', 'deeper', 'api.json'), leaky);
  symlinkSync(join(directory, 'nested'), join(directory, 'nested', 'deeper', 'loop'));
  symlinkSync(join(directory, 'missing-target'), join(directory, 'dangling.postman_collection.json'));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('keylint-collection', () => {
  test('--help and --version exit 0', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: keylint-collection');
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('a clean collection exits 0 and prints nothing', () => {
    const result = run(['clean.postman_collection.json']);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  test('problems exit 1, in ESLint stylish text, `check` optional', () => {
    for (const args of [['leaky.postman_collection.json'], ['check', 'leaky.postman_collection.json']]) {
      const result = run(args);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('leaky.postman_collection.json');
      expect(result.stdout).toMatch(/key-whitespace/);
      expect(result.stdout).toContain('sk-proj-…');
      expect(result.stdout).not.toContain('\u001b[');
    }
  });

  test('json is ESLint-shaped with positions in the file', () => {
    const result = run(['leaky.postman_collection.json', '--format', 'json']);
    expect(result.status).toBe(1);
    const [report] = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(report?.filePath).toBe(join(directory, 'leaky.postman_collection.json'));
    const whitespace = report?.messages.find((message) => message.ruleId === 'key-whitespace');
    const line = leaky.split('\n')[(whitespace?.line ?? 1) - 1] ?? '';
    expect(line.slice((whitespace?.column ?? 1) - 1)).toMatch(/^\\r"/);
  });

  test('sarif lists catalog and collection rules, github prints annotations', () => {
    const sarif = run(['leaky.postman_collection.json', '--format=sarif']);
    expect(sarif.status).toBe(1);
    const log = JSON.parse(sarif.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    const ids = log.runs[0]?.tool.driver.rules.map((rule) => rule.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['key-whitespace', 'collection-undefined-variable', 'collection-shell-syntax', 'collection-auth-inheritance']));
    expect(log.runs[0]?.results.length).toBeGreaterThan(0);
    const github = run(['leaky.postman_collection.json', '-f', 'github']);
    expect(github.stdout).toMatch(/^::error file=leaky\.postman_collection\.json,line=\d+/m);
  });

  test('--quiet reports errors only', () => {
    const noisy = run(['env-needed.json', '-e', 'local.postman_environment.json', '--format', 'json']);
    const quiet = run(['env-needed.json', '-e', 'local.postman_environment.json', '--format', 'json', '--quiet']);
    const severities = (text: string): number[] => (JSON.parse(text) as { messages: { severity: number }[] }[]).flatMap((result) => result.messages.map((message) => message.severity));
    expect(severities(quiet.stdout).every((severity) => severity === 2)).toBe(true);
    expect(severities(noisy.stdout).length).toBeGreaterThanOrEqual(severities(quiet.stdout).length);
  });

  test('-e and --env-var resolve variables; an undefined one is reported once scopes are given', () => {
    const withoutTeam = run(['env-needed.json', '-e', 'local.postman_environment.json']);
    expect(withoutTeam.status).toBe(1);
    expect(withoutTeam.stdout).toContain('{{team}} is not defined');
    const withTeam = run(['env-needed.json', '-e', 'local.postman_environment.json', '--env-var', 'team=platform', '--format', 'json']);
    const reports = JSON.parse(withTeam.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(reports.find((report) => report.filePath.endsWith('env-needed.json'))?.messages).toEqual([]);
  });

  test('the -e environment is an export too: the key in it is reported as leaked', () => {
    const result = run(['env-needed.json', '-e', 'local.postman_environment.json', '--env-var', 'team=platform', '--format', 'json']);
    expect(result.status).toBe(1);
    const reports = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    const environmentReport = reports.find((report) => report.filePath.endsWith('local.postman_environment.json'));
    expect(environmentReport?.messages.map((message) => message.ruleId)).toContain('key-hardcoded');
  });

  test('bad files are one line each, the others are still checked (exit 1)', () => {
    const result = run(['broken.postman_collection.json', 'binary.postman_collection.json', 'latin1.postman_collection.json', 'dangling.postman_collection.json', 'nested', 'leaky.postman_collection.json', '--format', 'json']);
    expect(result.status).toBe(1);
    const reports = JSON.parse(result.stdout) as { filePath: string; messages: { fatal?: boolean; message: string }[] }[];
    const fatal = (name: string): string | undefined => reports.find((report) => report.filePath.endsWith(name))?.messages.find((message) => message.fatal === true)?.message;
    expect(fatal('broken.postman_collection.json')).toMatch(/^broken\.postman_collection\.json: broken JSON: .* at line 1, column \d+$/);
    expect(fatal('binary.postman_collection.json')).toMatch(/^binary\.postman_collection\.json: binary file/);
    expect(fatal('latin1.postman_collection.json')).toMatch(/^latin1\.postman_collection\.json: not valid UTF-8/);
    expect(fatal('dangling.postman_collection.json')).toMatch(/no such file or directory/);
    expect(reports.find((report) => report.filePath.endsWith('leaky.postman_collection.json'))?.messages.length).toBeGreaterThan(0);
    // The symlink loop inside nested/ is walked once, and the JSON collection in it is found.
    expect(reports.filter((report) => report.filePath.endsWith('api.json'))).toHaveLength(1);
  });

  test('exit 2 when nothing could be checked, and for usage errors', () => {
    expect(run(['broken.postman_collection.json']).status).toBe(2);
    expect(run(['does-not-exist.json']).status).toBe(2);
    expect(run(['leaky.postman_collection.json', '--format', 'xml']).status).toBe(2);
    expect(run(['leaky.postman_collection.json', '--bogus']).status).toBe(2);
    expect(run([]).status).toBe(2);
    expect(run(['-e', 'nested', 'leaky.postman_collection.json']).stderr).toMatch(/--environment nested: is a directory/);
  });

  test('a directory is walked for collections, skipping JSON that is not Postman', () => {
    const result = run(['.', '--format', 'json']);
    const files = (JSON.parse(result.stdout) as { filePath: string }[]).map((report) => report.filePath.slice(directory.length + 1));
    expect(files).toContain('leaky.postman_collection.json');
    expect(files).toContain('local.postman_environment.json');
    expect(files).toContain('env-needed.json');
    expect(files).not.toContain('package.json');
  });

  test('standard input, JSON or not, named by --stdin-filename', () => {
    const result = run(['-', '--stdin-filename', 'pasted.json', '--format', 'json'], { input: leaky });
    expect(result.status).toBe(1);
    const [report] = JSON.parse(result.stdout) as { filePath: string; messages: unknown[] }[];
    expect(report?.filePath).toBe('pasted.json');
    expect(report?.messages.length).toBeGreaterThan(0);
  });

  test('colours only on a terminal and never with NO_COLOR', () => {
    expect(run(['leaky.postman_collection.json'], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(run(['leaky.postman_collection.json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  test('the config file sets severities and ignores', () => {
    const configured = mkdtempSync(join(tmpdir(), 'keylint-collection-config-'));
    try {
      writeFileSync(join(configured, 'a.postman_collection.json'), leaky);
      mkdirSync(join(configured, 'vendor'));
      writeFileSync(join(configured, 'vendor', 'b.postman_collection.json'), leaky);
      writeFileSync(join(configured, 'keylint.config.json'), JSON.stringify({ rules: { 'key-whitespace': 'off' }, ignorePatterns: ['vendor/'] }));
      const result = spawnSync(process.execPath, [bin, '.', '--format', 'json'], { cwd: configured, encoding: 'utf8' });
      const reports = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
      expect(reports.map((report) => report.filePath.slice(configured.length + 1))).toEqual(['a.postman_collection.json']);
      expect(reports[0]?.messages.some((message) => message.ruleId === 'key-whitespace')).toBe(false);
      writeFileSync(join(configured, 'keylint.config.json'), JSON.stringify({ rules: { 'key-whitespace': 'loud' } }));
      const invalid = spawnSync(process.execPath, [bin, '.'], { cwd: configured, encoding: 'utf8' });
      expect(invalid.status).toBe(2);
      expect(invalid.stderr).toMatch(/keylint\.config\.json: rule "key-whitespace" has severity "loud"/);
    } finally {
      rmSync(configured, { recursive: true, force: true });
    }
  });
});

describe('keylint-collection sanitize', () => {
  test('writes a copy without keys plus an environment template, and never touches the input', () => {
    const before = readFileSync(join(directory, 'leaky.postman_collection.json'), 'utf8');
    const result = run(['sanitize', 'leaky.postman_collection.json', '-o', 'shared.postman_collection.json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/Replaced 2 hard-coded secrets/);
    expect(readFileSync(join(directory, 'leaky.postman_collection.json'), 'utf8')).toBe(before);
    const shared = readFileSync(join(directory, 'shared.postman_collection.json'), 'utf8');
    for (const key of keys) expect(shared).not.toContain(key);
    expect(shared).toContain('Bearer {{OPENAI_API_KEY}}\\r');
    expect(shared).toContain('"value": "{{ANTHROPIC_API_KEY}}"');
    const template = JSON.parse(readFileSync(join(directory, 'shared.postman_environment.json'), 'utf8')) as { values: { key: string; value: string }[] };
    expect(template.values.map((value) => [value.key, value.value])).toEqual([['OPENAI_API_KEY', ''], ['ANTHROPIC_API_KEY', '']]);
    // Idempotent: sanitizing the copy changes nothing.
    const again = run(['sanitize', 'shared.postman_collection.json', '--in-place']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/No hard-coded secrets/);
    expect(readFileSync(join(directory, 'shared.postman_collection.json'), 'utf8')).toBe(shared);
  });

  test('refuses to overwrite its input without --in-place, and needs an output', () => {
    expect(run(['sanitize', 'leaky.postman_collection.json', '-o', 'leaky.postman_collection.json']).status).toBe(2);
    expect(run(['sanitize', 'leaky.postman_collection.json']).status).toBe(2);
    expect(run(['sanitize', 'broken.postman_collection.json', '-o', 'x.json']).status).toBe(2);
    expect(existsSync(join(directory, 'x.json'))).toBe(false);
  });

  test('does not overwrite an environment that is not its own template', () => {
    writeFileSync(join(directory, 'team.postman_environment.json'), environment);
    const result = run(['sanitize', 'leaky.postman_collection.json', '-o', 'team.postman_collection.json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/is not a keylint template, so it was left alone/);
    expect(readFileSync(join(directory, 'team.postman_environment.json'), 'utf8')).toBe(environment);
  });

  test('-o - prints the copy', () => {
    const result = run(['sanitize', 'leaky.postman_collection.json', '-o', '-']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('{{OPENAI_API_KEY}}');
  });
});

describe('keylint-collection on cURL files', () => {
  test('a shell script is checked by the cURL rules, with their SARIF descriptors', () => {
    writeFileSync(join(directory, 'call.sh'), "curl https://api.openai.com/v1/models -H 'Authorization: Bearer $OPENAI_API_KEY'\n");
    const text = run(['call.sh']);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/curl-/);
    const sarif = JSON.parse(run(['call.sh', '--format', 'sarif']).stdout) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] };
    expect(sarif.runs[0]?.tool.driver.rules.some((rule) => rule.id.startsWith('curl-'))).toBe(true);
    const piped = run(['-', '--stdin-filename', 'snippet.sh'], { input: `curl https://api.openai.com/v1/models -H "Authorization: Bearer ${projectKey}"\n` });
    expect(piped.status).toBe(1);
  });
});
