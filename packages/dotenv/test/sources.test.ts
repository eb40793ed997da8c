import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeKey } from '@keylint/core/testing';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDotenv } from '../src/parser/index.js';
import { buildEnvDefinitions, collectEnvDefinitions, discoverEnvFiles, envFileRole, type LoadedEnvFile } from '../src/sources.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'keylint-sources-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function file(name: string, text: string): LoadedEnvFile {
  return { filePath: join(directory, name), document: parseDotenv(text) };
}

describe('envFileRole', () => {
  it.each([
    ['.env', { role: 'base' }],
    ['.env.local', { role: 'local' }],
    ['.env.development', { role: 'mode', mode: 'development' }],
    ['.env.production.local', { role: 'mode-local', mode: 'production' }],
    ['.env.example', { role: 'template' }],
    ['.env.sample', { role: 'template' }],
    ['.env.template', { role: 'template' }],
    ['.env.example.local', { role: 'template' }],
    ['.env.foo.common', { role: 'other' }],
  ])('%s', (name, expected) => {
    expect(envFileRole(name)).toEqual(expected);
  });

  it.each(['.envrc', '.env.bak', 'env', '.env.', 'config.env', '.environment'])('%s is not an env file', (name) => {
    expect(envFileRole(name)).toBeUndefined();
  });
});

describe('discoverEnvFiles', () => {
  it('lists the .env files of one directory, sorted, without subdirectories, backups or .envrc', async () => {
    for (const name of ['.env', '.env.local', '.env.development', '.env.development.local', '.env.example', '.envrc', '.env.bak', 'README.md']) {
      await writeFile(join(directory, name), 'A=1\n');
    }
    await mkdir(join(directory, '.env.d'));
    await mkdir(join(directory, 'nested'));
    await writeFile(join(directory, 'nested', '.env'), 'A=1\n');
    const files = await discoverEnvFiles(directory);
    expect(files.map((found) => [found.fileName, found.role, found.mode])).toEqual([
      ['.env', 'base', undefined],
      ['.env.development', 'mode', 'development'],
      ['.env.development.local', 'mode-local', 'development'],
      ['.env.example', 'template', undefined],
      ['.env.local', 'local', undefined],
    ]);
    expect(files[0]?.filePath).toBe(join(directory, '.env'));
  });

  it('lists symbolic links, even broken ones, so that reading them reports the problem', async () => {
    await symlink(join(directory, 'missing'), join(directory, '.env.local'));
    expect((await discoverEnvFiles(directory)).map((found) => found.fileName)).toEqual(['.env.local']);
  });

  it('throws for a directory that does not exist', async () => {
    await expect(discoverEnvFiles(join(directory, 'nope'))).rejects.toThrow(/ENOENT/);
  });
});

