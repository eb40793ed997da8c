// Issue 13: `keylint-collection` (the built binary, whole process) on 300 KB of hostile input per
// surface. Goal: every row under 1 s. Run: `node bench/collection-hostile.mjs` after building.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeKey } from '@keylint/core/testing';
import { formatMilliseconds, markdownTable, median, timeCommand } from './lib/measure.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SIZE = 300_000;
const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

function collection(variable, header = 'Bearer {{a}}') {
  return JSON.stringify({ info: { name: 'x', schema }, item: [{ name: 'r', request: { method: 'GET', header: [{ key: 'Authorization', value: header }], url: 'https://api.openai.com/v1/models' } }], variable });
}

const key = fakeKey('openai-project', 'bench-hostile');
const letters = 'abcdefghijklmnopqrstuvwxyz';
const INPUTS = [
  ['a variable of U+2028 (and `sk-` + U+2028 as the key)', 'line-separator.postman_collection.json', () => collection([{ key: 'a', value: '\u2028'.repeat(SIZE / 6) }, { key: 'OPENAI_API_KEY', value: `sk-${'\u2028'.repeat(SIZE / 6)}` }])],
  ['a variable of NBSP (and `sk-` + NBSP as the key)', 'nbsp.postman_collection.json', () => collection([{ key: 'a', value: '\u00a0'.repeat(SIZE / 4) }, { key: 'OPENAI_API_KEY', value: `sk-${'\u00a0'.repeat(SIZE / 4)}` }])],
  ['variables that multiply (`a = {{b}}×4`, 26 levels, under 1 KB)', 'multiply.postman_collection.json', () => collection([...letters].map((name, index) => ({ key: name, value: index + 1 < letters.length ? `{{${letters[index + 1]}}}`.repeat(4) : 'zz' })))],
  ['a 20k-variable reference chain', 'chain.postman_collection.json', () => collection(Array.from({ length: SIZE / 37 }, (_, index) => ({ key: `v${index}`, value: `{{v${index + 1}}}` })), 'Bearer {{v0}}')],
  ['keys as property names and `{{key}}` names (sanitize)', 'names.postman_collection.json', () => JSON.stringify({ info: { name: 'x', schema }, item: [{ name: 'r', request: { method: 'GET', header: Array.from({ length: SIZE / (key.length + 20) }, (_, index) => ({ key: `X-${index}`, value: `{{${key}}}` })), url: 'https://example.com' } }] }), ['sanitize', '-o', '-']],
  ['a 300 KB curl line of `-H a`', 'long-line.sh', () => `curl https://api.openai.com/v1/models ${'-H a '.repeat(SIZE / 5)}\n`],
];

export function runHostileCollectionBenchmark({ runs = 3 } = {}) {
  const directory = join(benchDirectory, '.work', 'collection-hostile');
  mkdirSync(directory, { recursive: true });
  const bin = join(dirname(require.resolve('@keylint/collections/package.json')), 'bin', 'keylint-collection.js');
  const rows = INPUTS.map(([label, name, build, command = []]) => {
    const path = join(directory, name);
    writeFileSync(path, build());
    const args = command[0] === 'sanitize' ? [bin, 'sanitize', path, ...command.slice(1)] : [bin, path, '--quiet'];
    const time = median(timeCommand(process.execPath, args, { runs, acceptExitCodes: [0, 1] }));
    return [label, `${Math.round(statSync(path).size / 1000)} KB`, formatMilliseconds(time), time < 1000 ? '✅' : '❌'];
  });
  return { title: 'Hostile input (issue 13): 300 KB per surface, whole process', table: markdownTable(['input', 'size', 'median', 'under 1 s'], rows) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { title, table } = runHostileCollectionBenchmark();
  console.log(`### ${title}\n\n${table}`);
}
