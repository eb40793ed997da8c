import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'dotenv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lineEntries } from '../../src/checks/index.js';
import { runCli } from '../../src/cli.js';
import { writeFileAtomic } from '../../src/cli/write.js';
import { fixDotenvText } from '../../src/lint.js';
import { parseDotenv } from '../../src/parser/parse.js';
import { captureIo } from '../helpers/io.js';

/**
 * `fix` is idempotent, writes atomically, keeps a byte-for-byte backup, and never changes a line
 * no problem was reported on.
 */
const PIECES = ['=', '"', "'", '`', '\\', '#', '$', '{', '}', ' ', '\t', 'export ', 'A', 'b', 'KEY', 'Z', '_', '-', '.', '1', ':', '\u200b', 'é', '# dotenv-linter:off UnorderedKey', '# dotenv-linter:on UnorderedKey', '# > Section'];
const lineArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('A=1', 'b=2', 'C = 3', 'D=x y', 'E="q"', "F='r'", 'a=1', '', '# note', 'G=${A}', 'H=$b', 'export I=1', 'J', 'K=1 # comment', 'A=dup', 'L="multi', 'line"', ' M=1', 'N=1 ', 'O:1', 'P=""') },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((pieces) => pieces.join('')) },
);
const envText = fc
  .tuple(fc.array(lineArbitrary, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean())
  .map(([lines, eol, bom, finalNewline]) => `${bom ? '\ufeff' : ''}${lines.join(eol)}${finalNewline && lines.length > 0 ? eol : ''}`);

/** The physical lines of a text (BOM and line endings removed). */
function physicalLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r?\n/);
}

describe('fix on arbitrary .env text (property)', () => {
  it('is idempotent: fixing the fixed text changes nothing', () => {
    fc.assert(
      fc.property(envText, (text) => {
        const once = fixDotenvText(text).text;
        expect(fixDotenvText(once).text).toBe(once);
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps every line no problem was reported on, byte for byte, and keeps the BOM', () => {
    fc.assert(
      fc.property(envText, (text) => {
        const outcome = fixDotenvText(text);
        const reported = new Set(outcome.warnings.map((warning) => warning.line));
        const remaining = new Map<string, number>();
        for (const line of physicalLines(outcome.text)) remaining.set(line, (remaining.get(line) ?? 0) + 1);
        for (const entry of lineEntries(parseDotenv(text))) {
          if (entry.isPseudo || reported.has(entry.number)) continue;
          // A merged multi-line value is checked line by line; each of its lines must survive.
          for (const line of entry.originalText.split(/\r?\n/)) {
            const exact = remaining.get(line) ?? 0;
            if (exact > 0) {
              remaining.set(line, exact - 1);
              continue;
            }
            // Two edits to a line the first pass did not report: the UnorderedKey note on a line that uses a key above it
            // (upstream's), and a duplicate commented out by a later pass once an earlier fix made it one (`a=1` → `A=1`
            // above `A=2`): fix runs until nothing changes, so that a second run is a no-op, but reports the first pass.
            const noted = [...remaining.keys()].find((candidate) => (candidate.startsWith(`${line} # Unordered because `) || candidate === `# ${line}`) && (remaining.get(candidate) ?? 0) > 0);
            expect(noted, `line ${entry.number} ${JSON.stringify(line)} is gone from ${JSON.stringify(outcome.text)}`).toBeDefined();
            remaining.set(noted as string, (remaining.get(noted as string) ?? 0) - 1);
          }
        }
        expect(outcome.text.startsWith('\ufeff')).toBe(text.startsWith('\ufeff'));
        if (outcome.warnings.length === 0) expect(outcome.text).toBe(text);
      }),
      { numRuns: 1500 },
    );
  });
});

/** Texts where the linter and the loader read lines differently: backtick values, CR-only endings, unclosed quotes. */
const loaderLineArbitrary = fc.oneof(
  { weight: 3, arbitrary: lineArbitrary },
  { weight: 1, arbitrary: fc.constantFrom('Q=`multi', 'end`', 'R="x', 'y"', "S='a", "b'", 'A=x y # note', 'T=`one`', 'U=${A}${b}', 'd_user=u', 'D_URL=${D_USER}:${D_PASS}', 'D_PASS="p"', 'D_USER="u"') },
);
const loaderText = fc
  .tuple(fc.array(loaderLineArbitrary, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, finalNewline]) => `${lines.join(eol)}${finalNewline && lines.length > 0 ? eol : ''}`);

/** A key as a fix may rename it (upper case, leading junk gone, delimiters rewritten), compared by its letters and digits. */
function renamed(key: string): string {
  return key.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '').replace(/^\p{N}+/u, '');
}

/** What a shell or python-dotenv expands: each `$NAME` / `${NAME}` to the value defined above it, in file order. */
function expandedInOrder(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const entry of parseDotenv(text).entries) {
    const value = entry.quote === "'" ? entry.value : entry.value.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_match, braced?: string, bare?: string) => values.get(braced ?? bare ?? '') ?? '');
    values.set(entry.key, value);
  }
  return values;
}

