import { defineRule, fingerprint, PROCESS_ENV_SOURCE, type EnvDefinitionsFact } from '@keylint/core';
import { fakeKey, fakeOrganizationId } from '@keylint/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/parser/index.js';
import { diagnose } from '../../src/doctor/diagnose.js';
import { buildReport } from '../../src/doctor/build-report.js';
import { doctor, expectNoSecret, makeProject, parseReport, type DoctorRun } from './helpers.js';

const keys = {
  env: fakeKey('openai-project', 'env'),
  local: fakeKey('openai-project', 'local'),
  development: fakeKey('openai-project', 'development'),
  developmentLocal: fakeKey('openai-project', 'development-local'),
  exported: fakeKey('openai-project', 'exported'),
  anthropic: fakeKey('anthropic', 'doctor'),
};
const allKeys = Object.values(keys);

let cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
  cleanups = [];
});

async function project(files: Readonly<Record<string, string | Uint8Array>>): Promise<string> {
  const created = await makeProject(files);
  cleanups.push(created.cleanup);
  return created.directory;
}

function variable(run: DoctorRun, name: string) {
  const found = parseReport(run).variables.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`${name} not in the report:\n${run.stdout}`);
  return found;
}

const fourFiles = {
  '.env': `OPENAI_API_KEY=${keys.env}\n`,
  '.env.local': `OPENAI_API_KEY=${keys.local}\n`,
  '.env.development': `OPENAI_API_KEY=${keys.development}\n`,
  '.env.development.local': `OPENAI_API_KEY=${keys.developmentLocal}\n`,
};

describe('which definition wins', () => {
  it('dotenv (the default) reads only .env; the other files are listed as not loaded', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${keys.env}\n`, '.env.local': `OPENAI_API_KEY=${keys.local}\n`, '.env.development': `OPENAI_API_KEY=${keys.development}\n` });
    const run = await doctor(['--format', 'json'], { cwd: directory });
    const key = variable(run, 'OPENAI_API_KEY');
    expect(parseReport(run)).toMatchObject({ loader: 'dotenv', loaderFrom: 'default' });
    expect(key.winner).toMatchObject({ source: '.env:1', fingerprint: fingerprint(keys.env) });
    expect(key.winner?.reason).toMatch(/dotenv reads only \.env/);
    expect(key.sources.map((source) => [source.source, source.loaded, source.winner])).toEqual([
      ['.env', true, true],
      ['.env.development', false, false],
      ['.env.local', false, false],
    ]);
    expect(run.code).toBe(0);
    expectNoSecret(run, allKeys);
  });

  it.each(['dotenv', 'nextjs', 'vite'])('with %s an exported variable beats every file', async (loader) => {
    const directory = await project(fourFiles);
    const run = await doctor(['--loader', loader, '--format', 'json'], { cwd: directory, env: { OPENAI_API_KEY: keys.exported } });
    const key = variable(run, 'OPENAI_API_KEY');
    expect(key.winner?.source).toBe(PROCESS_ENV_SOURCE);
    expect(key.winner?.fingerprint).toBe(fingerprint(keys.exported));
    expect(key.winner?.reason).toMatch(/never overrides a variable that is already set in the process environment/);
    expect(key.sources[0]).toMatchObject({ source: 'process.env', winner: true, path: null, line: null });
    expectNoSecret(run, allKeys);
  });

  it('Next.js: .env.development.local > .env.local > .env.development > .env', async () => {
    const directory = await project(fourFiles);
    const run = await doctor(['--loader', 'nextjs', '--format', 'json'], { cwd: directory });
    const key = variable(run, 'OPENAI_API_KEY');
    expect(key.sources.map((source) => source.source)).toEqual(['.env.development.local', '.env.local', '.env.development', '.env']);
    expect(key.winner).toMatchObject({ source: '.env.development.local:1', fingerprint: fingerprint(keys.developmentLocal) });
    expect(key.winner?.reason).toContain('it beats .env.local, .env.development, .env');
  });

  it('Next.js skips .env.local in test mode', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${keys.env}\n`, '.env.local': `OPENAI_API_KEY=${keys.local}\n` });
    const run = await doctor(['--loader', 'nextjs', '--mode', 'test', '--format', 'json'], { cwd: directory });
    const key = variable(run, 'OPENAI_API_KEY');
    expect(key.winner?.source).toBe('.env:1');
    expect(key.sources.find((source) => source.source === '.env.local')?.loaded).toBe(false);
  });

  it('Vite: the mode file beats .env.local', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${keys.env}\n`, '.env.local': `OPENAI_API_KEY=${keys.local}\n`, '.env.staging': `OPENAI_API_KEY=${keys.development}\n` });
    const run = await doctor(['--loader=vite', '--mode=staging', '--format=json'], { cwd: directory });
    const key = variable(run, 'OPENAI_API_KEY');
    expect(key.sources.map((source) => source.source)).toEqual(['.env.staging', '.env.local', '.env']);
    expect(key.winner?.fingerprint).toBe(fingerprint(keys.development));
  });

  it('marks a file that repeats the winning value', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${keys.exported}\n` });
    const run = await doctor(['--format', 'json'], { cwd: directory, env: { OPENAI_API_KEY: keys.exported } });
    expect(variable(run, 'OPENAI_API_KEY').sources[1]).toMatchObject({ source: '.env', sameAsWinner: true, winner: false });
  });

  it('a key only files the loader skips define is reported as not set', async () => {
    const directory = await project({ '.env.local': `OPENAI_API_KEY=${keys.local}\n` });
    const run = await doctor(['--format', 'json'], { cwd: directory });
    const key = variable(run, 'OPENAI_API_KEY');
    expect(key.winner).toBeNull();
    expect(key.notes).toEqual(['OPENAI_API_KEY is not set: only .env.local defines it, and dotenv does not load it.']);
    expect(run.code).toBe(1);
  });

  it('ignores example and template files', async () => {
    const directory = await project({ '.env.example': `OPENAI_API_KEY=${keys.env}\n` });
    const run = await doctor(['--format', 'json'], { cwd: directory });
    expect(parseReport(run)).toMatchObject({ files: [], variables: [], ok: true });
    expect(run.code).toBe(0);
  });
});

