import type { HeaderFact } from '../facts.js';
import { AUTH_HEADER_NAMES, displayHeaderName, intendedAuthHeader, parseAuthorization } from '../headers.js';
import { keyShapeOf } from '../keys.js';
import { getProvider, isOpenAICompatibleEndpoint, parseHttpUrl, providerForUrl, type Provider } from '../providers/providers.js';
import { defineRule } from '../rule.js';

/** Header names that are not auth headers but whose name says they carry a credential (`X-OpenAI-Key`). */
const CREDENTIAL_NAME = /key|token|auth|secret|bearer/i;
/** Identifier headers carry IDs, not keys: header-openai-ids looks at them. */
const IDENTIFIER_HEADERS = new Set(['openai-organization', 'openai-project']);
/** An Azure key is 32 hex or 84 alphanumerics; an Entra ID token is a JWT with dots. */
const AZURE_KEY_SHAPE = /^[A-Za-z0-9]{32,100}$/;

function providerOf(fact: HeaderFact): Provider | undefined {
  if (fact.provider !== undefined) return getProvider(fact.provider);
  return fact.destination === undefined ? undefined : providerForUrl(fact.destination);
}

function pathOf(destination: string | undefined): string | undefined {
  return destination === undefined ? undefined : parseHttpUrl(destination)?.pathname;
}

/** Gemini's OpenAI-compatible endpoint (`/v1beta/openai/`) takes `Authorization: Bearer`; the native API does not. */
function isOpenAiCompatiblePath(path: string | undefined): boolean {
  return path !== undefined && /\/openai(?:\/|$)/.test(path);
}

/** Azure's GA `/openai/v1/` API, where the plain OpenAI client sends the Azure key as `Authorization: Bearer`. */
function readsBearerKey(provider: Provider, path: string | undefined): boolean {
  if (path === undefined) return false;
  const lower = path.toLowerCase();
  return (provider.bearerKeyPrefixes ?? []).some((prefix) => lower === prefix || lower.startsWith(`${prefix}/`));
}

/**
 * True when the provider reads the credential from this header. `Authorization: Bearer` also
 * carries tokens that are not API keys: Entra ID tokens on Azure, OAuth tokens on Anthropic, any
 * key on an OpenAI-compatible endpoint (Gemini's `/v1beta/openai/`, Anthropic's
 * `/v1/chat/completions`, Azure's `/openai/v1/`). Only an API key of that provider elsewhere is wrong.
 */
function providerReads(provider: Provider, lowerName: string, credential: string, hasScheme: boolean, destination: string | undefined): boolean {
  if (lowerName === provider.auth.header) return true;
  const path = pathOf(destination);
  if (lowerName !== 'authorization') return false;
  if (path !== undefined && isOpenAICompatibleEndpoint(provider, path)) return true;
  const shape = keyShapeOf(credential);
  switch (provider.id) {
    case 'azure-openai':
      // A bare key in `Authorization` is wrong there too: it needs `Bearer ` (or the `api-key` header).
      return (hasScheme && readsBearerKey(provider, path)) || (shape === undefined && !AZURE_KEY_SHAPE.test(credential));
    case 'anthropic':
      return shape?.provider !== 'anthropic';
    case 'gemini':
      return isOpenAiCompatiblePath(path) || shape?.provider !== 'gemini';
    default:
      return false;
  }
}

/** How the provider wants the key sent: `Authorization: Bearer <key>`, `x-api-key: <key>`. */
function usageOf(provider: Provider): string {
  const scheme = provider.auth.scheme === undefined ? '' : `${provider.auth.scheme} `;
  return `${displayHeaderName(provider.auth.header)}: ${scheme}<key>`;
}

/** A rename alone fixes the request only when the value already has the form the new header wants (a scheme for `Authorization`, the bare key elsewhere). */
function renameSuggestions(fact: HeaderFact, newName: string, hasScheme: boolean) {
  if ((newName === 'authorization') !== hasScheme) return [];
  const expected = displayHeaderName(newName);
  return [{ messageId: 'rename' as const, data: { expected }, fix: { field: 'name' as const, start: 0, end: fact.name.length, text: expected } }];
}

export default defineRule({
  id: 'header-auth-name',
  category: 'header',
  severity: 'error',
  description: 'The API key must travel in the header the provider reads: no misspelled auth header, no `api-key` to OpenAI or `Authorization` to Azure key auth.',
  facts: ['header'],
  recommended: true,
  hasSuggestions: true,
  messages: {
    misspelled: 'Header `{{name}}` is a misspelling of `{{expected}}`: the server never sees the key and answers 401 — rename it',
    wrongHeader: '{{provider}} does not read the key from `{{name}}`, so the request is unauthenticated (401) — send it as `{{usage}}`',
    rename: 'Rename the header to `{{expected}}`',
  },
  check(fact, context) {
    const lowerName = fact.name.trim().toLowerCase();
    if (IDENTIFIER_HEADERS.has(lowerName)) return;
    const parts = parseAuthorization(fact.value);
    const credential = fact.value.slice(parts.credential.start).trim();
    const hasScheme = parts.scheme !== undefined;
    const provider = providerOf(fact);
    const keyShaped = keyShapeOf(credential) !== undefined;
    const intended = intendedAuthHeader(lowerName);
    const nameSpan = { field: 'name' as const, start: 0, end: fact.name.length };

    if (intended !== undefined && !AUTH_HEADER_NAMES.has(lowerName)) {
      // A custom header of some other API can look like a typo: only speak when the value or the receiver says it is an auth header.
      if (provider === undefined && !keyShaped && !hasScheme) return;
      const meant = provider === undefined || providerReads(provider, intended, credential, hasScheme, fact.destination) ? intended : provider.auth.header;
      const expected = displayHeaderName(meant);
      const suggestions = renameSuggestions(fact, meant, hasScheme);
      if (meant === intended) {
        context.report({ messageId: 'misspelled', data: { name: fact.name, expected }, ...nameSpan, suggestions });
      } else if (provider !== undefined) {
        context.report({ messageId: 'wrongHeader', data: { name: fact.name, provider: provider.name, usage: usageOf(provider) }, ...nameSpan, suggestions });
      }
      return;
    }
    if (provider === undefined) return;
    const isAuthHeader = AUTH_HEADER_NAMES.has(lowerName);
    if (!isAuthHeader && !(keyShaped && CREDENTIAL_NAME.test(lowerName))) return;
    if (providerReads(provider, lowerName, credential, hasScheme, fact.destination)) return;
    const suggestions = renameSuggestions(fact, provider.auth.header, hasScheme);
    context.report({ messageId: 'wrongHeader', data: { name: fact.name, provider: provider.name, usage: usageOf(provider) }, ...nameSpan, suggestions });
  },
});
