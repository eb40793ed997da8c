import { factsFromSetting, keyShapeOf, type EndpointFact, type Fact, type FactOrigin, type HeaderEntry, type HeaderFact, type KeyFact } from '@keylint/core';
import type { CurlCommand } from './extract.js';
import type { CurlOption } from './options.js';
import { isInsideExpansion } from './tokenizer/words.js';
import type { Word } from './tokenizer/types.js';

/** Where a fact's fields sit: the word and the value index inside it where the field starts. */
export interface FieldLocation {
  readonly word: Word;
  readonly offset: number;
}

export interface FactLocation {
  readonly value?: FieldLocation;
  readonly name?: FieldLocation;
}

export interface CommandFacts {
  readonly facts: Fact[];
  readonly locations: Map<Fact, FactLocation>;
}

const DATA_OPTIONS = new Set(['data', 'data-raw', 'data-binary', 'data-ascii', 'data-urlencode', 'json']);
const FORM_OPTIONS = new Set(['form', 'form-string']);
const KEY_RUN = /[A-Za-z0-9_-]{20,}/g;

function lowerName(entry: HeaderEntry): string {
  return entry.name.toLowerCase();
}

/** `Name: value` (or `Name;` for an empty value) from a `-H` argument; undefined for `@file` and junk. */
function parseHeader(word: Word): { name: string; nameStart: number; value: string; valueStart: number; removes: boolean } | undefined {
  const text = word.value;
  if (text.startsWith('@')) return undefined;
  const colon = text.indexOf(':');
  if (colon === -1) {
    const semicolon = /^([^\s;:]+);\s*$/.exec(text);
    return semicolon === null ? undefined : { name: semicolon[1] ?? '', nameStart: 0, value: '', valueStart: text.length, removes: false };
  }
  const nameStart = text.length - text.trimStart().length;
  const name = text.slice(nameStart, colon).trimEnd();
  if (name.length === 0 || /\s/.test(name)) return undefined;
  let valueStart = colon + 1;
  while (text[valueStart] === ' ' || text[valueStart] === '\t') valueStart += 1;
  const value = text.slice(valueStart);
  return { name, nameStart, value, valueStart, removes: value.trim().length === 0 };
}

function hasExpansion(word: Word, start = 0, end = word.value.length): boolean {
  return isInsideExpansion(word, start, end);
}

