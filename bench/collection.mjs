// Benchmark 4: `keylint-collection` on a generated multi-MB collection (thousands of requests)
// against the postman-collection SDK merely constructing it (read + JSON.parse + new Collection).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeKey } from '@keylint/core/testing';
import { formatMilliseconds, markdownTable, median, seededRandom, timeCommand } from './lib/measure.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const PATHS = ['chat/completions', 'embeddings', 'models', 'responses', 'files', 'images/generations', 'audio/speech', 'moderations'];

function request(random, folderIndex, requestIndex) {
  const path = PATHS[Math.floor(random() * PATHS.length)];
  const withKey = random() < 0.05;
  return {
    name: `${path} #${folderIndex}.${requestIndex}`,
    event: [{ listen: 'test', script: { type: 'text/javascript', exec: ['pm.test("status is 200", () => pm.response.to.have.status(200));', 'pm.environment.set("lastId", pm.response.json().id);'] } }],
    request: {
      method: path === 'models' ? 'GET' : 'POST',
      header: [
        { key: 'Content-Type', value: 'application/json' },
        { key: 'X-Request-Id', value: '{{$guid}}' },
        ...(withKey ? [{ key: 'Authorization', value: `Bearer ${fakeKey('openai-project', `${folderIndex}.${requestIndex}`)}` }] : []),
      ],
      body: { mode: 'raw', raw: JSON.stringify({ model: 'gpt-4o-mini', input: `request ${folderIndex}.${requestIndex} `.repeat(8) }), options: { raw: { language: 'json' } } },
      url: { raw: `{{baseUrl}}/${path}`, host: ['{{baseUrl}}'], path: path.split('/') },
    },
    response: [],
  };
}

export function generateCollection(path, { folders = 60, requestsPerFolder = 60 } = {}) {
  const random = seededRandom(7);
  const collection = {
    info: { _postman_id: '00000000-0000-4000-8000-000000000000', name: 'Generated benchmark collection', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{openaiKey}}', type: 'string' }] },
    variable: [{ key: 'baseUrl', value: 'https://api.openai.com/v1' }, { key: 'openaiKey', value: '' }],
    item: Array.from({ length: folders }, (_, folderIndex) => ({ name: `Folder ${folderIndex}`, item: Array.from({ length: requestsPerFolder }, (_unused, requestIndex) => request(random, folderIndex, requestIndex)) })),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(collection, null, 2));
  return folders * requestsPerFolder;
}

export function runCollectionBenchmark({ runs = 5 } = {}) {
  const path = join(benchDirectory, '.work', 'collection', 'big.postman_collection.json');
  const requests = generateCollection(path);
  const megabytes = statSync(path).size / 2 ** 20;
  const sdkLoad = join(benchDirectory, 'collection-sdk-load.cjs');
  const keylintCollection = join(dirname(require.resolve('@keylint/collections/package.json')), 'bin', 'keylint-collection.js');
  const sdk = median(timeCommand(process.execPath, [sdkLoad, path], { runs }));
  const keylint = median(timeCommand(process.execPath, [keylintCollection, path, '--quiet'], { runs }));
  return {
    title: `4. Collections — a generated ${megabytes.toFixed(1)} MB collection with ${requests.toLocaleString('en')} requests`,
    table: markdownTable(
      ['what', 'median (whole process)', 'ratio'],
      [
        ['postman-collection SDK: read + `JSON.parse` + `new Collection()` (loads only, checks nothing)', formatMilliseconds(sdk), '1.00×'],
        ['`keylint-collection` (positions-keeping parse, variable resolution, every rule)', formatMilliseconds(keylint), `${(keylint / sdk).toFixed(2)}× ${keylint < sdk ? '✅ faster' : '❌ slower'}`],
      ],
    ),
    goalsMet: keylint < sdk,
  };
}
