import type { EndpointFact } from './facts.js';
import { createPathMatcher, type PathPattern } from './path-patterns.js';
import { openAIEndpoints } from './providers/openai-endpoints.js';
import { isLocalHost, providerForHost, type Provider } from './providers/providers.js';

/**
 * URL analysis shared by the endpoint rules. Everything is located in the URL string exactly as the
 * adapter passed it, so findings can point at the scheme, the host or one path segment. Built on
 * string operations plus `URL` (no regular expression runs over the whole URL), so a 300 KB line
 * costs linear time.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface UrlAnalysis {
  readonly text: string;
  readonly url: URL;
  readonly scheme: 'http' | 'https';
  /** The scheme without `://`. */
  readonly schemeSpan: Span;
  /** Lower-case host name as `URL` normalises it, without a trailing dot. */
  readonly host: string;
  readonly hostSpan: Span;
  /** The path exactly as written (`''` when there is none). */
  readonly path: string;
  readonly pathSpan: Span;
  /** The query exactly as written, without `?` (`''` when there is none). */
  readonly query: string;
  readonly querySpan: Span;
  /** The provider whose API host this is; undefined for gateways, proxies and local servers. */
  readonly provider: Provider | undefined;
  readonly local: boolean;
  /** The host is a placeholder (`{{host}}`, `${HOST}`): nothing about it can be judged. */
  readonly hostTemplated: boolean;
  /** Some path segment is a placeholder (`{{id}}`, `:id`). */
  readonly pathTemplated: boolean;
}

const TEMPLATE_MARKERS = ['{{', '}}', '${', '<', '>', '%7B', '%7b'];

/** True when a piece of a URL still holds a placeholder a tool fills in later. */
export function hasTemplateMarker(text: string): boolean {
  return TEMPLATE_MARKERS.some((marker) => text.includes(marker));
}

function firstIndexOfAny(text: string, characters: string, from: number, to: number): number {
  for (let index = from; index < to; index += 1) {
    if (characters.includes(text.charAt(index))) return index;
  }
  return to;
}

function hasInnerWhitespaceOrControl(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    if (text.charCodeAt(index) <= 0x20 || text.charCodeAt(index) === 0x7f) return true;
  }
  return false;
}

/** Where the host name sits inside the authority (`user@host:port`). */
function hostSpanInAuthority(text: string, start: number, end: number): Span {
  const at = text.lastIndexOf('@', end - 1);
  const hostStart = at >= start ? at + 1 : start;
  if (text.charAt(hostStart) === '[') {
    const close = text.indexOf(']', hostStart);
    return { start: hostStart, end: close === -1 || close >= end ? end : close + 1 };
  }
  const colon = text.indexOf(':', hostStart);
  return { start: hostStart, end: colon === -1 || colon >= end ? end : colon };
}

/**
 * Splits an http(s) URL into located parts; undefined for anything else (a relative path, a
 * placeholder-only value, whitespace inside, a string `URL` rejects). Never throws.
 */
export function analyzeUrl(text: string): UrlAnalysis | undefined {
  // Every endpoint rule analyses the same fact in turn; one remembered result saves five parses.
  if (lastAnalysis !== undefined && lastAnalysis.text === text) return lastAnalysis.analysis;
  const analysis = analyzeUncached(text);
  lastAnalysis = { text, analysis };
  return analysis;
}

let lastAnalysis: { readonly text: string; readonly analysis: UrlAnalysis | undefined } | undefined;

/** Shortens user text quoted in a message (a 300 KB path must not become a 300 KB message). */
export function abbreviate(text: string, maximumLength = 100): string {
  if (text.length <= maximumLength) return text;
  return `${text.slice(0, maximumLength - 21)}…${text.slice(-20)}`;
}

