import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeKey } from '@keylint/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Every kind of bad input through the built `keylint-collection` binary, for `check` and
 * `sanitize`. `check` reports a file it cannot read as one fatal message naming it (ESLint's
 * convention: one line in the text report, a `fatal` message in JSON), still checks the other
 * files, and exits 2 only when nothing could be checked. `sanitize` takes one file: one line on
 * stderr, exit 2, nothing written. BOM and CRLF files are valid and are checked normally.
 */
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'keylint-collection.js');
const IS_ROOT = process.getuid?.() === 0;
const key = fakeKey('openai-project', 'collection-matrix');
const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'keylint-collection-matrix-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function keylintCollection(cwd: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      expect((stdout + stderr).includes(key), 'a full key in the output').toBe(false);
      resolve({ code, stdout, stderr });
    });
  });
}

const GOOD = 'good.postman_collection.json';
/** Clean: the key comes from the environment, the URL from a variable. */
const GOOD_TEXT = JSON.stringify({
  info: { name: 'Good', schema },
  auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{OPENAI_API_KEY}}', type: 'string' }] },
  item: [{ name: 'Models', request: { method: 'GET', header: [], url: '{{baseUrl}}/models' } }],
  variable: [{ key: 'baseUrl', value: 'https://api.openai.com/v1' }],
});
/** A leaked key with a stray `\r`, pretty-printed so that positions have lines and columns. */
const LEAKY_TEXT = JSON.stringify(
  {
    info: { name: 'Leaky', schema },
    item: [{ name: 'Chat', request: { method: 'POST', header: [{ key: 'Authorization', value: `Bearer ${key}\r` }, { key: 'Content-Type', value: 'application/json' }], body: { mode: 'raw', raw: '{}' }, url: 'https://api.openai.com/v1/chat/completions' } }],
  },
  null,
  '\t',
);

interface BadRow {
  readonly name: string;
  readonly path: string;
  readonly create: (directory: string) => Promise<void>;
  /** The fatal message after `<path>: `. */
  readonly reason: RegExp;
}

const file = (name: string, content: string | Uint8Array) => (directory: string) => writeFile(join(directory, name), content);