describe('what is reported', () => {
  it('provider variables from the process environment, not every token of the shell', async () => {
    const directory = await project({});
    const run = await doctor(['--format', 'json'], { cwd: directory, env: { ANTHROPIC_API_KEY: keys.anthropic, GITHUB_TOKEN: 'ghp_notarealtoken', HOME: '/root', PATH: '/usr/bin' } });
    const report = parseReport(run);
    expect(report.variables.map((entry) => entry.name)).toEqual(['ANTHROPIC_API_KEY']);
    expect(report.variables[0]).toMatchObject({ kind: 'key', provider: 'anthropic', winner: { source: 'process.env', fingerprint: fingerprint(keys.anthropic) } });
    expectNoSecret(run, allKeys);
  });

  it('base URLs and organization IDs with their values; keys by fingerprint only', async () => {
    const organization = fakeOrganizationId('doctor');
    const directory = await project({ '.env': `OPENAI_API_KEY=${keys.env}\nOPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_ORG_ID=${organization}\nPORT=3000\n` });
    const run = await doctor(['--format', 'json'], { cwd: directory });
    const report = parseReport(run);
    expect(report.variables.map((entry) => [entry.name, entry.kind])).toEqual([
      ['OPENAI_API_KEY', 'key'],
      ['OPENAI_BASE_URL', 'base-url'],
      ['OPENAI_ORG_ID', 'organization'],
    ]);
    expect(variable(run, 'OPENAI_BASE_URL')).toMatchObject({ url: 'https://api.openai.com/v1', sources: [{ value: 'https://api.openai.com/v1' }] });
    expect(variable(run, 'OPENAI_ORG_ID').sources[0]?.value).toBe(organization);
    expect(variable(run, 'OPENAI_API_KEY').sources[0]?.value).toBeNull();
    expect(run.code).toBe(0);
    expectNoSecret(run, allKeys);
  });

  it('variables the config names as keys', async () => {
    const directory = await project({ 'keylint.config.json': JSON.stringify({ keyVariables: ['BOT_CREDENTIAL'] }), '.env': `BOT_CREDENTIAL=${keys.env}\n` });
    const run = await doctor(['--format', 'json'], { cwd: directory });
    expect(variable(run, 'BOT_CREDENTIAL')).toMatchObject({ kind: 'key', winner: { fingerprint: fingerprint(keys.env) } });
  });

  it('findings of core rules on the winning value, with the source they are about', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=" ${keys.env}"\n` });
    const json = await doctor(['--format', 'json'], { cwd: directory });
    const key = variable(json, 'OPENAI_API_KEY');
    expect(key.findings).toContainEqual(expect.objectContaining({ ruleId: 'key-whitespace', severity: 'error', source: '.env:1' }));
    expect(key.ok).toBe(false);
    expect(json.code).toBe(1);
    const text = await doctor([], { cwd: directory });
    expect(text.stdout).toMatch(/error OPENAI_API_KEY starts with a space.*\[key-whitespace, \.env:1\]/);
    expect(text.stdout).toContain(fingerprint(` ${keys.env}`));
    expect(text.code).toBe(1);
    expectNoSecret(json, allKeys);
    expectNoSecret(text, allKeys);
  });

  it('a finding on a losing file is not the winner’s problem', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=" ${keys.env}"\n` });
    const run = await doctor(['--format', 'json'], { cwd: directory, env: { OPENAI_API_KEY: keys.exported } });
    const key = variable(run, 'OPENAI_API_KEY');
    expect(key.findings.filter((finding) => finding.ruleId === 'key-whitespace')).toEqual([]);
  });

  it('config severities apply: a rule turned off reports nothing', async () => {
    const directory = await project({ 'keylint.config.json': JSON.stringify({ rules: { 'key-whitespace': 'off' } }), '.env': `OPENAI_API_KEY=" ${keys.env}"\n` });
    const run = await doctor(['--format', 'json'], { cwd: directory });
    expect(variable(run, 'OPENAI_API_KEY').findings.map((finding) => finding.ruleId)).not.toContain('key-whitespace');
  });

  it('--config names the config file; --no-config ignores the one found', async () => {
    const directory = await project({ 'keylint.config.json': JSON.stringify({ loader: 'nextjs' }), 'other.json': JSON.stringify({ loader: 'vite' }), '.env': `OPENAI_API_KEY=${keys.env}\n` });
    expect(parseReport(await doctor(['--format', 'json', '--config', 'other.json'], { cwd: directory })).loader).toBe('vite');
    expect(parseReport(await doctor(['--format', 'json', '--no-config'], { cwd: directory })).loader).toBe('dotenv');
    const missing = await doctor(['--config', 'nope.json'], { cwd: directory });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: config file not found');
  });

  it('without option or config, the project\'s package.json picks Next.js or Vite, as for check', async () => {
    const directory = await project({ 'package.json': JSON.stringify({ dependencies: { next: '15.0.0' } }), '.env': `OPENAI_API_KEY=${keys.env}\n`, '.env.local': `OPENAI_API_KEY=${keys.local}\n` });
    const report = parseReport(await doctor(['--format', 'json'], { cwd: directory }));
    expect(report).toMatchObject({ loader: 'nextjs', loaderFrom: 'package.json' });
    expect(report.variables[0]?.winner?.source).toBe('.env.local:1');
    const vite = await project({ 'package.json': JSON.stringify({ devDependencies: { vite: '8.0.0' } }) });
    expect(parseReport(await doctor(['--format', 'json'], { cwd: vite }))).toMatchObject({ loader: 'vite', loaderFrom: 'package.json' });
  });

  it('the config chooses the loader; --loader overrides it', async () => {
    const directory = await project({ 'keylint.config.json': JSON.stringify({ loader: 'nextjs' }), '.env': `OPENAI_API_KEY=${keys.env}\n`, '.env.local': `OPENAI_API_KEY=${keys.local}\n` });
    const fromConfig = parseReport(await doctor(['--format', 'json'], { cwd: directory }));
    expect(fromConfig.loader).toBe('nextjs');
    expect(fromConfig.loaderFrom).toBe('config');
    expect(fromConfig.variables[0]?.winner?.source).toBe('.env.local:1');
    const overridden = parseReport(await doctor(['--format', 'json', '--loader', 'dotenv'], { cwd: directory }));
    expect(overridden.loader).toBe('dotenv');
    expect(overridden.loaderFrom).toBe('option');
    expect(overridden.variables[0]?.winner?.source).toBe('.env:1');
  });

  it('an unreadable file is named in one line and the others are still read', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${keys.env}\n`, '.env.local': new Uint8Array([0x4f, 0x3d, 0x00, 0x01]) });
    const run = await doctor(['--loader', 'nextjs', '--format', 'json'], { cwd: directory });
    const report = parseReport(run);
    expect(run.stderr).toMatch(/^keylint-env doctor: .*\.env\.local: binary file/);
    expect(report.files.find((file) => file.file === '.env.local')?.error).toMatch(/binary file/);
    expect(report.variables[0]?.winner?.source).toBe('.env:1');
    expect(run.code).toBe(1);
  });

  it('a directory with nothing to report', async () => {
    const directory = await project({ '.env': 'PORT=3000\n' });
    const run = await doctor([], { cwd: directory });
    expect(run.stdout).toContain('No API keys or provider settings found');
    expect(run.code).toBe(0);
  });

  it('takes the directory as an argument, relative to the working directory', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${keys.env}\n` });
    const run = await doctor([directory.split('/').pop() as string, '--format', 'json'], { cwd: `${directory}/..` });
    expect(parseReport(run).directory).toBe(directory);
  });
});

