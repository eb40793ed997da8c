import type { TSESTree } from '@typescript-eslint/utils';
import { addRequest, hasSpread, joinUrl, knownUrl, optionsObject, propertyNamed, readUrl } from './endpoints.js';
import { readHeaderSet, type HeaderSet } from './headers.js';
import type { FactSink } from './sink.js';
import type { StaticText } from './static-text.js';

/** axios verbs and where their config argument sits. */
const VERB_CONFIG_INDEX: Readonly<Record<string, number>> = {
  get: 1,
  delete: 1,
  head: 1,
  options: 1,
  post: 2,
  put: 2,
  patch: 2,
  postForm: 2,
  putForm: 2,
  patchForm: 2,
};

/** What an axios instance adds to each request: `axios.create({ baseURL, headers })`. */
interface AxiosDefaults {
  readonly baseUrl?: StaticText;
  readonly headers?: HeaderSet;
  /** False when the defaults cannot be fully seen. */
  readonly known: boolean;
}

function isAxiosCreate(node: TSESTree.Node): node is TSESTree.CallExpression {
  return (
    node.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === 'axios' &&
    !node.callee.computed &&
    node.callee.property.type === 'Identifier' &&
    node.callee.property.name === 'create'
  );
}

/** The defaults of the axios the callee object refers to: plain `axios`, or a `const api = axios.create(…)`. */
function axiosDefaults(sink: FactSink, node: TSESTree.Node): AxiosDefaults | undefined {
  if (node.type === 'Identifier' && node.name === 'axios') return { known: true };
  const resolved = sink.resolver.resolveExpression(node);
  if (!isAxiosCreate(resolved)) return undefined;
  const config = optionsObject(sink, resolved.arguments[0]);
  if (config === undefined) return resolved.arguments.length === 0 ? { known: true } : { known: false };
  const baseUrlProperty = propertyNamed(config, 'baseURL');
  const headersProperty = propertyNamed(config, 'headers');
  const baseUrl = baseUrlProperty === undefined ? undefined : readUrl(sink, baseUrlProperty.value);
  const headers = headersProperty === undefined ? undefined : readHeaderSet(sink, headersProperty.value);
  return {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(headers === undefined ? {} : { headers }),
    known: !hasSpread(config) && (baseUrlProperty === undefined || baseUrl !== undefined) && (headersProperty === undefined || headers !== undefined),
  };
}

function mergeHeaders(first: HeaderSet | undefined, second: HeaderSet | undefined): HeaderSet | undefined {
  if (first === undefined) return second;
  if (second === undefined) return first;
  return { entries: [...first.entries, ...second.entries], complete: first.complete && second.complete };
}

/**
 * `axios(config)`, `axios(url, config)`, `axios.get(url, config)`, `axios.post(url, data, config)`,
 * and the same on an instance from `axios.create({ baseURL, headers })`. axios serialises object
 * bodies and sets their Content-Type itself, so no body kind is reported.
 */
export function addAxiosCall(sink: FactSink, call: TSESTree.CallExpression): void {
  const callee = call.callee;
  let defaults: AxiosDefaults | undefined;
  let verb: string | undefined;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    const name = callee.property.name;
    if (name !== 'request' && !Object.hasOwn(VERB_CONFIG_INDEX, name)) return;
    defaults = axiosDefaults(sink, callee.object);
    verb = name === 'request' ? undefined : name;
  } else {
    defaults = axiosDefaults(sink, callee);
  }
  if (defaults === undefined) return;

  let urlNode: TSESTree.Node | undefined;
  let configNode: TSESTree.Node | undefined;
  if (verb !== undefined) {
    urlNode = call.arguments[0];
    configNode = call.arguments[VERB_CONFIG_INDEX[verb] ?? 1];
  } else if (call.arguments.length >= 2 || (call.arguments[0] !== undefined && optionsObject(sink, call.arguments[0]) === undefined)) {
    [urlNode, configNode] = call.arguments;
  } else {
    configNode = call.arguments[0];
  }
  const config = optionsObject(sink, configNode);
  if (configNode !== undefined && config === undefined) return;
  const urlProperty = config === undefined ? undefined : propertyNamed(config, 'url');
  const baseUrlProperty = config === undefined ? undefined : propertyNamed(config, 'baseURL');
  const path = urlNode !== undefined ? sink.resolver.staticText(urlNode, true) : urlProperty === undefined ? undefined : sink.resolver.staticText(urlProperty.value, true);
  const baseUrl = baseUrlProperty === undefined ? defaults.baseUrl : readUrl(sink, baseUrlProperty.value);
  if (path === undefined) return;
  const joined = baseUrl === undefined ? path : joinUrl(baseUrl, path, call);
  const url = knownUrl(joined);
  if (url === undefined) return;

  const methodProperty = config === undefined ? undefined : propertyNamed(config, 'method');
  const method = verb?.replace(/Form$/, '') ?? (methodProperty === undefined ? 'get' : sink.resolver.staticText(methodProperty.value, false)?.text);
  const headersProperty = config === undefined ? undefined : propertyNamed(config, 'headers');
  const requestHeaders = headersProperty === undefined ? { entries: [], complete: true } : readHeaderSet(sink, headersProperty.value);
  if (headersProperty !== undefined) sink.claimed.add(headersProperty);
  const headers = mergeHeaders(defaults.headers, requestHeaders);
  addRequest(sink, {
    url,
    ...(method === undefined ? {} : { method }),
    ...(headers === undefined ? {} : { headers }),
    headersComplete: defaults.known && (config === undefined || !hasSpread(config)) && requestHeaders !== undefined && headers !== undefined && headers.complete,
    node: call,
  });
}