/** The body's kind when it can be told from the command: JSON-looking text, a `.json` file, or `--json`. */
function bodyOf(options: readonly CurlOption[]): EndpointFact['body'] {
  const data = options.filter((option) => DATA_OPTIONS.has(option.name));
  if (data.some((option) => option.name === 'json')) return { json: true };
  const first = data[0]?.argument;
  if (first !== undefined) {
    const text = first.value.trim();
    if (/^[{[]/.test(text)) return { json: true };
    if (text.startsWith('@')) return /\.json$/i.test(text) ? { json: true } : undefined;
    if (hasExpansion(first) && first.expansions[0]?.valueStart === first.value.length - first.value.trimStart().length) return undefined;
    return { json: false };
  }
  if (options.some((option) => FORM_OPTIONS.has(option.name))) return { json: false };
  return undefined;
}

function methodOf(options: readonly CurlOption[], body: boolean): string {
  const explicit = [...options].reverse().find((option) => option.name === 'request' && option.argument !== undefined);
  if (explicit?.argument !== undefined) return explicit.argument.value.toUpperCase();
  if (options.some((option) => option.name === 'head')) return 'HEAD';
  if (options.some((option) => option.name === 'get')) return 'GET';
  if (body) return 'POST';
  if (options.some((option) => option.name === 'upload-file')) return 'PUT';
  return 'GET';
}

/** A URL whose host is known (it does not start with a variable or a template). */
function knownUrl(word: Word): boolean {
  const leading = word.value.length - word.value.trimStart().length;
  return word.value.trim().length > 0 && !hasExpansion(word, leading, leading + 1);
}

/**
 * Turns one curl command into core facts: the request (URL, method, every header, body kind),
 * each `-H` header, and every key written in the command (`-u`, `--oauth2-bearer`, query strings,
 * form fields, `--variable`, anything key-shaped), each with where its text sits.
 */
export function factsFromCurlCommand(command: CurlCommand, filePath: string | undefined): CommandFacts {
  const origin: FactOrigin = { medium: command.medium, ...(filePath === undefined ? {} : { filePath }) };
  const facts: Fact[] = [];
  const locations = new Map<Fact, FactLocation>();
  const add = (fact: Fact, location: FactLocation): void => {
    facts.push(fact);
    locations.set(fact, location);
  };
  const { options } = command;
  const urls = command.urls.filter(knownUrl);
  const destination = urls[0]?.value.trim();
  const coveredWords = new Set<Word>();

  // `-H "Name:"` removes the headers of that name given before it.
  const sent: { entry: HeaderEntry; removed: boolean }[] = [];
  const byName = new Map<string, { removed: boolean }[]>();
  for (const option of options) {
    if (option.name !== 'header' || option.argument === undefined) continue;
    const word = option.argument;
    coveredWords.add(word);
    const header = parseHeader(word);
    if (header === undefined) continue;
    const lower = header.name.toLowerCase();
    if (header.removes) {
      for (const earlier of byName.get(lower) ?? []) earlier.removed = true;
      byName.delete(lower);
      continue;
    }
    const record = { entry: { name: header.name, value: header.value }, removed: false };
    sent.push(record);
    const sameName = byName.get(lower) ?? [];
    sameName.push(record);
    byName.set(lower, sameName);
    const fact: HeaderFact = {
      kind: 'header',
      name: header.name,
      value: header.value,
      literal: !hasExpansion(word, header.valueStart),
      origin,
      ...(destination === undefined ? {} : { destination }),
    };
    add(fact, { name: { word, offset: header.nameStart }, value: { word, offset: header.valueStart } });
  }
  const headers: HeaderEntry[] = sent.filter((record) => !record.removed).map((record) => record.entry);
  const has = (name: string): boolean => headers.some((entry) => lowerName(entry) === name);

  for (const option of options) {
    const word = option.argument;
    if (word === undefined) continue;
    if (option.name === 'user') {
      coveredWords.add(word);
      if (!has('authorization')) headers.push({ name: 'Authorization', value: 'Basic' });
      const colon = word.value.indexOf(':');
      const password = colon === -1 ? '' : word.value.slice(colon + 1);
      if (password.length === 0 || hasExpansion(word, colon + 1)) continue;
      if (colon === 0 || keyShapeOf(password.trim()) !== undefined) {
        const fact: KeyFact = { kind: 'key', value: password, name: '--user password', literal: true, origin, ...(destination === undefined ? {} : { destination }) };
        add(fact, { value: { word, offset: colon + 1 } });
      }
    } else if (option.name === 'oauth2-bearer') {
      coveredWords.add(word);
      if (!has('authorization')) headers.push({ name: 'Authorization', value: `Bearer ${word.value}` });
      if (hasExpansion(word)) continue;
      const fact: KeyFact = { kind: 'key', value: word.value, name: '--oauth2-bearer', literal: true, origin, ...(destination === undefined ? {} : { destination }) };
      add(fact, { value: { word, offset: 0 } });
    }
  }
  if (options.some((option) => option.name === 'json')) {
    if (!has('content-type')) headers.push({ name: 'Content-Type', value: 'application/json' });
    if (!has('accept')) headers.push({ name: 'Accept', value: 'application/json' });
  }

  const getRequest = options.some((option) => option.name === 'get');
  const body = getRequest ? undefined : bodyOf(options);
  const sendsData = options.some((option) => DATA_OPTIONS.has(option.name) || FORM_OPTIONS.has(option.name));
  const method = methodOf(options, sendsData && !getRequest);
  for (const word of urls) {
    const leading = word.value.length - word.value.trimStart().length;
    const url = word.value.trim();
    const fact: EndpointFact = { kind: 'endpoint', url, role: 'request', method, headers, origin, ...(body === undefined ? {} : { body }) };
    add(fact, { value: { word, offset: leading } });
  }

  // name=value pairs that core reads like any setting: query strings, form fields, --variable.
  const pairWords: { word: Word; from: number; separator: RegExp }[] = [];
  for (const word of command.urls) {
    const query = word.value.indexOf('?');
    if (query !== -1) pairWords.push({ word, from: query + 1, separator: /&/ });
  }
  for (const option of options) {
    const word = option.argument;
    if (word === undefined) continue;
    if ((DATA_OPTIONS.has(option.name) && !/^\s*[{[@]/.test(word.value)) || FORM_OPTIONS.has(option.name)) pairWords.push({ word, from: 0, separator: FORM_OPTIONS.has(option.name) ? /$^/ : /&/ });
    if (option.name === 'variable' && !word.value.startsWith('%')) pairWords.push({ word, from: 0, separator: /$^/ });
  }
  const keySpans = new Map<Word, { start: number; end: number }[]>();
  const markKey = (word: Word, start: number, end: number): void => {
    const spans = keySpans.get(word) ?? [];
    spans.push({ start, end });
    keySpans.set(word, spans);
  };
  for (const { word, from, separator } of pairWords) {
    let position = from;
    for (const pair of word.value.slice(from).split(separator)) {
      const equals = pair.indexOf('=');
      const valueStart = position + equals + 1;
      position += pair.length + 1;
      if (equals <= 0) continue;
      const value = pair.slice(equals + 1).replace(/^"(.*)"$/, '$1');
      const quoteShift = pair.charAt(equals + 1) === '"' && value.length === pair.length - equals - 3 ? 1 : 0;
      if (value.length === 0 || value.startsWith('@') || hasExpansion(word, valueStart, valueStart + value.length + quoteShift)) continue;
      for (const fact of factsFromSetting({ name: pair.slice(0, equals), value, origin, access: 'define', literal: true })) {
        if (fact.kind !== 'key') continue;
        const keyFact: KeyFact = destination === undefined ? fact : { ...fact, destination };
        add(keyFact, { value: { word, offset: valueStart + quoteShift } });
        markKey(word, valueStart, valueStart + value.length + quoteShift);
      }
    }
  }

  // Anything else shaped like a key, wherever it is written in the command.
  for (const word of command.args) {
    if (coveredWords.has(word)) continue;
    for (const match of word.value.matchAll(KEY_RUN)) {
      const start = match.index;
      const end = start + match[0].length;
      if (keyShapeOf(match[0]) === undefined) continue;
      if (hasExpansion(word, start, end) || (keySpans.get(word) ?? []).some((span) => start < span.end && end > span.start)) continue;
      const fact: KeyFact = { kind: 'key', value: match[0], literal: true, origin, ...(destination === undefined ? {} : { destination }) };
      add(fact, { value: { word, offset: start } });
    }
  }
  return { facts, locations };
}
