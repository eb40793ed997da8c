import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

/**
 * Every keylint rule through ESLint's own `Linter` (the strict preset for code, the env preset
 * for .env files) on sources whose strings hold 300 KB of adversarial text. The large run may take
 * at most 30× a run at a tenth of the size plus a generous constant (linear: ~10×, quadratic: ~100×).
 */
const UNITS: readonly (readonly [unit: string, prefix?: string])[] = [
  ['a-', 'sk-'],
  ['${'],
  ['{{'],
  ['%'],
  ['a.', 'https://'],
  ['/v1', 'https://api.openai.com'],
  ['"'],
  ["'"],
  ['='],
  ['\\'],
  ['aB3', 'sk-proj-'],
  [' '],
];

function repeated(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

function elapsed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function expectLinear(label: string, check: (size: number) => void, large = 300_000): void {
  const small = large / 10;
  check(1_000);
  const smallTime = elapsed(() => check(small));
  const largeTime = elapsed(() => check(large));
  expect(largeTime, `${label}: ${Math.round(largeTime)} ms at ${large / 1000} KB vs ${Math.round(smallTime)} ms at ${small / 1000} KB`).toBeLessThan(30 * smallTime + 1_500);
}

const linter = new Linter({ configType: 'flat' });
const codeConfig = plugin.configs.strict as Linter.Config[];
const envConfig = [plugin.configs.env] as Linter.Config[];

function templateText(text: string): string {
  return text.replace(/[`\\$]/g, '\\$&');
}

/** A client, a fetch with headers and an env read, each holding the text in the places the adapters read. */
function source(text: string): string {
  const quoted = JSON.stringify(text);
  return [
    "import OpenAI from 'openai';",
    `const client = new OpenAI({ apiKey: ${quoted}, baseURL: ${quoted} });`,
    `await fetch(\`https://api.openai.com/v1/${templateText(text)}\`, { method: 'POST', headers: { Authorization: \`Bearer ${templateText(text)}\`, 'x-api-key': ${quoted} } });`,
    `const key = process.env[${quoted}] ?? ${quoted};`,
    'export { client, key };',
  ].join('\n');
}

function lintCode(text: string): Linter.LintMessage[] {
  const messages = linter.verify(source(text), codeConfig, 'client.js');
  expect(messages.filter((message) => message.fatal === true)).toEqual([]);
  return messages;
}

describe('the ESLint plugin on 300 KB adversarial strings', () => {
  it('code (strict preset)', () => {
    for (const [unit, prefix = ''] of UNITS) expectLinear(`code / ${JSON.stringify(unit)}`, (size) => void lintCode(prefix + repeated(unit, size / 4)));
  }, 120_000);

  it('.env files (env preset)', () => {
    for (const [unit, prefix = ''] of UNITS) {
      expectLinear(`env / ${JSON.stringify(unit)}`, (size) => {
        const text = `OPENAI_API_KEY=${prefix}${repeated(unit, size / 2)}\nOPENAI_BASE_URL=${prefix}${repeated(unit, size / 2)}\n`;
        const messages = linter.verify(text, envConfig, '.env');
        expect(messages.filter((message) => message.fatal === true)).toEqual([]);
      });
    }
  }, 120_000);

  it('.env files: a key followed by zero-width characters, each a finding with a fix (linear, to 100 000)', () => {
    // Placing each fix loaded the whole value again: 17 s at 20 000 characters, 699 s at 100 000.
    expectLinear('env / zero-width after a key', (size) => {
      const text = `OPENAI_API_KEY=sk-proj-${'aB3'.repeat(20)}${repeated('\u200b', size)}\n`;
      const messages = linter.verify(text, envConfig, '.env');
      expect(messages.length).toBeGreaterThan(size / 2);
    }, 100_000);
  }, 120_000);

  it('the rules do report on these sources (the presets are wired)', () => {
    expect(lintCode(` sk-proj-${'aB3'.repeat(100)}`).map((message) => message.ruleId)).toContain('keylint/key-whitespace');
    const env = linter.verify(`OPENAI_API_KEY=" sk-proj-${'aB3'.repeat(100)}"\nOPENAI_API_BASE=http://api.openai.com\n`, envConfig, '.env');
    expect(env.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['keylint/key-whitespace', 'keylint/env-name']));
  });
});
