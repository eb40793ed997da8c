import { parseHttpUrl, type EndpointFact, type ProviderId } from '@keylint/core';
import type { TSESTree } from '@typescript-eslint/utils';
import { addHeaderFacts, headerEntries, readHeaderSet, type HeaderSet } from './headers.js';
import { unwrap } from './resolve.js';
import type { FactSink } from './sink.js';
import { concatTexts, isStringLiteral, type StaticText } from './static-text.js';

/** Text with no place of its own in the source (a `?` the adapter adds): it maps to `node`. */
export function syntheticText(text: string, node: TSESTree.Node): StaticText {
  return { text, pieces: [{ start: 0, end: text.length, node }], root: node };
}

function sliceText(text: StaticText, from: number): StaticText {
  const pieces = text.pieces
    .filter((piece) => piece.end > from)
    .map((piece) => {
      const cut = Math.max(0, from - piece.start);
      return {
        ...piece,
        start: piece.start + cut - from,
        end: piece.end - from,
        ...(piece.sourceStart === undefined ? {} : { sourceStart: piece.sourceStart + cut }),
      };
    });
  return { text: text.text.slice(from), pieces, root: text.root };
}

/**
 * A URL as far as it is known here. Run-time parts are allowed only in the query string: a URL
 * whose host or path is only known at run time tells core nothing reliable.
 */
export function readUrl(sink: FactSink, node: TSESTree.Node): StaticText | undefined {
  const resolved = sink.resolver.resolveExpression(node);
  if (resolved.type === 'NewExpression' && resolved.callee.type === 'Identifier' && resolved.callee.name === 'URL') {
    const [input, base] = resolved.arguments;
    if (input === undefined) return undefined;
    if (base === undefined) return readUrl(sink, input);
    const inputText = sink.resolver.staticText(input, false);
    const baseText = readUrl(sink, base);
    if (inputText === undefined || baseText === undefined || !URL.canParse(inputText.text, baseText.text)) return undefined;
    return syntheticText(new URL(inputText.text, baseText.text).href, resolved);
  }
  if (resolved.type === 'MemberExpression' && !resolved.computed && resolved.property.type === 'Identifier' && resolved.property.name === 'href') {
    return readUrl(sink, resolved.object);
  }
  const text = sink.resolver.staticText(resolved, true);
  return text === undefined ? undefined : knownUrl(text);
}

/** The text when it is an http(s) URL whose host and path are written here (run-time parts only in the query). */
export function knownUrl(text: StaticText): StaticText | undefined {
  const query = text.text.indexOf('?');
  const staticEnd = query === -1 ? text.text.length : query;
  if (text.pieces.some((piece) => piece.runtime !== undefined && piece.start < staticEnd)) return undefined;
  return parseHttpUrl(text.text) === undefined ? undefined : text;
}

/** Joins a client's base URL and a request path the way axios and the SDKs do: one slash between. */
export function joinUrl(base: StaticText, path: StaticText, root: TSESTree.Node): StaticText {
  if (parseHttpUrl(path.text) !== undefined) return path;
  const baseSlash = base.text.endsWith('/');
  const pathSlash = path.text.startsWith('/');
  if (baseSlash && pathSlash) return concatTexts([base, sliceText(path, 1)], root);
  if (!baseSlash && !pathSlash) return concatTexts([base, syntheticText('/', root), path], root);
  return concatTexts([base, path], root);
}

export interface RequestDescription {
  readonly url: StaticText;
  readonly method?: string;
  readonly headers?: HeaderSet;
  /** True when every header the request sends is in `headers` (none set elsewhere). */
  readonly headersComplete: boolean;
  readonly body?: { readonly json: boolean };
  readonly provider?: ProviderId;
  readonly node: TSESTree.Node;
}

/** What a request body is, when it is clear from the code: `JSON.stringify(…)` is JSON, a form is not. */
export function bodyKind(node: TSESTree.Node): { json: boolean } | undefined {
  const bare = unwrap(node);
  if (bare.type === 'CallExpression' && bare.callee.type === 'MemberExpression') {
    const { object, property } = bare.callee;
    if (object.type === 'Identifier' && object.name === 'JSON' && property.type === 'Identifier' && property.name === 'stringify') return { json: true };
  }
  if (bare.type === 'NewExpression' && bare.callee.type === 'Identifier' && ['FormData', 'URLSearchParams', 'Blob'].includes(bare.callee.name)) return { json: false };
  return undefined;
}