describe('fix never changes what a loader loads, except for the keys its warnings are about (property)', () => {
  it('dotenv.parse loads the same value for every key no warning (other than the reordering) was about', () => {
    fc.assert(
      fc.property(loaderText, (text) => {
        const outcome = fixDotenvText(text);
        const before = parse(text);
        const after = parse(outcome.text);
        const warned = new Set(outcome.warnings.filter((warning) => warning.check !== 'UnorderedKey').map((warning) => warning.line));
        const meant = new Set(lineEntries(parseDotenv(text)).filter((line) => warned.has(line.number) && line.key !== undefined).map((line) => renamed(line.key ?? '')));
        for (const [key, value] of Object.entries(before)) {
          if (meant.has(renamed(key))) continue;
          expect(after[key], `${key} in ${JSON.stringify(text)} -> ${JSON.stringify(outcome.text)}`).toBe(value);
        }
        for (const key of Object.keys(after)) if (!(key in before)) expect(meant.has(renamed(key)), `new key ${key} in ${JSON.stringify(outcome.text)}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a key is never moved below a line that uses it: order-sensitive expansion gives the same values for unwarned keys', () => {
    const orderLine = fc.constantFrom('D_USER="u"', 'D_PASS="p"', 'D_URL="${D_USER}:${D_PASS}"', 'B=$A', 'A=1', 'C=${B}x', 'Z=${A}', 'M=2', '', '# c');
    fc.assert(
      fc.property(fc.array(orderLine, { maxLength: 10 }), (lines) => {
        const text = `${lines.join('\n')}\n`;
        const outcome = fixDotenvText(text);
        const warned = new Set(outcome.warnings.filter((warning) => warning.check !== 'UnorderedKey' && warning.check !== 'QuoteCharacter').map((warning) => warning.line));
        const before = expandedInOrder(text);
        const after = expandedInOrder(outcome.text);
        const meant = new Set(lineEntries(parseDotenv(text)).filter((line) => warned.has(line.number)).map((line) => line.key));
        // A key that uses a key a warning was about changes with it (a duplicate commented out is meant to stop loading).
        for (const line of lineEntries(parseDotenv(text))) if (line.substitutionKeys.some((name) => meant.has(name))) meant.add(line.key);
        for (const [key, value] of before) if (!meant.has(key)) expect(after.get(key), `${key}: ${JSON.stringify(text)} -> ${JSON.stringify(outcome.text)}`).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('D_USER, D_PASS, D_URL="${D_USER}:${D_PASS}": D_URL stays below both (dotenv-linter v4 keeps the file loadable)', () => {
    const text = 'D_USER="u"\nD_PASS="p"\nD_URL="${D_USER}:${D_PASS}"\n';
    const fixed = fixDotenvText(text).text;
    expect(fixed).toBe('D_PASS=p\nD_USER=u\nD_URL="${D_USER}:${D_PASS}" # Unordered because D_URL uses D_USER, D_PASS\n');
    expect(expandedInOrder(fixed).get('D_URL')).toBe('u:p');
  });

  it('backtick multi-line values, CR-only line endings and an unclosed quote above a multi-line value load the same after fix', () => {
    for (const text of ['B=`x\ny`\nA=1\n', 'B=1\rA=2\r', 'B=1\rA="x\ry"\rC=3\r', "A='x\nB=\"1\n2\"\nC=3\n", 'Z="multi\nline"\nA=x y # note\n']) {
      const fixed = fixDotenvText(text).text;
      const before = parse(text);
      const after = parse(fixed);
      for (const key of Object.keys(before)) if (key !== 'A' || !text.includes('A=x y')) expect(after[key], `${key} in ${JSON.stringify(text)}`).toBe(before[key]);
      expect(after['A']).toBe(before['A']);
    }
  });
});

describe('fix never reshapes multi-line values', () => {
  // Found by the property above: sorting `="=` (an unclosed quote) above a multi-line value made the next read open a
  // value at `="` and split `L="multi` / `line"` into two keys.
  it('does not move a line with an unclosed quote above a multi-line value', () => {
    const text = 'L="multi\nline"\n="=';
    const outcome = fixDotenvText(text);
    expect(outcome.warnings.map((warning) => warning.check)).toContain('UnorderedKey');
    expect(outcome.text.startsWith('L="multi\nline"\n')).toBe(true);
    expect(lineEntries(parseDotenv(outcome.text)).filter((entry) => !entry.isPseudo).map((entry) => entry.raw)).toEqual(['L="multi\nline"', '="=']);
  });
});

describe('fix on disk', () => {
  let root: string;
  let counter = 0;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'keylint-env-fix-'));
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(root, { recursive: true, force: true });
  });

  async function fresh(): Promise<string> {
    counter += 1;
    const directory = join(root, `case-${counter}`);
    await mkdir(directory);
    return directory;
  }

  it('leaves exactly the fixed file and one byte-for-byte backup, and a second run changes nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(envText, async (text) => {
        const directory = await fresh();
        await writeFile(join(directory, '.env'), text);
        const first = await runCli(['fix'], captureIo({ cwd: directory }));
        expect(first).toBe(0);
        const expected = fixDotenvText(text).text;
        const files = (await readdir(directory)).sort();
        if (expected === text) {
          expect(files).toEqual(['.env']);
        } else {
          expect(files).toEqual(['.env', expect.stringMatching(/^\.env_\d+(?:_\d+)?\.bak$/)]);
          expect(await readFile(join(directory, files[1] ?? ''), 'utf8')).toBe(text);
        }
        expect(await readFile(join(directory, '.env'), 'utf8')).toBe(expected);
        await runCli(['fix'], captureIo({ cwd: directory }));
        expect(await readFile(join(directory, '.env'), 'utf8')).toBe(expected);
        expect((await readdir(directory)).length).toBe(files.length);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('writeFileAtomic: a failed rename leaves the original intact and no temporary file behind', async () => {
    const directory = await fresh();
    // A directory where the file should be: the temporary file is written, the rename over it fails.
    await mkdir(join(directory, '.env'));
    await writeFile(join(directory, '.env', 'inside'), 'kept');
    await expect(writeFileAtomic(join(directory, '.env'), 'B=1\n')).rejects.toThrow();
    expect((await readdir(directory)).sort()).toEqual(['.env']);
    expect(await readFile(join(directory, '.env', 'inside'), 'utf8')).toBe('kept');
  });

  it('writeFileAtomic: a temporary name already taken is not deleted, and the original is intact', async () => {
    const directory = await fresh();
    await writeFile(join(directory, '.env'), 'b=1\n');
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now);
    const taken = join(directory, `..env.keylint-${process.pid}-${now.toString(36)}.tmp`);
    await writeFile(taken, 'not ours');
    try {
      await expect(writeFileAtomic(join(directory, '.env'), 'B=1\n')).rejects.toThrow(/EEXIST/);
    } finally {
      vi.restoreAllMocks();
    }
    expect(await readFile(taken, 'utf8')).toBe('not ours');
    expect(await readFile(join(directory, '.env'), 'utf8')).toBe('b=1\n');
  });

  it('writeFileAtomic: success replaces the file and leaves nothing else', async () => {
    const directory = await fresh();
    await writeFile(join(directory, '.env'), 'b=1\n');
    await writeFileAtomic(join(directory, '.env'), 'B=1\n');
    expect(await readdir(directory)).toEqual(['.env']);
    expect(await readFile(join(directory, '.env'), 'utf8')).toBe('B=1\n');
  });
});
