import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fakeKey, fakeKeyKinds } from '@keylint/core/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DoctorUsageError, parseDoctorArguments } from '../../src/doctor/arguments.js';
import { doctor, makeProject } from './helpers.js';

let project: { directory: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  project = await makeProject({});
});

afterAll(async () => {
  await project.cleanup();
});

const names = fc.constantFrom('OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'NEXT_PUBLIC_OPENAI_API_KEY', 'OPENAI_APIKEY', 'MY_SERVICE_TOKEN', 'OPENAI_ORG_ID', 'OPENAI_BASE_URL', 'GROQ_API_KEY');
const wrappers = fc.constantFrom(
  (key: string) => key,
  (key: string) => `"${key}"`,
  (key: string) => `'${key}'`,
  (key: string) => `" ${key}"`,
  (key: string) => `"'${key}'"`,
  (key: string) => `${key}\r`,
  (key: string) => `"${key.slice(0, 20)} ${key.slice(20)}"`,
  (key: string) => `"${key.slice(0, 20)}\u200b${key.slice(20)}"`,
  (key: string) => `https://api.openai.com/v1?key=${key}`,
);
const definition = fc.record({ name: names, kind: fc.constantFrom(...fakeKeyKinds), seed: fc.integer({ min: 0, max: 1000 }), wrap: wrappers });
const files = fc.constantFrom('.env', '.env.local', '.env.development', '.env.production');

it('property: no output, text or JSON, of any loader ever contains a key', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(files, definition), { minLength: 1, maxLength: 5 }),
      fc.option(definition, { nil: undefined }),
      fc.constantFrom('dotenv', 'nextjs', 'vite'),
      fc.constantFrom('text', 'json'),
      async (assignments, exported, loader, format) => {
        const contents = new Map<string, string>();
        const keys: string[] = [];
        for (const [file, entry] of assignments) {
          const key = fakeKey(entry.kind, entry.seed);
          keys.push(key);
          contents.set(file, `${contents.get(file) ?? ''}${entry.name}=${entry.wrap(key)}\n`);
        }
        for (const file of ['.env', '.env.local', '.env.development', '.env.production']) await writeFile(join(project.directory, file), contents.get(file) ?? '');
        const env: Record<string, string> = {};
        if (exported !== undefined) {
          const key = fakeKey(exported.kind, exported.seed);
          keys.push(key);
          env[exported.name] = exported.wrap(key).replace(/^"|"$/g, '');
        }
        const run = await doctor(['--loader', loader, '--format', format], { cwd: project.directory, env });
        expect([0, 1]).toContain(run.code);
        const output = run.stdout + run.stderr;
        for (const key of keys) {
          // Any 16 characters of the key beyond its prefix would already say too much.
          for (let start = 8; start + 16 <= key.length - 4; start += 8) expect(output).not.toContain(key.slice(start, start + 16));
        }
      },
    ),
    { numRuns: 60 },
  );
});

it('property: argument parsing either succeeds or throws a usage error', () => {
  const pieces = fc.constantFrom('--loader', 'nextjs', 'vite', 'rails', '--mode', 'test', '../x', '--format', 'json', 'sarif', '--online', '--base-url', 'https://a.example/v1', '--timeout', '5', '-1', 'x', '--', '-q', '--plain', '--config', '--no-config', '--wat', '=', '--loader=vite', '--timeout=abc', '-h');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 8 }), (args) => {
      try {
        const parsed = parseDoctorArguments(args);
        expect(['text', 'json']).toContain(parsed.format);
        expect(parsed.timeoutMs).toBeGreaterThan(0);
      } catch (error) {
        expect(error).toBeInstanceOf(DoctorUsageError);
      }
    }),
  );
});
