// Builds the text of src/providers/openai-endpoint-table.ts from the checked-in data:
//   data/openai-endpoints.tsv           the official OpenAPI spec's endpoints with the key kind each needs
//   data/openai-endpoint-changes.json   what OpenAI announced after that snapshot (shut down, added) and the
//                                       older removals the spec no longer lists
// Used by generate.mjs, which writes the file or (with --check) fails while it is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const METHOD_ORDER = ['GET', 'POST', 'DELETE'];
const VERSION_PREFIX = '/v1';

function fail(message) {
  throw new Error(`openai endpoint data: ${message}`);
}

/** `/files/{file_id}` and `/files/{id}` are the same pattern: parameter names do not matter. */
function patternKey(path) {
  return path
    .split('/')
    .map((segment) => (segment.startsWith('{') && segment.endsWith('}') ? '{}' : segment))
    .join('/');
}

function isCoveredBy(path, shutDown) {
  const key = patternKey(path);
  const prefix = patternKey(shutDown.path);
  return key === prefix || (shutDown.coversSubpaths === true && key.startsWith(`${prefix}/`));
}

/** The spec snapshot named on the TSV's first line: version, commit and date. */
function readSnapshot(firstLine) {
  const match = /spec version ([\d.]+), commit ([0-9a-f]+), (\d{4}-\d{2}-\d{2})/.exec(firstLine);
  if (match === null) fail('the first line of openai-endpoints.tsv must name the spec version, commit and date');
  return { version: match[1], commit: match[2], date: match[3] };
}

function readRows(text) {
  const lines = text.split('\n');
  const header = lines.find((line) => line.startsWith('method\t'));
  if (header !== 'method\tpath\tkey\tdeprecated\ttags') fail(`unexpected TSV columns: ${header}`);
  return lines
    .filter((line) => line.length > 0 && !line.startsWith('#') && line !== header)
    .map((line, index) => {
      const [method, rawPath, key, deprecated] = line.split('\t');
      if (!METHOD_ORDER.includes(method)) fail(`row ${index + 1}: method ${method} is not one of ${METHOD_ORDER.join(', ')}`);
      if (key !== 'admin' && key !== 'project') fail(`row ${index + 1}: key kind ${key} is neither admin nor project`);
      if (!rawPath.startsWith(`${VERSION_PREFIX}/`)) fail(`row ${index + 1}: ${rawPath} is not under ${VERSION_PREFIX}`);
      // `/v1/responses?beta=true` is the same endpoint as `/v1/responses` (the SDK's beta namespace).
      const path = rawPath.slice(VERSION_PREFIX.length).split('?')[0];
      return { method, path, admin: key === 'admin', deprecated: deprecated === 'deprecated' };
    });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `on 2026-09-24`, `in May 2026`, `in 2023`: as precise as the announcement. */
export function formatDate(date) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `on ${date}`;
  if (/^\d{4}-\d{2}$/.test(date)) return `in ${MONTHS[Number(date.slice(5)) - 1]} ${date.slice(0, 4)}`;
  if (/^\d{4}$/.test(date)) return `in ${date}`;
  fail(`${date} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
}

/** The data both the table and the facts page are made of. */
export function readOpenAIEndpointData(packageDirectory) {
  const tsv = readFileSync(join(packageDirectory, 'data', 'openai-endpoints.tsv'), 'utf8');
  const changes = JSON.parse(readFileSync(join(packageDirectory, 'data', 'openai-endpoint-changes.json'), 'utf8'));
  const snapshot = readSnapshot(tsv.split('\n', 1)[0]);
  const rows = readRows(tsv);
  const endpoints = new Map();
  const add = (row, origin) => {
    if (changes.shutDown.some((shutDown) => isCoveredBy(row.path, shutDown))) return;
    if (row.deprecated) fail(`${row.method} ${row.path} is deprecated in the spec: list its shutdown in openai-endpoint-changes.json`);
    const existing = endpoints.get(row.path);
    if (existing === undefined) {
      endpoints.set(row.path, { path: row.path, methods: [row.method], admin: row.admin });
      return;
    }
    if (existing.admin !== row.admin) fail(`${row.path}: some methods need an admin key and some do not`);
    if (existing.methods.includes(row.method)) {
      if (origin === 'added') fail(`${row.method} ${row.path} is listed as added but is already in the spec`);
      return;
    }
    existing.methods.push(row.method);
  };
  for (const row of rows) add(row, 'spec');
  for (const added of changes.added) add({ method: added.method, path: added.path, admin: added.key === 'admin', deprecated: false }, 'added');
  const current = [...endpoints.values()]
    .map((endpoint) => ({ ...endpoint, methods: METHOD_ORDER.filter((method) => endpoint.methods.includes(method)) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shutDown = changes.shutDown.map((entry) => ({
    path: entry.path,
    coversSubpaths: entry.coversSubpaths === true,
    date: entry.date,
    removed: `shut down ${formatDate(entry.date)}${entry.what === undefined ? '' : ` ${entry.what}`}`,
    replacement: entry.replacement,
    replacementPath: entry.replacementPath,
    source: entry.source,
  }));
  return { snapshot, checked: changes.checked, rows, current, shutDown, refusedHeaders: changes.refusedHeaders };
}

/** A TypeScript literal in the house style: single-quoted strings. */
function literal(value) {
  if (typeof value !== 'string') return JSON.stringify(value);
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function objectLiteral(entries) {
  const parts = Object.entries(entries)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? `[${value.map(literal).join(', ')}]` : literal(value)}`);
  return `{ ${parts.join(', ')} }`;
}

