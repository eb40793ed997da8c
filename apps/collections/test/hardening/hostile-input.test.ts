import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fakeKey, fakeKeyKinds } from '@keylint/core/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPostmanText } from '../../src/postman/check.js';
import { environmentTemplate, sanitizePostmanText } from '../../src/sanitize/index.js';

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
    // One report for the whole expansion, at the request's {{a}}, not one per variable or use.
    expect(runaway.map((message) => message.message)).toEqual([expect.stringMatching(/^\{\{a\}\} expands to more text/)]);
    // The other file is still checked.
    expect(reports.some((report) => report.filePath.endsWith('other.postman_collection.json'))).toBe(true);
  }, 30_000);

  test('a cycle is reported once, with its chain, where the request uses it', () => {
    writeFileSync(join(directory, 'cycle.postman_collection.json'), collection([{ key: 'a', value: '{{b}}x' }, { key: 'b', value: '{{c}}y' }, { key: 'c', value: '{{b}}z' }]));
    const result = run(['cycle.postman_collection.json', '--format', 'json']);
    const [report] = JSON.parse(result.stdout) as Report[];
    const cycles = report?.messages.filter((message) => message.messageId === 'cyclicVariable') ?? [];
    expect(result.status).toBe(1);
    expect(cycles.map((message) => message.message)).toEqual([expect.stringContaining('({{a}} → {{b}} → {{c}} → {{b}})')]);
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

describe('no full key in any output', () => {
  const key = fakeKey('openai-project', 'hostile');

  function expectNoKey(...texts: string[]): void {
    for (const text of texts) expect(text).not.toContain(key);
  }

  test('sanitize: a key in info.name stays out of the environment template', () => {
    writeFileSync(join(directory, 'named.postman_collection.json'), JSON.stringify({ info: { name: `Team ${key}`, schema }, item: [{ name: 'r', request: { method: 'GET', header: [{ key: 'Authorization', value: `Bearer ${key}` }], url: 'https://api.openai.com/v1/models' } }] }));
    const result = run(['sanitize', 'named.postman_collection.json', '-o', 'named-out.postman_collection.json']);
    expect(result.status).toBe(0);
    expectNoKey(result.stdout, result.stderr, readFileSync(join(directory, 'named-out.postman_collection.json'), 'utf8'));
    const template = readFileSync(join(directory, 'named-out.postman_environment.json'), 'utf8');
    expectNoKey(template);
    expect((JSON.parse(template) as { name: string }).name).toMatch(/^Team /);
  });

  test('a key used as a JSON property name or as a {{variable}} name is reported and sanitized', () => {
    const text = JSON.stringify({
      info: { name: 'x', schema, [key]: true },
      item: [{ name: 'r', request: { method: 'GET', header: [{ key: 'Authorization', value: `Bearer {{${key}}}` }], url: 'https://api.openai.com/v1/models' } }],
    });
    writeFileSync(join(directory, 'hidden.postman_collection.json'), text);
    const check = run(['hidden.postman_collection.json', '--format', 'json']);
    expectNoKey(check.stdout, check.stderr);
    const [report] = JSON.parse(check.stdout) as Report[];
    expect(report?.messages.filter((message) => message.ruleId === 'key-hardcoded')).toHaveLength(2);
    const sanitized = run(['sanitize', 'hidden.postman_collection.json', '-o', 'hidden-out.postman_collection.json']);
    expect(sanitized.status).toBe(0);
    const output = readFileSync(join(directory, 'hidden-out.postman_collection.json'), 'utf8');
    expectNoKey(sanitized.stderr, output);
    // The reference now names the variable the template asks for, with one pair of braces.
    expect(output).toContain('"Bearer {{OPENAI_API_KEY}}"');
  });

  test('keys in file names and arguments are redacted in every format and on stderr', () => {
    writeFileSync(join(directory, `${key}.postman_collection.json`), collection([{ key: 'a', value: '{{a}}' }]));
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const result = run([`${key}.postman_collection.json`, `missing-${key}.json`, '-e', `env-${key}.json`, '--format', format]);
      expectNoKey(result.stdout, result.stderr);
      expect(result.stderr).toContain('env-sk-proj-…');
      const reported = run([`${key}.postman_collection.json`, `missing-${key}.json`, '--format', format]);
      expectNoKey(reported.stdout, reported.stderr);
      expect(reported.stdout).toContain('sk-proj-…');
    }
    for (const args of [['--format', key, 'x.json'], [`--${key}`, 'x.json'], ['--stdin-filename', `${key}.json`, '-'], ['sanitize', `${key}.postman_collection.json`, '-o', `out-${key}.postman_collection.json`], ['sanitize', `${key}.json`, `${key}.json`]]) {
      const result = run(args, { input: '{}' });
      expectNoKey(result.stdout, result.stderr);
    }
  });

  test('keys in config values are redacted', () => {
    const configured = join(directory, 'configured');
    spawnSync('mkdir', ['-p', configured]);
    writeFileSync(join(configured, 'keylint.config.json'), JSON.stringify({ rules: { [key]: 'off', 'key-hardcoded': key } }));
    writeFileSync(join(configured, 'a.postman_collection.json'), collection([]));
    const result = spawnSync(process.execPath, [bin, 'a.postman_collection.json'], { cwd: configured, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expectNoKey(result.stdout, result.stderr);
  });

  test('property: wherever a key of any kind sits in an export, check reports it and sanitize removes it from both files', () => {
    const placements = ['info.name', 'property name', 'nested property name', 'reference', 'reference in URL', 'description'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fakeKeyKinds.filter((kind) => !kind.startsWith('azure') && kind !== 'mistral' && kind !== 'cohere')), fc.integer({ min: 0, max: 20 }), fc.constantFrom(...placements), (kind, seed, placement) => {
        const secret = fakeKey(kind, seed);
        const request = { method: 'GET', header: [{ key: 'Authorization', value: placement === 'reference' ? `Bearer {{${secret}}}` : 'Bearer {{TOKEN}}' }], url: placement === 'reference in URL' ? `https://example.com/{{${secret}}}/x` : 'https://example.com/x' };
        const document = {
          info: { name: placement === 'info.name' ? `Team ${secret}` : 'Team', schema, ...(placement === 'property name' ? { [secret]: 1 } : {}), ...(placement === 'description' ? { description: `use ${secret}` } : {}) },
          item: [{ name: 'r', request, ...(placement === 'nested property name' ? { protocolProfileBehavior: { deep: { [secret]: [secret.length] } } } : {}) }],
        };
        const text = JSON.stringify(document, null, 2);
        const messages = checkPostmanText(text, { filePath: 'p.postman_collection.json' });
        expect(messages.some((message) => message.ruleId === 'key-hardcoded')).toBe(true);
        for (const message of messages) expect(message.message).not.toContain(secret);
        const sanitized = sanitizePostmanText(text, { filePath: 'p.postman_collection.json' });
        if (!sanitized.ok) throw new Error(sanitized.reason);
        expect(sanitized.text).not.toContain(secret);
        expect(() => JSON.parse(sanitized.text) as unknown).not.toThrow();
        expect(environmentTemplate(sanitized)).not.toContain(secret);
      }),
      { numRuns: 150 },
    );
  });
});

describe('sanitize writes what it means to and nothing else', () => {
  const key = fakeKey('anthropic', 'integrity');
  const leaky = (): string => JSON.stringify({ info: { name: 'x', schema }, item: [{ name: 'r', request: { method: 'POST', header: [{ key: 'x-api-key', value: key }], url: 'https://api.anthropic.com/v1/messages' } }] }, null, 2);

  test('--in-place on a symlink writes through to the target and keeps the link, the mode and the owner', () => {
    const target = join(directory, 'target.postman_collection.json');
    const link = join(directory, 'link.postman_collection.json');
    writeFileSync(target, leaky(), { mode: 0o600 });
    chmodSync(target, 0o600);
    // Run as root, the file is given to someone else: a rewrite must give it back to them.
    if (process.getuid?.() === 0) chownSync(target, 1234, 1234);
    symlinkSync(target, link);
    const before = statSync(target);
    const result = run(['sanitize', 'link.postman_collection.json', '--in-place']);
    expect(result.stderr).not.toContain(key);
    expect(result.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).not.toContain(key);
    const after = statSync(target);
    expect(after.mode & 0o7777).toBe(0o600);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('-o to a FIFO writes into it; the FIFO stays a FIFO', () => {
    const fifo = join(directory, 'out.fifo');
    spawnSync('mkfifo', [fifo]);
    writeFileSync(join(directory, 'fifo-in.postman_collection.json'), leaky());
    const received = join(directory, 'received.json');
    const script = `cat ${JSON.stringify(fifo)} > ${JSON.stringify(received)} & exec ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} sanitize fifo-in.postman_collection.json -o out.fifo; `;
    const result = spawnSync('/bin/sh', ['-c', `${script} wait`], { cwd: directory, encoding: 'utf8', timeout: 20_000 });
    spawnSync('/bin/sh', ['-c', 'sleep 0.2']);
    expect(result.status).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const text = readFileSync(received, 'utf8');
    expect(text).toContain('{{ANTHROPIC_API_KEY}}');
    expect(text).not.toContain(key);
  });

  test('-o to a full device is one line and exit 2; the device is left alone', () => {
    // A node of its own (the same device as /dev/full) when we may make one: a broken build then breaks only the test's copy.
    const own = join(directory, 'full');
    const output = spawnSync('mknod', [own, 'c', '1', '7']).status === 0 ? 'full' : '/dev/full';
    expect(lstatSync(output === 'full' ? own : output).isCharacterDevice()).toBe(true);
    writeFileSync(join(directory, 'full-in.postman_collection.json'), leaky());
    const result = run(['sanitize', 'full-in.postman_collection.json', '-o', output]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`keylint-collection: ${output}: cannot be written (no space left on device)\n`);
    expect(lstatSync(output === 'full' ? own : output).isCharacterDevice()).toBe(true);
  });
});