function analyzeUncached(text: string): UrlAnalysis | undefined {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start || hasInnerWhitespaceOrControl(text, start, end)) return undefined;
  const separator = text.indexOf('://', start);
  if (separator === -1 || separator >= end) return undefined;
  const schemeText = text.slice(start, separator).toLowerCase();
  if (schemeText !== 'http' && schemeText !== 'https') return undefined;
  const authorityStart = separator + 3;
  // A backslash is a path separator for `URL`; positions would drift, so such URLs are skipped.
  if (text.indexOf('\\', start) !== -1 && text.indexOf('\\', start) < end) return undefined;
  const authorityEnd = firstIndexOfAny(text, '/?#', authorityStart, end);
  const pathEnd = firstIndexOfAny(text, '?#', authorityEnd, end);
  const queryEnd = text.charAt(pathEnd) === '?' ? firstIndexOfAny(text, '#', pathEnd, end) : pathEnd;
  const candidate = text.slice(start, end);
  if (!URL.canParse(candidate)) return undefined;
  const url = new URL(candidate);
  const hostSpan = hostSpanInAuthority(text, authorityStart, authorityEnd);
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const hostText = text.slice(hostSpan.start, hostSpan.end);
  const path = text.slice(authorityEnd, pathEnd);
  const querySpan = text.charAt(pathEnd) === '?' ? { start: pathEnd + 1, end: queryEnd } : { start: pathEnd, end: pathEnd };
  const hostTemplated = hasTemplateMarker(hostText) || hostText.includes('$') || host.length === 0;
  return {
    text,
    url,
    scheme: schemeText,
    schemeSpan: { start, end: separator },
    host,
    hostSpan,
    path,
    pathSpan: { start: authorityEnd, end: pathEnd },
    query: text.slice(querySpan.start, querySpan.end),
    querySpan,
    provider: hostTemplated ? undefined : providerForHost(host),
    local: !hostTemplated && isLocalHost(host),
    hostTemplated,
    pathTemplated: hasTemplateMarker(path) || path.split('/').some((segment) => segment.startsWith(':')),
  };
}

/** Located path segments: `/v1/chat/` → `v1` at 1, `chat` at 4 (offsets inside the path). */
export interface PathSegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits a path into segments with their offsets; a single trailing slash is not a segment. */
export function locatedSegments(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  if (path.length === 0) return segments;
  let start = path.startsWith('/') ? 1 : 0;
  const limit = path.endsWith('/') && path.length > 1 ? path.length - 1 : path.length;
  while (start <= limit) {
    const slash = path.indexOf('/', start);
    const end = slash === -1 || slash > limit ? limit : slash;
    segments.push({ text: path.slice(start, end), start, end });
    start = end + 1;
  }
  return segments.length === 1 && segments[0]?.text === '' ? [] : segments;
}

