import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * Hostile input through the built binary (issue 13): nothing hangs, nothing grows without bound,
 * and the other files on the command line are still checked.
 */
const bin = join(import.meta.dirname, '..', '..', 'bin', 'keylint-collection.js');
const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
let directory: string;

interface Report {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly messageId?: string; readonly message: string; readonly fatal?: boolean }[];
}

function run(args: readonly string[], options: { input?: string; timeout?: number } = {}): { status: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: directory,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

function collection(variable: readonly { key: string; value: string }[], header = 'Bearer {{a}}'): string {
  return JSON.stringify({
    info: { name: 'x', schema },
    item: [{ name: 'r', request: { method: 'GET', header: [{ key: 'Authorization', value: header }], url: 'https://api.openai.com/v1/models' } }],
    variable,
  });
}

/** `a = {{b}}×width`, `b = {{c}}×width`, … : each level multiplies the expansion by `width`. */
function doubling(levels: number, width: number): { key: string; value: string }[] {
  const names = 'abcdefghijklmnopqrstuvwxyz'.slice(0, levels);
  return [...names].map((name, index) => ({ key: name, value: index + 1 < levels ? `{{${names[index + 1] ?? ''}}}`.repeat(width) : 'zz' }));
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'keylint-collection-hostile-'));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('variables that reference each other', () => {
  test('exponential expansion from a few hundred bytes is a finding, not minutes and gigabytes', () => {
    const text = collection(doubling(14, 4));
    expect(text.length).toBeLessThan(1_000);
    writeFileSync(join(directory, 'bomb.postman_collection.json'), text);
    writeFileSync(join(directory, 'other.postman_collection.json'), collection([{ key: 'a', value: 'not a key' }]));
    const started = performance.now();
    const result = run(['bomb.postman_collection.json', 'other.postman_collection.json', '--format', 'json']);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.signal).toBeNull();
    const reports = JSON.parse(result.stdout) as Report[];
    const bomb = reports.find((report) => report.filePath.endsWith('bomb.postman_collection.json'));
    const runaway = bomb?.messages.filter((message) => message.ruleId === 'collection-undefined-variable' && message.messageId === 'runawayVariable') ?? [];
    expect(runaway.length).toBeGreaterThan(0);
    expect(runaway[0]?.message).toMatch(/\{\{a\}\}/);
    // The other file is still checked.
    expect(reports.some((report) => report.filePath.endsWith('other.postman_collection.json'))).toBe(true);
  }, 30_000);

  test('a cycle is reported with its chain', () => {
    writeFileSync(join(directory, 'cycle.postman_collection.json'), collection([{ key: 'a', value: '{{b}}x' }, { key: 'b', value: '{{c}}y' }, { key: 'c', value: '{{b}}z' }]));
    const result = run(['cycle.postman_collection.json', '--format', 'json']);
    const [report] = JSON.parse(result.stdout) as Report[];
    const cycles = report?.messages.filter((message) => message.messageId === 'cyclicVariable') ?? [];
    expect(result.status).toBe(1);
    expect(cycles.map((message) => message.message)).toEqual(expect.arrayContaining([expect.stringContaining('{{a}} → {{b}} → {{c}} → {{b}}'), expect.stringContaining('{{b}} → {{c}} → {{b}}'), expect.stringContaining('{{c}} → {{b}} → {{c}}')]));
  });

  test('a variable that refers to itself is a cycle', () => {
    writeFileSync(join(directory, 'self.postman_collection.json'), collection([{ key: 'a', value: 'x{{a}}' }]));
    const [report] = JSON.parse(run(['self.postman_collection.json', '--format', 'json']).stdout) as Report[];
    expect(report?.messages.some((message) => message.messageId === 'cyclicVariable' && message.message.includes('{{a}} → {{a}}'))).toBe(true);
  });

  test('nesting deeper than Postman resolves is reported; shallow nesting still resolves', () => {
    const chain = (length: number): { key: string; value: string }[] => Array.from({ length }, (_, index) => ({ key: index === 0 ? 'a' : `v${index}`, value: index + 1 < length ? `{{v${index + 1}}}` : 'x' }));
    writeFileSync(join(directory, 'deep.postman_collection.json'), collection(chain(40)));
    writeFileSync(join(directory, 'shallow.postman_collection.json'), collection(chain(5)));
    const reports = JSON.parse(run(['deep.postman_collection.json', 'shallow.postman_collection.json', '--format', 'json']).stdout) as Report[];
    const messageIds = (name: string): (string | undefined)[] => reports.find((report) => report.filePath.endsWith(name))?.messages.map((message) => message.messageId) ?? [];
    expect(messageIds('deep.postman_collection.json')).toContain('runawayVariable');
    expect(messageIds('shallow.postman_collection.json')).not.toContain('runawayVariable');
    // `Bearer x` after five levels: the value was resolved and judged as a key.
    expect(reports.find((report) => report.filePath.endsWith('shallow.postman_collection.json'))?.messages.some((message) => message.ruleId === 'key-format')).toBe(true);
  });
});

describe('streams and special files', () => {
  test('standard input from an endless stream is read up to the size limit, then reported', () => {
    const started = performance.now();
    const result = spawnSync(`exec ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} - --format json < /dev/zero`, { shell: '/bin/sh', cwd: directory, encoding: 'utf8', timeout: 20_000 });
    expect(result.signal).toBeNull();
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.status).toBe(2);
    const [report] = JSON.parse(result.stdout) as Report[];
    expect(report?.messages[0]?.message).toMatch(/^<stdin>: larger than 20 MiB; not checked$/);
  }, 30_000);

  test('a FIFO or a device passed by name is named in one line; found in a directory it is skipped with a note', () => {
    const special = join(directory, 'special');
    spawnSync('mkdir', ['-p', special]);
    spawnSync('mkfifo', [join(special, 'pipe.postman_collection.json')]);
    spawnSync('ln', ['-sf', '/dev/zero', join(special, 'zero.json')]);
    writeFileSync(join(special, 'ok.postman_collection.json'), collection([{ key: 'a', value: 'x{{a}}' }]));
    const explicit = run(['special/pipe.postman_collection.json', 'special/zero.json', 'special/ok.postman_collection.json', '--format', 'json']);
    expect(explicit.signal).toBeNull();
    const reports = JSON.parse(explicit.stdout) as Report[];
    const fatal = (name: string): string | undefined => reports.find((report) => report.filePath.endsWith(name))?.messages.find((message) => message.fatal === true)?.message;
    expect(fatal('pipe.postman_collection.json')).toBe('special/pipe.postman_collection.json: not a regular file (a FIFO); not read');
    expect(fatal('zero.json')).toBe('special/zero.json: not a regular file (a character device); not read');
    expect(explicit.status).toBe(1);
    const scanned = run(['special', '--format', 'json']);
    expect(scanned.signal).toBeNull();
    expect(scanned.status).toBe(1);
    expect(scanned.stderr).toContain('keylint-collection: skipped special/pipe.postman_collection.json: not a regular file (a FIFO)\n');
    expect(scanned.stderr).toContain('keylint-collection: skipped special/zero.json: not a regular file (a character device)\n');
    expect((JSON.parse(scanned.stdout) as Report[]).map((report) => report.filePath.slice(directory.length + 1))).toEqual(['special/ok.postman_collection.json']);
  });
});
