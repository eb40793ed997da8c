import { describeName } from '../describe.js';
import {
  abbreviate,
  analyzeUrl,
  findDoubledVersion,
  findEmptySegment,
  inUrl,
  isSdkBaseUrl,
  isUnderPrefix,
  isVersionSegment,
  locatedSegments,
  withoutTrailingSlash,
  type UrlAnalysis,
} from '../endpoints.js';
import type { EndpointFact } from '../facts.js';
import { matchOpenAIPath, matchRemovedOpenAIPath, openAIInferencePaths } from '../providers/openai-endpoints.js';
import type { Provider } from '../providers/providers.js';
import { defineRule, type ReportDescriptor } from '../rule.js';

type MessageId =
  | 'emptySegment'
  | 'doubledVersion'
  | 'fullEndpoint'
  | 'missingVersion'
  | 'wrongBasePath'
  | 'localMissingVersion'
  | 'sdkBasePath'
  | 'requestMissingPrefix'
  | 'doubledEndpoint';

/** Ollama serves its OpenAI-compatible API only under /v1 on its default port; its root has /api/* instead. */
const OLLAMA_PORT = '11434';

/** The Anthropic SDK appends /v1/messages itself, so an Anthropic base URL ending in it is a full endpoint. */
const ANTHROPIC_MESSAGES = '/v1/messages';

type Descriptor = ReportDescriptor<MessageId>;

/** `https://host[:port]<path>`, never with user info or query (a Gemini `?key=` would leak into the message). */
function urlWithPath(analysis: UrlAnalysis, path: string): string {
  const port = analysis.url.port === '' ? '' : `:${analysis.url.port}`;
  return `${analysis.scheme}://${analysis.host}${port}${path}`;
}

function replacePath(analysis: UrlAnalysis, path: string): NonNullable<Descriptor['fix']> {
  return { start: analysis.pathSpan.start, end: analysis.pathSpan.end, text: path };
}

/** The longest inference endpoint (`/chat/completions`) the path ends with, or undefined. */
function endpointTail(path: string, anthropic: boolean): string | undefined {
  if (anthropic && path.endsWith(ANTHROPIC_MESSAGES)) return ANTHROPIC_MESSAGES;
  return openAIInferencePaths.find((tail) => path.endsWith(tail));
}

function isOpenAIClient(fact: EndpointFact): boolean {
  return fact.provider === 'openai' || (fact.name ?? '').toUpperCase().includes('OPENAI');
}

function checkStructure(analysis: UrlAnalysis): Descriptor | undefined {
  const doubled = findDoubledVersion(analysis.path);
  if (doubled !== undefined) {
    const span = inUrl(analysis, doubled);
    const version = analysis.path.slice(doubled.start + 1, doubled.end);
    return { messageId: 'doubledVersion', data: { version }, ...span, fix: { ...span, text: '' } };
  }
  // Gateways may normalise `//`; provider APIs answer 404, so only their hosts are checked.
  const empty = analysis.provider === undefined ? undefined : findEmptySegment(analysis.path);
  if (empty !== undefined) {
    const span = inUrl(analysis, empty);
    return { messageId: 'emptySegment', ...span, fix: { ...span, text: '' } };
  }
  return undefined;
}

function checkFullEndpoint(fact: EndpointFact, analysis: UrlAnalysis): Descriptor | undefined {
  const path = withoutTrailingSlash(analysis.path);
  const provider = analysis.provider;
  const anthropic = provider?.id === 'anthropic' || fact.provider === 'anthropic';
  const tail = endpointTail(path, anthropic);
  if (tail === undefined) return undefined;
  const base = path.slice(0, path.length - tail.length);
  const data = { tail, doubled: `${base}${tail}${tail}` };
  if (fact.name === 'AZURE_OPENAI_ENDPOINT') {
    // The Azure client builds /openai/deployments/{model}/... itself: the endpoint is the resource root.
    return { messageId: 'fullEndpoint', data: { ...data, expected: urlWithPath(analysis, '/') }, ...analysis.pathSpan, fix: replacePath(analysis, '/') };
  }
  const knownBase = provider?.basePaths?.find((candidate) => candidate.length > 0);
  if (provider?.basePaths !== undefined && knownBase !== undefined && !provider.basePaths.includes(base)) {
    // `https://api.openai.com/chat/completions`: stripping the endpoint alone would leave no /v1.
    return { messageId: 'fullEndpoint', data: { ...data, expected: urlWithPath(analysis, knownBase) }, ...analysis.pathSpan, fix: replacePath(analysis, knownBase) };
  }
  const span = { start: analysis.pathSpan.start + base.length, end: analysis.pathSpan.end };
  return { messageId: 'fullEndpoint', data: { ...data, expected: urlWithPath(analysis, base) }, ...span, fix: { ...span, text: '' } };
}

