import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../src/checks/schema.js';
import { fixDotenvText, lintDotenvText } from '../../src/lint.js';
import { parseDotenv } from '../../src/parser/parse.js';
import { expectLinear, repeated, UNITS } from './linear-time.js';

/**
 * The parser, every dotenv-linter check (schema included), the keylint rules and `fix` on 300 KB
 * of adversarial text, as one long line and as many short ones: none of them may be quadratic.
 */
const schema = parseSchema(JSON.stringify({ version: '0.1.0', allow_other_keys: false, entries: { OPENAI_API_KEY: { type: 'String', required: true, regex: '^sk-' }, PORT: { type: 'Integer' }, URL: { type: 'Url' } } }));

/**
 * Long lines run at 300 KB with every unit. Many short lines cost ~4 µs each through every check,
 * the keylint rules and up to four fix passes, so they run at 60 KB (10 000+ lines; a quadratic
 * pass is still 100× slower than at 6 KB) with the units that change how lines are read.
 */
const LINE_UNITS = new Set(['"', "'", '`', '\\', '=', '${', ' ', '\u200b']);
const SHAPES: readonly (readonly [name: string, build: (unit: string, prefix: string, size: number) => string, size: number])[] = [
  ['one long value', (unit, prefix, size) => `OPENAI_API_KEY=${prefix}${repeated(unit, size)}\n`, 300_000],
  ['one long unterminated quoted value', (unit, prefix, size) => `OPENAI_API_KEY="${prefix}${repeated(unit, size)}\n`, 300_000],
  ['one long line', (unit, prefix, size) => `${prefix}${repeated(unit, size)}`, 300_000],
  ['many assignments', (unit, _prefix, size) => repeated(`A=${unit}\n`, size), 60_000],
  ['many lines opening a quote', (unit, _prefix, size) => repeated(`A="${unit}\n`, size), 60_000],
  ['many bare lines', (unit, _prefix, size) => repeated(`${unit}\n`, size), 60_000],
];

/** Parser, every check (the schema one too) and the keylint rules, then fix. */
function everything(text: string): void {
  const outcome = lintDotenvText(text, { filePath: '.env', schema });
  expect(outcome.document.text.length).toBe(text.length);
  fixDotenvText(text);
}

describe('the .env pipeline on 300 KB of adversarial text', () => {
  for (const [shape, build, large] of SHAPES) {
    it(shape, () => {
      const units = large === 300_000 ? UNITS : UNITS.filter(([unit]) => LINE_UNITS.has(unit));
      // Each zero-width space in a key is a finding of its own (~25 µs each in core): linear, run at 30 KB.
      for (const [unit, prefix = ''] of units) expectLinear(`${shape} / ${JSON.stringify(unit)}`, (size) => everything(build(unit, prefix, size)), unit === '\u200b' ? Math.min(large, 30_000) : large);
    }, 120_000);
  }

  it('the parser alone on 300 KB of many short lines', () => {
    for (const unit of LINE_UNITS) expectLinear(`parser / ${JSON.stringify(unit)}`, (size) => void parseDotenv(repeated(`A="${unit}\n`, size)));
  }, 60_000);

  it('many keys in reverse order, each using the one before (UnorderedKey and its fixer)', () => {
    expectLinear('reverse keys', (size) => {
      const count = Math.floor(size / 20);
      const lines = Array.from({ length: count }, (_, index) => `K${String(count - index).padStart(8, '0')}=$K${String(count - index + 1).padStart(8, '0')}`);
      everything(`${lines.join('\n')}\n`);
    });
  }, 120_000);

  it('many keys in reverse order, none using another (UnorderedKey on every line, the parser without a `#` anywhere)', () => {
    // 720 KB, 60 000 keys: inserting each into a sorted array, or looking for a `#` to the end of the text, is quadratic.
    expectLinear('reverse keys without references', (size) => {
      const count = Math.floor(size / 12);
      const lines = Array.from({ length: count }, (_, index) => `K${String(count - index).padStart(8, '0')}=1`);
      everything(`${lines.join('\n')}\n`);
    }, 720_000);
  }, 120_000);

  it('many blank lines of spaces before one key', () => {
    expectLinear('blank lines', (size) => everything(`${repeated(' \n', size)}b=1\n`));
  }, 60_000);
});
