import { factsFromSetting, looksLikeSecret, type Fact, type FilePosition, type Finding, type Medium } from '@keylint/core';
import { mediumForEnvFile } from '../env-file-kind.js';
import type { DotenvDocument, DotenvEntry, Span } from './document.js';
import { lineOfOffset, loadValue, type LoadedValue } from './parse.js';

export { mediumForEnvFile } from '../env-file-kind.js';

export interface EnvFileFactsOptions {
  readonly filePath: string;
  readonly medium?: Medium;
  /** Extra variable names that hold keys (config `keyVariables`). */
  readonly keyVariables?: readonly string[];
  /** The names the project's code reads (`namesReadByProject`); undefined when unknown. */
  readonly namesReadByProject?: ReadonlySet<string>;
}

/** The facts each loaded entry carries, decided by core's `factsFromSetting`. */
export function envFileFacts(document: DotenvDocument, options: EnvFileFactsOptions): { fact: Fact; entry: DotenvEntry }[] {
  const medium = options.medium ?? mediumForEnvFile(options.filePath);
  const result: { fact: Fact; entry: DotenvEntry }[] = [];
  // Facts are read-only: every entry of the file shares one origin.
  const origin = { medium, filePath: options.filePath };
  for (const entry of document.entries) {
    const facts = factsFromSetting({
      name: entry.key,
      value: entry.value,
      origin,
      access: 'define',
      literal: true,
      carriageReturnLineEnding: document.lines[entry.endLine - 1]?.eol === '\r\n',
      ...(options.keyVariables === undefined ? {} : { extraKeyNames: options.keyVariables }),
    });
    for (const fact of facts) {
      if (medium === 'env-template' && !judgedInTemplate(fact, options.keyVariables ?? [])) continue;
      const read = fact.kind === 'env-variable' && options.namesReadByProject?.has(fact.name) === true;
      result.push({ fact: read ? { ...fact, readByProject: true } : fact, entry });
    }
  }
  return withDestinations(result);
}

/**
 * In a template (or a committed test file) a value is documentation: `<your api key>`,
 * `ADD_YOURS_HERE`, `sk-...`, `user_provided` are what such files hold, and nothing sends them.
 * Only a real-looking secret there is a fact about a key (a leak, key-hardcoded's); organization
 * and project IDs are not secrets, so their placeholders are not judged at all. Names and base
 * URLs stay facts: they are copied into the real `.env` as they are.
 */
function judgedInTemplate(fact: Fact, extraKeyNames: readonly string[]): boolean {
  if (fact.kind === 'identifier') return false;
  if (fact.kind !== 'key') return true;
  return looksLikeSecret(fact.value, { extraKeyNames, ...(fact.name === undefined ? {} : { name: fact.name }), ...(fact.provider === undefined ? {} : { provider: fact.provider }) });
}

const KEY_NAME_SUFFIX = /_(?:API_?KEY|KEY|TOKEN|SECRET)$/i;
const BASE_URL_NAME_SUFFIX = /_(?:BASE_?URL|API_?BASE(?:_URL)?|API_?URL|ENDPOINT|URL|HOST)$/i;

/**
 * A key is sent to the base URL the same file sets for it (`OPENAI_API_KEY` goes to
 * `OPENAI_BASE_URL`, `LLM_API_KEY` to `LLM_BASE_URL`), so a key for a local server or a gateway
 * is judged as one, not as a key for the provider's own API.
 */
function withDestinations(facts: { fact: Fact; entry: DotenvEntry }[]): { fact: Fact; entry: DotenvEntry }[] {
  const baseUrls = facts.flatMap(({ fact }) => (fact.kind === 'endpoint' && fact.role === 'base-url' ? [fact] : []));
  if (baseUrls.length === 0) return facts;
  return facts.map((item) => {
    const { fact } = item;
    if (fact.kind !== 'key' || fact.destination !== undefined || fact.name === undefined) return item;
    const stem = fact.name.replace(KEY_NAME_SUFFIX, '');
    const baseUrl =
      baseUrls.find((endpoint) => endpoint.name !== undefined && endpoint.name.replace(BASE_URL_NAME_SUFFIX, '') === stem) ??
      (fact.provider === undefined ? undefined : baseUrls.find((endpoint) => endpoint.provider === fact.provider));
    return baseUrl === undefined ? item : { ...item, fact: { ...fact, destination: baseUrl.url.trim() } };
  });
}

/** 1-based line and column (UTF-16 units; the BOM does not count) of an offset. */
export function positionOfOffset(document: DotenvDocument, offset: number): { line: number; column: number } {
  const line = lineOfOffset(document.lines, offset);
  return { line: line.number, column: Math.max(0, offset - line.start) + 1 };
}

export function positionOfSpan(document: DotenvDocument, span: Span): FilePosition {
  const start = positionOfOffset(document, span.start);
  const end = positionOfOffset(document, Math.max(span.start, span.end));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * The offsets of an entry's loaded value, worked out once per entry: a value can have thousands
 * of findings (one per zero-width space), and reloading it for each one is quadratic.
 */
const loadedValues = new WeakMap<DotenvEntry, LoadedValue>();

function loadedValueOf(document: DotenvDocument, entry: DotenvEntry): LoadedValue {
  let loaded = loadedValues.get(entry);
  if (loaded === undefined) {
    loaded = loadValue(document.text, entry.valueSpan);
    loadedValues.set(entry, loaded);
  }
  return loaded;
}

/**
 * Where a finding about an entry sits in the file: the key for `name` findings, the finding's span
 * inside the loaded value mapped back through quotes and `\n` escapes for `value` findings, the
 * whole value (or the key, when the value is empty) when the span cannot be mapped.
 */
export function locateFinding(document: DotenvDocument, entry: DotenvEntry, finding: Pick<Finding, 'location'>): FilePosition {
  const { location } = finding;
  if (location.field === 'name') {
    const start = Math.min(entry.keySpan.start + Math.max(0, location.start), entry.keySpan.end);
    const end = Math.min(entry.keySpan.start + Math.max(location.start, location.end), entry.keySpan.end);
    return positionOfSpan(document, end > start ? { start, end } : entry.keySpan);
  }
  const wholeValue = entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan;
  const { offsets } = loadedValueOf(document, entry);
  if (location.start < 0 || location.end < location.start || location.end >= offsets.length) return positionOfSpan(document, wholeValue);
  const start = offsets[location.start] ?? wholeValue.start;
  // The end is one past the last character, so map the last character and step over it (an escape is two wide).
  const end = location.end === location.start ? start : lastCharacterEnd(document.text, offsets[location.end - 1] ?? start);
  return positionOfSpan(document, { start, end: Math.max(start, end) });
}

function lastCharacterEnd(text: string, offset: number): number {
  if (text.charAt(offset) === '\\' && /[nr]/.test(text.charAt(offset + 1))) return offset + 2;
  if (text.charAt(offset) === '\r' && text.charAt(offset + 1) === '\n') return offset + 2;
  return offset + 1;
}