function checkProviderBase(analysis: UrlAnalysis, provider: Provider): Descriptor | undefined {
  const basePaths = provider.basePaths;
  if (basePaths === undefined) return undefined;
  const path = withoutTrailingSlash(analysis.path);
  if (basePaths.includes(path)) return undefined;
  const nonEmpty = basePaths.filter((candidate) => candidate.length > 0);
  const expectedPath = nonEmpty[0] as string;
  const data = { provider: provider.name, expected: urlWithPath(analysis, expectedPath), version: expectedPath };
  if (path.length === 0) return { messageId: 'missingVersion', data, fix: replacePath(analysis, expectedPath) };
  return {
    messageId: 'wrongBasePath',
    data: { ...data, path: abbreviate(path), allowed: nonEmpty.map((candidate) => urlWithPath(analysis, candidate)).join(' or ') },
    ...analysis.pathSpan,
    ...(nonEmpty.length === 1 ? { fix: replacePath(analysis, expectedPath) } : {}),
  };
}

/** Names under which the URL certainly feeds the provider's own SDK. */
const SDK_OPTION_NAMES = new Set(['baseURL', 'baseUrl', 'base_url']);

/**
 * `ANTHROPIC_BASE_URL=https://api.anthropic.com/v1`: right for an OpenAI client pointed at
 * Anthropic, wrong for the Anthropic SDK, which appends /v1/messages itself.
 */
function checkOwnSdkBase(fact: EndpointFact, analysis: UrlAnalysis, provider: Provider): Descriptor | undefined {
  if (provider.sdkBasePath === undefined || fact.provider !== provider.id) return undefined;
  const ownName = (provider.baseUrlEnvNames ?? []).includes(fact.name ?? '') || SDK_OPTION_NAMES.has(fact.name ?? '');
  const path = withoutTrailingSlash(analysis.path);
  if (!ownName || path === provider.sdkBasePath || !(provider.basePaths ?? []).includes(path)) return undefined;
  return {
    messageId: 'sdkBasePath',
    data: { provider: provider.name, path, expected: urlWithPath(analysis, provider.sdkBasePath), doubled: `${path}${path}` },
    ...analysis.pathSpan,
    fix: replacePath(analysis, provider.sdkBasePath),
  };
}

function checkLocalBase(fact: EndpointFact, analysis: UrlAnalysis): Descriptor | undefined {
  if (!analysis.local || analysis.url.port !== OLLAMA_PORT || !isOpenAIClient(fact)) return undefined;
  if (withoutTrailingSlash(analysis.path).length > 0) return undefined;
  return { messageId: 'localMissingVersion', data: { expected: urlWithPath(analysis, '/v1') }, fix: replacePath(analysis, '/v1') };
}

function checkDoubledEndpoint(analysis: UrlAnalysis): Descriptor | undefined {
  const path = withoutTrailingSlash(analysis.path);
  const tail = openAIInferencePaths.find((candidate) => path.endsWith(candidate + candidate));
  if (tail === undefined) return undefined;
  const start = analysis.pathSpan.start + path.length - tail.length;
  return { messageId: 'doubledEndpoint', data: { tail }, start, end: start + tail.length, fix: { start, end: start + tail.length, text: '' } };
}

/** True when `path` (relative to the version prefix) is an endpoint this provider has. */
function isKnownEndpoint(provider: Provider, path: string): boolean {
  if (provider.id === 'openai') return matchOpenAIPath(path) !== undefined || matchRemovedOpenAIPath(path) !== undefined;
  const prefix = provider.versionPrefix ?? '';
  if ((provider.knownEndpoints ?? []).some((known) => known.path === prefix + path)) return true;
  // Not `/models`: Gemini's native API has /v1beta/models, which must not read as a misplaced OpenAI path.
  return openAIInferencePaths.includes(path);
}

/**
 * A request URL on a provider host whose endpoint sits under the wrong prefix: `/chat/completions`
 * on api.openai.com (no /v1), `/v1/chat/completions` on Groq (it is /openai/v1).
 */