const bad: readonly BadRow[] = [
  { name: 'binary', path: 'binary.postman_collection.json', create: file('binary.postman_collection.json', new Uint8Array([0x7b, 0x00, 0x01, 0x7d])), reason: /^binary file \(contains NUL bytes\); not checked$/ },
  { name: 'not UTF-8', path: 'latin1.postman_collection.json', create: file('latin1.postman_collection.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])), reason: /^not valid UTF-8 \(byte 0xe9 at offset 2\); re-save the file as UTF-8$/ },
  { name: 'not UTF-8 in a cURL script', path: 'call.sh', create: file('call.sh', new Uint8Array([0x63, 0x75, 0x72, 0x6c, 0x20, 0xff, 0x0a])), reason: /^not valid UTF-8/ },
  { name: 'empty JSON file', path: 'empty.postman_collection.json', create: file('empty.postman_collection.json', ''), reason: /^broken JSON: .+ at line 1, column 1$/ },
  { name: '50 MB', path: 'huge.postman_collection.json', create: file('huge.postman_collection.json', `[${'0,'.repeat(25 * 1024 * 1024)}0]`), reason: /^larger than 20 MiB; not checked$/ },
  { name: 'a path through a regular file (ENOTDIR)', path: 'plain-file/x.postman_collection.json', create: file('plain-file', '{}'), reason: /^cannot be read \(ENOTDIR\)$|^not a directory$/ },
  {
    name: 'dangling symlink',
    path: 'gone.postman_collection.json',
    create: (directory) => symlink('missing-target', join(directory, 'gone.postman_collection.json')),
    reason: /^no such file or directory$/,
  },
  {
    name: 'symlink loop',
    path: 'loop.postman_collection.json',
    create: (directory) => symlink('loop.postman_collection.json', join(directory, 'loop.postman_collection.json')),
    reason: /^symbolic link loop$/,
  },
  { name: 'missing file', path: 'missing.postman_collection.json', create: async () => undefined, reason: /^no such file or directory$/ },
  { name: 'broken JSON', path: 'broken.postman_collection.json', create: file('broken.postman_collection.json', '{"info": {"name": "x"'), reason: /^broken JSON: .+ at line 1, column \d+$/ },
  { name: 'JSON that is not a collection', path: 'package.json', create: file('package.json', '{"name": "app", "version": "1.0.0"}'), reason: /^not a Postman collection \(v2\.0\/v2\.1\), environment or globals export$/ },
  { name: 'JSON that is an array', path: 'list.json', create: file('list.json', '[1, 2, 3]'), reason: /^the top level is an array, not a Postman export object$/ },
  {
    name: 'v1 collection',
    path: 'old.postman_collection.json',
    create: file('old.postman_collection.json', JSON.stringify({ id: 'c', name: 'Old', order: ['r'], requests: [{ id: 'r', url: 'https://api.openai.com/v1/models', method: 'GET' }] })),
    reason: /^Postman collection format v1 is not supported; re-export it from Postman as Collection v2\.1$/,
  },
  ...(IS_ROOT
    ? []
    : [
        {
          name: 'unreadable (chmod 000)',
          path: 'secret.postman_collection.json',
          create: async (directory: string) => {
            await writeFile(join(directory, 'secret.postman_collection.json'), GOOD_TEXT);
            await chmod(join(directory, 'secret.postman_collection.json'), 0o000);
          },
          reason: /^permission denied$/,
        },
      ]),
];

let counter = 0;
async function freshDirectory(files: Record<string, string> = {}): Promise<string> {
  counter += 1;
  const directory = join(root, `case-${counter}`);
  await mkdir(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(directory, name), text);
  return directory;
}

interface Report {
  readonly filePath: string;
  readonly messages: readonly { readonly fatal?: boolean; readonly message: string; readonly ruleId: string | null }[];
}

function expectOneFatal(reports: readonly Report[], directory: string, row: BadRow): void {
  const mine = reports.filter((report) => report.filePath === join(directory, row.path));
  expect(mine, JSON.stringify(reports.map((report) => report.filePath))).toHaveLength(1);
  expect(mine[0]?.messages).toHaveLength(1);
  const [message] = mine[0]?.messages ?? [];
  expect(message?.fatal).toBe(true);
  expect(message?.message.startsWith(`${row.path}: `), message?.message).toBe(true);
  expect(message?.message.slice(row.path.length + 2)).toMatch(row.reason);
}

describe('keylint-collection check: one fatal line per bad file, the others still checked', () => {
  for (const row of bad) {
    it(row.name, async () => {
      const directory = await freshDirectory({ [GOOD]: GOOD_TEXT });
      await row.create(directory);
      const [json, text, alone] = await Promise.all([
        keylintCollection(directory, ['check', row.path, GOOD, '--format', 'json']),
        keylintCollection(directory, [row.path, GOOD]),
        keylintCollection(directory, [row.path]),
      ]);

      const reports = JSON.parse(json.stdout) as Report[];
      expectOneFatal(reports, directory, row);
      expect(reports.find((report) => report.filePath === join(directory, GOOD))?.messages).toEqual([]);
      expect(json.stderr).toBe('');
      expect(json.code).toBe(1);

      // The text report: the file's name as a heading and exactly one line with the reason.
      const reasonLines = text.stdout.split('\n').filter((line) => line.includes(`${row.path}: `));
      expect(reasonLines, text.stdout).toHaveLength(1);
      expect(text.stdout).not.toContain(GOOD);
      expect(text.stderr).toBe('');
      expect(text.code).toBe(1);

      expect(alone.stdout.split('\n').filter((line) => line.includes(`${row.path}: `))).toHaveLength(1);
      expect(alone.code).toBe(2);
    }, 60_000);
  }

  it('a directory given where a file must be (-e) is one usage line, exit 2', async () => {
    const directory = await freshDirectory({ [GOOD]: GOOD_TEXT });
    await mkdir(join(directory, 'environments'));
    const result = await keylintCollection(directory, [GOOD, '-e', 'environments']);
    expect(result.stderr).toBe('keylint-collection: --environment environments: is a directory, not a file\n');
    expect(result.code).toBe(2);
  });

  it('a directory is searched: a symlink loop and a dangling link in it are one fatal line each', async () => {
    const directory = await freshDirectory();
    await mkdir(join(directory, 'exports', 'inner'), { recursive: true });
    await writeFile(join(directory, 'exports', GOOD), GOOD_TEXT);
    await symlink('..', join(directory, 'exports', 'inner', 'up'));
    await symlink('self.json', join(directory, 'exports', 'self.json'));
    await symlink('nowhere', join(directory, 'exports', 'gone.sh'));
    const result = await keylintCollection(directory, ['exports', '--format', 'json']);
    const reports = JSON.parse(result.stdout) as Report[];
    const fatal = reports.flatMap((report) => report.messages.filter((message) => message.fatal === true).map((message) => message.message)).sort();
    expect(fatal).toEqual([expect.stringMatching(/gone\.sh: no such file or directory$/), expect.stringMatching(/self\.json: symbolic link loop$/)]);
    expect(reports.filter((report) => report.filePath.endsWith(GOOD))).toHaveLength(1);
    expect(result.code).toBe(1);
  });
});

describe('keylint-collection sanitize: one line on stderr, exit 2, nothing written', () => {
  const sanitizeRows = [
    ...bad,
    { name: 'a directory', path: 'folder.postman_collection.json', create: (directory: string) => mkdir(join(directory, 'folder.postman_collection.json')), reason: /^is a directory, not a file$/ },
  ];
  for (const row of sanitizeRows) {
    it(row.name, async () => {
      const directory = await freshDirectory();
      await row.create(directory);
      const before = (await readdir(directory)).sort();
      const result = await keylintCollection(directory, ['sanitize', row.path, '-o', 'shared.postman_collection.json']);
      const lines = result.stderr.split('\n').filter((line) => line.length > 0);
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]?.startsWith(`keylint-collection: ${row.path}: `), lines[0]).toBe(true);
      expect(lines[0]?.slice(`keylint-collection: ${row.path}: `.length)).toMatch(row.reason);
      expect(result.stdout).toBe('');
      expect(result.code).toBe(2);
      expect((await readdir(directory)).sort()).toEqual(before);
    }, 60_000);
  }
});

