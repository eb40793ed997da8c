import { describe, expect, it } from 'vitest';
import { checkCurlText } from '../../src/curl/index.js';
import { checkPostmanText } from '../../src/postman/check.js';
import { sanitizePostmanText } from '../../src/sanitize/index.js';

/**
 * The cURL reader for each shell and the Postman loader with every rule (core's and the
 * collection's) and sanitize, on 300 KB of adversarial text in the places users paste it.
 * A large run may take at most 30× a run at a tenth of the size plus a generous constant
 * (linear code: ~10×, quadratic: ~100×).
 */
const UNITS: readonly (readonly [unit: string, prefix?: string])[] = [
  ['a-', 'sk-'],
  ['${'],
  ['{{'],
  ['{{a}}'],
  ['%'],
  ['a.', 'https://'],
  ['/v1', 'https://api.openai.com'],
  ['"'],
  ["'"],
  ['='],
  ['\\\\'],
  ['\u200b'],
  ['aB3', 'sk-proj-'],
  ['$('],
  ['`'],
  ['^'],
  [' -H a'],
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

/** A zero-width space in a key is a finding of its own (~25 µs each): linear, run at 30 KB. */
function sizeFor(unit: string): number {
  return unit === '\u200b' ? 30_000 : 300_000;
}

const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

describe('cURL on 300 KB adversarial lines, every shell', () => {
  const shells: readonly (readonly [string, (text: string) => string])[] = [
    ['bash', (text) => `curl https://api.openai.com/v1/models -H "Authorization: Bearer ${text}" -d '${text}'\n`],
    ['powershell', (text) => `curl.exe https://api.openai.com/v1/models -H "Authorization: Bearer ${text}" \`\n  -d '${text}'\n`],
    ['cmd', (text) => `curl https://api.openai.com/v1/models -H "Authorization: Bearer ${text}" ^\n  -d "${text}"\n`],
    ['markdown', (text) => `# API\n\n\`\`\`bash\ncurl ${text} -H "x-api-key: ${text}"\n\`\`\`\n`],
    ['text', (text) => `curl ${text} -H "x-api-key: ${text}"\n`],
  ];
  const extensions: Readonly<Record<string, string>> = { bash: 'a.sh', powershell: 'a.ps1', cmd: 'a.bat', markdown: 'a.md', text: 'a.txt' };
  for (const [shell, build] of shells) {
    it(shell, () => {
      for (const [unit, prefix = ''] of UNITS) {
        expectLinear(`${shell} / ${JSON.stringify(unit)}`, (size) => void checkCurlText(build(prefix + repeated(unit, size / 2)), { filePath: extensions[shell] ?? 'a.txt' }), sizeFor(unit));
      }
    }, 120_000);
  }
});

describe('Postman collections with 300 KB adversarial values', () => {
  const places: readonly (readonly [string, (text: string) => object])[] = [
    [
      'header values and names',
      (text) => ({
        info: { name: 'x', schema },
        item: [{ name: 'r', request: { method: 'POST', header: [{ key: 'Authorization', value: `Bearer ${text}` }, { key: text, value: text }], url: 'https://api.openai.com/v1/chat/completions', body: { mode: 'raw', raw: text } } }],
      }),
    ],
    ['request URL', (text) => ({ info: { name: 'x', schema }, item: [{ name: 'r', request: { method: 'GET', header: [], url: `https://api.openai.com/v1/${text}` } }] })],
    [
      'variables, auth and scripts',
      (text) => ({
        info: { name: 'x', schema },
        auth: { type: 'apikey', apikey: [{ key: 'key', value: 'x-api-key' }, { key: 'value', value: text }] },
        event: [{ listen: 'prerequest', script: { exec: [`pm.environment.set("OPENAI_API_KEY", "${text.replaceAll('"', '\\"')}");`] } }],
        item: [{ name: 'r', request: { method: 'GET', header: [], url: '{{baseUrl}}/models' } }],
        variable: [{ key: 'baseUrl', value: text }, { key: 'OPENAI_API_KEY', value: text }],
      }),
    ],
  ];
  for (const [place, build] of places) {
    it(place, () => {
      for (const [unit, prefix = ''] of UNITS) {
        expectLinear(
          `${place} / ${JSON.stringify(unit)}`,
          (size) => {
            const text = JSON.stringify(build(prefix + repeated(unit, size / 3)));
            const messages = checkPostmanText(text, { filePath: 'x.postman_collection.json' });
            expect(messages.some((message) => message.fatal === true)).toBe(false);
            sanitizePostmanText(text, { filePath: 'x.postman_collection.json' });
          },
          sizeFor(unit),
        );
      }
    }, 120_000);
  }

  it('deeply nested folders and many items', () => {
    expectLinear('nesting', (size) => {
      const depth = Math.floor(size / 40);
      const nested = `${'{"name":"f","item":['.repeat(depth)}{"name":"r","request":"https://api.openai.com/v1/models"}${']}'.repeat(depth)}`;
      checkPostmanText(`{"info":{"name":"x","schema":"${schema}"},"item":[${nested}]}`, { filePath: 'x.postman_collection.json' });
    });
    expectLinear('many items', (size) => {
      const items = Array.from({ length: Math.floor(size / 60) }, (_, index) => `{"name":"r${index}","request":"https://api.openai.com/v1/models"}`);
      checkPostmanText(`{"info":{"name":"x","schema":"${schema}"},"item":[${items.join(',')}]}`, { filePath: 'x.postman_collection.json' });
    });
  }, 60_000);
});