describe('buildEnvDefinitions', () => {
  const oldKey = fakeKey('openai-project', 'old');
  const newKey = fakeKey('openai-project', 'new');

  it('collects the process environment and the files Next.js loads, highest priority first, values as loaded', () => {
    const facts = buildEnvDefinitions({
      files: [
        file('.env', `OPENAI_API_KEY="${oldKey}"\nPORT=3000\n`),
        file('.env.local', `OPENAI_API_KEY=${newKey}   # the new one\n`),
        file('.env.development', 'PORT=4000\nONLY_HERE=1\n'),
        file('.env.production', 'PORT=80\n'),
      ],
      processEnv: { OPENAI_API_KEY: oldKey, PATH: '/usr/bin' },
      loader: 'nextjs',
      mode: 'development',
    });
    expect(facts.map((fact) => fact.name)).toEqual(['OPENAI_API_KEY', 'PORT']);
    const [key, port] = facts;
    expect(key).toMatchObject({ kind: 'env-definitions', loader: 'nextjs', mode: 'development', origin: { medium: 'env', filePath: join(directory, '.env.local') } });
    expect(key?.definitions).toEqual([
      { source: 'process.env', value: oldKey },
      { source: '.env.local', value: newKey, filePath: join(directory, '.env.local'), line: 1 },
      { source: '.env', value: oldKey, filePath: join(directory, '.env'), line: 1 },
    ]);
    // .env.production is not loaded in development mode.
    expect(port?.definitions.map((definition) => [definition.source, definition.value])).toEqual([
      ['.env.development', '4000'],
      ['.env', '3000'],
    ]);
  });

  it('dotenv reads only .env, so .env.local does not make a second source', () => {
    const facts = buildEnvDefinitions({ files: [file('.env', 'A=1\n'), file('.env.local', 'A=2\n')], processEnv: {}, loader: 'dotenv' });
    expect(facts).toEqual([]);
  });

  it('Vite puts .env.[mode] above .env.local', () => {
    const [fact] = buildEnvDefinitions({ files: [file('.env.local', 'A=local\n'), file('.env.staging', 'A=staging\n')], processEnv: {}, loader: 'vite', mode: 'staging' });
    expect(fact?.definitions.map((definition) => definition.source)).toEqual(['.env.staging', '.env.local']);
  });

  it('an empty exported value still counts as a definition', () => {
    const [fact] = buildEnvDefinitions({ files: [file('.env', 'A=1\n')], processEnv: { A: '' }, loader: 'dotenv' });
    expect(fact?.definitions).toEqual([{ source: 'process.env', value: '' }, expect.objectContaining({ source: '.env', value: '1' })]);
  });

  it('within one file only the last assignment is loaded', () => {
    const [fact] = collectEnvDefinitions({ files: [file('.env', 'A=1\nA=2\n')], processEnv: {}, loader: 'dotenv' });
    expect(fact?.definitions).toEqual([{ source: '.env', value: '2', filePath: join(directory, '.env'), line: 2 }]);
  });

  it('collects a requested name that only the process environment defines, and nothing else from it', () => {
    const facts = collectEnvDefinitions({ files: [], processEnv: { OPENAI_API_KEY: newKey, HOME: '/root' }, loader: 'nextjs', names: ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY'] });
    expect(facts).toEqual([
      { kind: 'env-definitions', name: 'OPENAI_API_KEY', loader: 'nextjs', mode: 'development', definitions: [{ source: 'process.env', value: newKey }], origin: { medium: 'process-env' } },
    ]);
  });

  it('property: every fact has 2+ definitions, from loaded sources, and each file value is what the parser loaded', () => {
    const names = fc.constantFrom('A', 'B', 'C');
    const value = fc.stringMatching(/^[a-z0-9]{0,6}$/);
    const assignments = fc.array(fc.tuple(names, value), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.record({ env: assignments, local: assignments, development: assignments, production: assignments, processEnv: fc.dictionary(names, value) }),
        fc.constantFrom('dotenv', 'nextjs', 'vite'),
        (input, loader) => {
          const text = (pairs: [string, string][]): string => pairs.map(([name, content]) => `${name}=${content}\n`).join('');
          const files = [file('.env', text(input.env)), file('.env.local', text(input.local)), file('.env.development', text(input.development)), file('.env.production', text(input.production))];
          const facts = buildEnvDefinitions({ files, processEnv: input.processEnv, loader, mode: 'development' });
          for (const fact of facts) {
            expect(fact.definitions.length).toBeGreaterThanOrEqual(2);
            expect(fact.definitions.some((definition) => definition.source === '.env.production')).toBe(false);
            if (loader === 'dotenv') expect(fact.definitions.every((definition) => definition.source === '.env' || definition.source === 'process.env')).toBe(true);
            for (const definition of fact.definitions) {
              if (definition.source === 'process.env') {
                expect(definition.value).toBe(input.processEnv[fact.name]);
              } else {
                const pairs = input[definition.source === '.env' ? 'env' : definition.source === '.env.local' ? 'local' : 'development'];
                expect(definition.value).toBe(pairs.filter(([name]) => name === fact.name).at(-1)?.[1]);
              }
            }
          }
        },
      ),
    );
  });
});