/** The path without one trailing slash (`/v1/` → `/v1`, `/` → ``). */
export function withoutTrailingSlash(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

/** True when `path` is `prefix` or continues below it (`/v1/chat` is under `/v1`, `/v10` is not). */
export function isUnderPrefix(path: string, prefix: string): boolean {
  if (prefix.length === 0) return true;
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** `v1`, `v2`, `v1beta`, `v1alpha1`: a path segment that names an API version. */
export function isVersionSegment(segment: string): boolean {
  if (segment.length < 2 || segment.length > 12 || segment.charAt(0).toLowerCase() !== 'v') return false;
  const digits = segment.slice(1).replace(/(?:alpha|beta)\d*$/i, '');
  return digits.length > 0 && /^\d+$/.test(digits);
}

/** The first empty segment (`//`) in a path, as the span of the extra slash, ignoring a lone trailing slash. */
export function findEmptySegment(path: string): Span | undefined {
  const index = path.indexOf('//');
  return index === -1 ? undefined : { start: index, end: index + 1 };
}

/** Two identical version segments in a row (`/v1/v1`): the span of the second one with its slash. */
export function findDoubledVersion(path: string): Span | undefined {
  const segments = locatedSegments(path);
  for (let index = 1; index < segments.length; index += 1) {
    const previous = segments[index - 1] as PathSegment;
    const current = segments[index] as PathSegment;
    if (isVersionSegment(current.text) && current.text.toLowerCase() === previous.text.toLowerCase()) {
      return { start: current.start - 1, end: current.end };
    }
  }
  return undefined;
}

/** The path below a prefix (`/v1/chat/completions` under `/v1` → `/chat/completions`), or undefined. */
export function pathBelow(path: string, prefix: string): string | undefined {
  if (!isUnderPrefix(path, prefix)) return undefined;
  return path.slice(prefix.length);
}

/** Shifts a span inside the path into the coordinates of the whole URL. */
export function inUrl(analysis: UrlAnalysis, span: Span): Span {
  return { start: analysis.pathSpan.start + span.start, end: analysis.pathSpan.start + span.end };
}

const SDK_BASE_URL_NAMES = new Set(['baseURL', 'baseUrl', 'base_url', 'api_base', 'openai_api_base', 'apiBase', 'basePath']);

/**
 * True when a base-URL fact is an SDK base URL, one the client appends endpoint paths to
 * (`OPENAI_BASE_URL`, `baseURL`). Names like `OPENAI_API_URL` or `CHAT_ENDPOINT` often hold a full
 * request URL that code fetches directly, so they are not.
 */
export function isSdkBaseUrl(fact: EndpointFact): boolean {
  if (fact.role !== 'base-url') return false;
  if (fact.name === undefined || fact.name.length === 0) return true;
  // AZURE_OPENAI_ENDPOINT is a resource URL the Azure client appends /openai/... to.
  if (SDK_BASE_URL_NAMES.has(fact.name) || fact.name === 'AZURE_OPENAI_ENDPOINT') return true;
  const upper = fact.name.toUpperCase();
  return upper.endsWith('BASE_URL') || upper.endsWith('BASEURL') || upper.endsWith('API_BASE');
}

const matchOpenAIEndpoint = createPathMatcher(openAIEndpoints);

/**
 * The endpoint part of a request URL on a provider host, below the version prefix, when the URL is
 * clean enough to judge (endpoint-version reports the rest).
 */
export function endpointBelowVersion(analysis: UrlAnalysis, versionPrefix: string): string | undefined {
  if (analysis.hostTemplated || findEmptySegment(analysis.path) !== undefined || findDoubledVersion(analysis.path) !== undefined) return undefined;
  const rest = pathBelow(withoutTrailingSlash(analysis.path), versionPrefix);
  if (rest === undefined || rest.length === 0) return undefined;
  const slash = rest.indexOf('/', 1);
  const first = rest.slice(1, slash === -1 ? rest.length : slash);
  return isVersionSegment(first) ? undefined : rest;
}

export interface ProviderEndpoints {
  readonly provider: Provider;
  readonly prefix: string;
  readonly endpoints: readonly PathPattern[];
  /** Matches a path below `prefix`; undefined when it is not one of `endpoints`. */
  readonly match: (path: string) => { readonly item: { readonly path: string; readonly methods: readonly string[] } } | undefined;
}

const endpointListCache = new WeakMap<Provider, ProviderEndpoints>();

/** The endpoint list for a host's provider: OpenAI's full list, or the few a provider declares. */
export function providerEndpoints(provider: Provider): ProviderEndpoints | undefined {
  if (provider.id === 'openai') return { provider, prefix: '/v1', endpoints: openAIEndpoints, match: matchOpenAIEndpoint };
  const known = provider.knownEndpoints;
  const prefix = provider.versionPrefix;
  if (known === undefined || prefix === undefined) return undefined;
  const cached = endpointListCache.get(provider);
  if (cached !== undefined) return cached;
  const endpoints = known.map((endpoint) => ({ ...endpoint, path: endpoint.path.slice(prefix.length) }));
  const created = { provider, prefix, endpoints, match: createPathMatcher(endpoints) };
  endpointListCache.set(provider, created);
  return created;
}

/**
 * The prefix an Azure OpenAI path's endpoint sits under: `/openai/v1` or
 * `/openai/deployments/{deployment}` (as written); undefined for other Azure paths.
 */
export function azureEndpointPrefix(path: string): string | undefined {
  const lower = path.toLowerCase();
  if (lower.startsWith('/openai/v1/')) return path.slice(0, '/openai/v1'.length);
  if (!lower.startsWith('/openai/deployments/')) return undefined;
  const deploymentStart = '/openai/deployments/'.length;
  const slash = path.indexOf('/', deploymentStart);
  return slash === -1 || slash === deploymentStart ? undefined : path.slice(0, slash);
}

/**
 * Azure OpenAI serves OpenAI's endpoints below `/openai/v1` or `/openai/deployments/{name}`; which
 * ones depends on the API version, so this list is only good for spotting typos.
 */
export function azureEndpoints(provider: Provider, path: string): ProviderEndpoints | undefined {
  const prefix = azureEndpointPrefix(path);
  return prefix === undefined ? undefined : { provider, prefix, endpoints: openAIEndpoints, match: matchOpenAIEndpoint };
}

const ANTHROPIC_ADMIN_PREFIX = '/v1/organizations';

/**
 * The kind of key a request URL needs: `admin` for OpenAI's Admin API (the endpoint table's key
 * column, from the spec's AdminApiKeyAuth) and Anthropic's Admin API (`/v1/organizations/…`),
 * `project` for another known endpoint, undefined when keylint does not know the endpoint (a base
 * URL, a gateway, a new path): then nothing can be said about the key it needs.
 */
export function keyKindForUrl(url: URL): 'admin' | 'project' | undefined {
  const provider = providerForHost(url.hostname);
  if (provider === undefined) return undefined;
  const path = withoutTrailingSlash(url.pathname);
  if (provider.id === 'anthropic' && isUnderPrefix(path.toLowerCase(), ANTHROPIC_ADMIN_PREFIX)) return 'admin';
  const known = providerEndpoints(provider);
  const rest = known === undefined ? undefined : pathBelow(path, known.prefix);
  if (known === undefined || rest === undefined || rest.length === 0) return undefined;
  const match = known.match(rest);
  if (match === undefined) return undefined;
  return (match.item as { readonly admin?: boolean }).admin === true ? 'admin' : 'project';
}