describe('text output', () => {
  it('a section per variable, the winner marked, the reason, a verdict', async () => {
    const directory = await project(fourFiles);
    const run = await doctor(['--loader', 'nextjs'], { cwd: directory, env: { OPENAI_API_KEY: keys.exported } });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`keylint-env doctor ${directory} · loader: Next.js (--loader) · mode: development`);
    expect(run.stdout).toContain('OPENAI_API_KEY · key · OpenAI');
    expect(lines.find((line) => line.startsWith('  * '))).toMatch(new RegExp(`^  \\* process\\.env +${fingerprint(keys.exported).replace(/[().#]/g, '\\$&')}  wins$`));
    expect(run.stdout).toContain('why: Next.js never overrides a variable that is already set in the process environment');
    expect(lines.at(-2)).toMatch(/^[✔✖] /);
    expectNoSecret(run, allKeys);
  });

  it('--quiet prints only the variables with problems and the verdict', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=" ${keys.env}"\nANTHROPIC_API_KEY=${keys.anthropic}\n` });
    const run = await doctor(['--quiet'], { cwd: directory });
    expect(run.stdout).toContain('OPENAI_API_KEY · key · OpenAI');
    expect(run.stdout).not.toContain('ANTHROPIC_API_KEY');
    expect(run.stdout).not.toContain('keylint-env doctor');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ problems?: OPENAI_API_KEY/);
    const clean = await doctor(['-q'], { cwd: await project({ '.env': `OPENAI_API_KEY=${keys.env}\n` }) });
    expect(clean.stdout).toBe('✔ OK: 1 variable checked, 1 key, no problems.\n');
  });

  it('base URLs are quoted with invisible characters escaped', async () => {
    const directory = await project({ '.env': 'OPENAI_BASE_URL="https://api.openai.com/v1\u200b"\n' });
    const run = await doctor([], { cwd: directory, env: { ANTHROPIC_BASE_URL: 'https://api.anthropic.com\r' } });
    expect(run.stdout).toContain('"https://api.openai.com/v1\\u200b"');
    expect(run.stdout).toContain('"https://api.anthropic.com\\r"');
  });

  it('colours only on a terminal without NO_COLOR or --plain', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${keys.env}\n` });
    const escape = '\u001b[';
    expect((await doctor([], { cwd: directory, tty: true })).stdout).toContain(escape);
    expect((await doctor([], { cwd: directory, tty: false })).stdout).not.toContain(escape);
    expect((await doctor([], { cwd: directory, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(escape);
    expect((await doctor(['--plain'], { cwd: directory, tty: true })).stdout).not.toContain(escape);
  });
});