/** The text of the generated TypeScript table. */
export function openAIEndpointTable(packageDirectory) {
  const data = readOpenAIEndpointData(packageDirectory);
  const { snapshot } = data;
  return [
    '// Generated by packages/core/scripts/generate.mjs from data/openai-endpoints.tsv and data/openai-endpoint-changes.json — do not edit by hand (run `pnpm generate`).',
    `import type { OpenAIEndpoint, RefusedOpenAIHeader, RemovedOpenAIEndpoint } from './openai-endpoints.js';`,
    '',
    '/** The official OpenAPI spec snapshot the table is made from, and when the announcements since were last checked. */',
    `export const openAIEndpointSource = ${objectLiteral({ spec: `openai/openai-openapi ${snapshot.version}`, commit: snapshot.commit, specDate: snapshot.date, checked: data.checked })} as const;`,
    '',
    `/** Every current endpoint (relative to \`/v1\`) with its methods; \`admin\` when the spec's security is AdminApiKeyAuth. */`,
    'export const openAIEndpointTable: readonly OpenAIEndpoint[] = [',
    ...data.current.map((endpoint) => `  ${objectLiteral({ path: endpoint.path, methods: endpoint.methods, admin: endpoint.admin })},`),
    '];',
    '',
    '/** Endpoints that are gone, with the date and what replaces them. */',
    'export const shutDownOpenAIEndpointTable: readonly RemovedOpenAIEndpoint[] = [',
    ...data.shutDown.map(
      (entry) =>
        `  ${objectLiteral({ path: entry.path, coversSubpaths: entry.coversSubpaths, shutDown: entry.date, removed: entry.removed, replacement: entry.replacement, replacementPath: entry.replacementPath })},`,
    ),
    '];',
    '',
    '/** Header values the API refuses since a shutdown. */',
    'export const refusedOpenAIHeaderTable: readonly RefusedOpenAIHeader[] = [',
    ...data.refusedHeaders.map(
      (entry) => `  ${objectLiteral({ header: entry.header, value: entry.value, shutDown: entry.date, removed: `shut down ${formatDate(entry.date)} ${entry.what}`, replacement: entry.replacement })},`,
    ),
    '];',
    '',
  ].join('\n');
}