/** One request: an endpoint fact with what is known of it, and a header fact per known header. */
export function addRequest(sink: FactSink, request: RequestDescription): void {
  const headers = request.headersComplete ? headerEntries(request.headers) : undefined;
  const fact: EndpointFact = {
    kind: 'endpoint',
    url: request.url.text,
    role: 'request',
    origin: sink.origin,
    ...(request.method === undefined ? {} : { method: request.method.toUpperCase() }),
    ...(headers === undefined ? {} : { headers }),
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(request.provider === undefined ? {} : { provider: request.provider }),
  };
  sink.claim(request.url);
  sink.add(fact, { value: request.url, node: request.node });
  if (request.headers !== undefined) {
    addHeaderFacts(sink, request.headers, { destination: request.url.text, ...(request.provider === undefined ? {} : { provider: request.provider }) });
  }
}

/** The options object of a call, resolved through `const`. */
export function optionsObject(sink: FactSink, node: TSESTree.Node | undefined): TSESTree.ObjectExpression | undefined {
  if (node === undefined) return undefined;
  const resolved = sink.resolver.resolveExpression(node);
  return resolved.type === 'ObjectExpression' ? resolved : undefined;
}

export function propertyNamed(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  for (const property of object.properties) {
    if (property.type !== 'Property' || property.computed) continue;
    if ((property.key.type === 'Identifier' && property.key.name === name) || (isStringLiteral(property.key) && property.key.value === name)) return property;
  }
  return undefined;
}

/** True when an options object may set properties we cannot see (`{ ...defaults }`). */
export function hasSpread(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => property.type === 'SpreadElement');
}

/** `fetch(url, { method, headers, body })`. */
export function addFetch(sink: FactSink, call: TSESTree.CallExpression): void {
  const [urlNode, initNode] = call.arguments;
  if (urlNode === undefined) return;
  const url = readUrl(sink, urlNode);
  if (url === undefined) return;
  const init = optionsObject(sink, initNode);
  if (initNode !== undefined && init === undefined) {
    addRequest(sink, { url, headersComplete: false, node: call });
    return;
  }
  const methodProperty = init === undefined ? undefined : propertyNamed(init, 'method');
  const method = methodProperty === undefined ? undefined : sink.resolver.staticText(methodProperty.value, false)?.text;
  const headersProperty = init === undefined ? undefined : propertyNamed(init, 'headers');
  const headers = headersProperty === undefined ? { entries: [], complete: true } : readHeaderSet(sink, headersProperty.value);
  if (headersProperty !== undefined) sink.claimed.add(headersProperty);
  const bodyProperty = init === undefined ? undefined : propertyNamed(init, 'body');
  const body = bodyProperty === undefined ? undefined : bodyKind(bodyProperty.value);
  const spread = init !== undefined && hasSpread(init);
  addRequest(sink, {
    url,
    // fetch sends GET unless told otherwise, but an options object we cannot fully see may set it.
    ...(methodProperty === undefined ? (spread ? {} : { method: 'GET' }) : method === undefined ? {} : { method }),
    ...(headers === undefined ? {} : { headers }),
    headersComplete: !spread && headers !== undefined && headers.complete,
    ...(body === undefined ? {} : { body }),
    node: call,
  });
}

/** `url.searchParams.set('key', value)` on a `const url = new URL('…')`: the URL with that parameter. */
export function addSearchParameter(sink: FactSink, call: TSESTree.CallExpression): void {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'MemberExpression') return;
  const owner = callee.object.object;
  const url = readUrl(sink, owner);
  const [nameNode, valueNode] = call.arguments;
  if (url === undefined || nameNode === undefined || valueNode === undefined) return;
  const name = sink.resolver.staticText(nameNode, false);
  const value = sink.resolver.staticText(valueNode, true);
  if (name === undefined || value === undefined) return;
  const separator = syntheticText(url.text.includes('?') ? '&' : '?', call);
  const text = concatTexts([url, separator, name, syntheticText('=', call), value], call);
  addRequest(sink, { url: text, headersComplete: false, node: call });
}