function checkRequestPrefix(analysis: UrlAnalysis, provider: Provider): Descriptor | undefined {
  const expectedPrefix = provider.openAICompatiblePrefix;
  if (expectedPrefix === undefined) return undefined;
  const allowed = [expectedPrefix, ...(provider.alternativePrefixes ?? [])];
  const path = withoutTrailingSlash(analysis.path);
  if (allowed.some((prefix) => prefix.length > 0 && isUnderPrefix(path, prefix))) return undefined;
  const segments = locatedSegments(path);
  // Try the path as it is (prefix missing), then without a leading wrong prefix of up to two segments.
  for (let skipped = 0; skipped <= Math.min(2, segments.length - 1); skipped += 1) {
    const skippedSegments = segments.slice(0, skipped);
    if (skipped > 0 && !skippedSegments.some((segment) => isVersionSegment(segment.text))) continue;
    const rest = skipped === 0 ? path : path.slice((segments[skipped] as { start: number }).start - 1);
    if (rest.length === 0 || !isKnownEndpoint(provider, rest)) continue;
    if (allowed.includes('') && skipped === 0) return undefined;
    const removedLength = path.length - rest.length;
    const fix = { start: analysis.pathSpan.start, end: analysis.pathSpan.start + removedLength, text: expectedPrefix };
    return {
      messageId: 'requestMissingPrefix',
      data: { provider: provider.name, expectedPath: expectedPrefix + rest, expected: abbreviate(urlWithPath(analysis, expectedPrefix + rest)), path: abbreviate(analysis.path) },
      ...analysis.pathSpan,
      fix,
    };
  }
  return undefined;
}

export default defineRule({
  id: 'endpoint-version',
  category: 'endpoint',
  severity: 'error',
  description: 'Base URLs and request URLs must carry the provider’s version prefix exactly once (`/v1` for OpenAI), and a base URL must not be a full endpoint.',
  facts: ['endpoint'],
  recommended: true,
  fixable: true,
  messages: {
    emptySegment: '{{name}} has an empty path segment (//); the API answers 404 — remove the extra slash',
    doubledVersion: '{{name}} has /{{version}} twice; the API answers 404 — keep one',
    fullEndpoint:
      '{{name}} is a full endpoint: the SDK appends {{tail}} itself and calls {{doubled}} (404) — set it to {{expected}}',
    missingVersion:
      '{{name}} has no {{version}}: the SDK then calls /chat/completions without it and {{provider}} answers 404 (unknown_url) — use {{expected}}',
    wrongBasePath: '{{name}} has the path {{path}}, which is not a base URL of {{provider}} — use {{allowed}}',
    localMissingVersion:
      '{{name}} points at Ollama without /v1: its OpenAI-compatible API lives under /v1 and the root answers 404 — use {{expected}}',
    sdkBasePath: '{{name}} ends in {{path}}, but the {{provider}} SDK adds {{path}} itself and would call {{doubled}}/… (404) — use {{expected}}',
    requestMissingPrefix: '{{name}} calls {{path}}, but {{provider}} serves this endpoint at {{expectedPath}} (404 otherwise) — use {{expected}}',
    doubledEndpoint: '{{name}} ends in {{tail}} twice (a full endpoint was used as the base URL); the API answers 404 — remove one',
  },
  check(fact, context) {
    const analysis = analyzeUrl(fact.url);
    if (analysis === undefined || analysis.hostTemplated || analysis.pathTemplated) return;
    const provider = analysis.provider;
    // A URL in OPENAI_API_URL or CHAT_ENDPOINT may be a base or a full request URL: judge it as a request,
    // which only speaks up when its path is a known endpoint.
    const descriptor =
      checkStructure(analysis) ??
      (isSdkBaseUrl(fact)
        ? (checkFullEndpoint(fact, analysis) ??
          (provider === undefined ? checkLocalBase(fact, analysis) : (checkProviderBase(analysis, provider) ?? checkOwnSdkBase(fact, analysis, provider))))
        : (checkDoubledEndpoint(analysis) ??
          (provider === undefined ? checkLocalRequest(analysis) : checkRequestPrefix(analysis, provider))));
    if (descriptor === undefined) return;
    context.report({ ...descriptor, data: { name: describeName(fact), ...descriptor.data } });
  },
});

function checkLocalRequest(analysis: UrlAnalysis): Descriptor | undefined {
  if (!analysis.local || analysis.url.port !== OLLAMA_PORT) return undefined;
  const path = withoutTrailingSlash(analysis.path);
  if (!openAIInferencePaths.includes(path) && path !== '/models') return undefined;
  return {
    messageId: 'localMissingVersion',
    data: { expected: urlWithPath(analysis, `/v1${path}`) },
    ...analysis.pathSpan,
    fix: { start: analysis.pathSpan.start, end: analysis.pathSpan.start, text: '/v1' },
  };
}