describe('JSON output', () => {
  it('has a stable, documented shape', async () => {
    const directory = await project({ '.env': `OPENAI_API_KEY=${keys.env}\n` });
    const report = parseReport(await doctor(['--format', 'json'], { cwd: directory }));
    expect(Object.keys(report)).toEqual(['version', 'directory', 'loader', 'loaderFrom', 'mode', 'online', 'files', 'variables', 'errors', 'ok', 'summary']);
    expect(report.version).toBe(1);
    expect(Object.keys(report.variables[0] ?? {})).toEqual(['name', 'kind', 'provider', 'winner', 'url', 'sources', 'findings', 'notes', 'online', 'onlineSkipped', 'ok']);
    expect(Object.keys(report.variables[0]?.sources[0] ?? {})).toEqual(['source', 'path', 'line', 'loaded', 'winner', 'fingerprint', 'value', 'sameAsWinner']);
    expect(report.files).toEqual([{ file: '.env', path: `${directory}/.env`, loaded: true, error: null }]);
  });
});

describe('usage', () => {
  it.each([
    [['--loader', 'webpack'], /--loader must be dotenv, nextjs or vite/],
    [['--format', 'sarif'], /--format must be text or json/],
    [['--mode', '../x'], /--mode/],
    [['--timeout', '0', '--online'], /--timeout/],
    [['--wat'], /unknown option --wat/],
    [['a', 'b'], /one directory/],
    [['--base-url', 'https://api.openai.com/v1'], /only makes sense with --online/],
    [['--online', '--base-url', 'http://api.openai.com/v1'], /refusing to send the key over plain http to api\.openai\.com/],
    [['--loader'], /--loader needs a value/],
    [['--config', 'a.json', '--no-config'], /exclude each other/],
    [['missing-directory'], /does not exist/],
  ])('%j → exit 2', async (args, message) => {
    const directory = await project({});
    const run = await doctor(args, { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('a file instead of a directory', async () => {
    const directory = await project({ '.env': 'A=1\n' });
    const run = await doctor(['.env'], { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a directory');
  });

  it('a broken config is a usage error naming the file', async () => {
    const directory = await project({ 'keylint.config.json': '{"loader": "rails"}' });
    const run = await doctor([], { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/keylint\.config\.json: "loader" must be/);
  });

  it('--help', async () => {
    const run = await doctor(['--help'], { cwd: '/' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: keylint-env doctor \[dir\]/);
  });
});

describe('diagnose maps env-definitions findings to their definition', () => {
  // A stand-in rule over env-definitions facts, so this test does not depend on which catalog rules exist.
  const reportsSecondDefinition = defineRule({
    id: 'test-second-definition',
    category: 'env',
    severity: 'warn',
    description: 'Reports the second definition.',
    facts: ['env-definitions'],
    recommended: false,
    messages: { second: '{{name}} is also defined in {{source}}' },
    check(fact: EnvDefinitionsFact, context) {
      const second = fact.definitions[1];
      if (second !== undefined) context.report({ messageId: 'second', data: { name: fact.name, source: second.source }, field: 'name', definition: 1 });
    },
  });

  it('reports the finding at the definition it names, and runs the rule only when there are 2+ sources', () => {
    const files = [
      { fileName: '.env', filePath: '/project/.env', role: 'base' as const, document: parseDotenv(`OPENAI_API_KEY=${keys.env}\nANTHROPIC_API_KEY=${keys.anthropic}\n`) },
      { fileName: '.env.local', filePath: '/project/.env.local', role: 'local' as const, document: parseDotenv(`\nOPENAI_API_KEY=${keys.local}\n`) },
    ];
    const diagnosis = diagnose({ files, processEnv: {}, loader: 'nextjs', mode: 'development', keyVariables: [], severities: {}, rules: [reportsSecondDefinition] });
    const report = buildReport({ directory: '/project', loader: 'nextjs', loaderFrom: 'option', mode: 'development', online: false, files, loadOrder: ['process.env', '.env.development.local', '.env.local', '.env.development', '.env'], diagnosis, onlineResults: [], onlineSkipped: [] });
    const openai = report.variables.find((entry) => entry.name === 'OPENAI_API_KEY');
    expect(openai?.findings).toEqual([{ ruleId: 'test-second-definition', severity: 'warn', message: 'OPENAI_API_KEY is also defined in .env', source: '.env:1' }]);
    expect(openai?.winner?.source).toBe('.env.local:2');
    expect(report.variables.find((entry) => entry.name === 'ANTHROPIC_API_KEY')?.findings).toEqual([]);
    expect(JSON.stringify(report)).not.toContain(keys.env);
  });
});