describe('keylint-collection: BOM and CRLF files are valid', () => {
  const variants: readonly (readonly [name: string, transform: (text: string) => string])[] = [
    ['BOM', (text) => `\ufeff${text}`],
    ['CRLF', (text) => text.replaceAll('\n', '\r\n')],
    ['BOM and CRLF', (text) => `\ufeff${text.replaceAll('\n', '\r\n')}`],
  ];

  async function positions(directory: string, name: string): Promise<{ ruleId: string | null; line: number; column: number }[]> {
    const result = await keylintCollection(directory, [name, '--format', 'json']);
    expect(result.stderr).toBe('');
    const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string | null; line: number; column: number; fatal?: boolean }[] }[];
    expect(report?.messages.some((message) => message.fatal === true)).toBe(false);
    return (report?.messages ?? []).map(({ ruleId, line, column }) => ({ ruleId, line, column }));
  }

  for (const [name, transform] of variants) {
    it(`${name}: a collection is checked with the same positions, and sanitize keeps the encoding`, async () => {
      const directory = await freshDirectory({ 'plain.postman_collection.json': LEAKY_TEXT, 'variant.postman_collection.json': transform(LEAKY_TEXT) });
      const expected = await positions(directory, 'plain.postman_collection.json');
      expect(expected.map((message) => message.ruleId)).toContain('key-whitespace');
      expect(await positions(directory, 'variant.postman_collection.json')).toEqual(expected);

      const result = await keylintCollection(directory, ['sanitize', 'variant.postman_collection.json', '-o', 'shared.postman_collection.json']);
      expect(result.code).toBe(0);
      const [plainShared, variantShared] = await Promise.all([
        keylintCollection(directory, ['sanitize', 'plain.postman_collection.json', '-o', '-']).then((run) => run.stdout),
        readFile(join(directory, 'shared.postman_collection.json'), 'utf8'),
      ]);
      expect(variantShared.includes(key)).toBe(false);
      expect(variantShared === transform(plainShared), 'the sanitized copy keeps the BOM and the line endings').toBe(true);
    }, 60_000);

    it(`${name}: a cURL script is checked with the same positions`, async () => {
      const script = `#!/bin/sh\ncurl https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY"\ncurl http://api.openai.com/v1/models -H 'Authorization: Bearer $OPENAI_API_KEY'\n`;
      const directory = await freshDirectory({ 'plain.sh': script, 'variant.sh': transform(script) });
      const expected = await positions(directory, 'plain.sh');
      expect(expected.length).toBeGreaterThan(0);
      expect(await positions(directory, 'variant.sh')).toEqual(expected);
    }, 60_000);
  }
});
