import type { EndpointFact, HeaderEntry } from '../facts.js';
import { displayHeaderName, headerValue, intendedAuthHeader } from '../headers.js';
import { refusedOpenAIHeaders } from '../providers/openai-endpoints.js';
import { getProvider, isOpenAICompatibleEndpoint, parseHttpUrl, providerForUrl, type Provider } from '../providers/providers.js';
import { defineRule } from '../rule.js';

const JSON_MEDIA_TYPE = /^\s*application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i;

function providerOf(fact: EndpointFact): Provider | undefined {
  return fact.provider === undefined ? providerForUrl(fact.url) : getProvider(fact.provider);
}

/** Any header that tries to carry a credential, including misspelled ones (header-auth-name reports those). */
function hasAuthAttempt(headers: readonly HeaderEntry[]): boolean {
  return headers.some((header) => intendedAuthHeader(header.name) !== undefined);
}

/** Gemini also takes the key as `?key=` (header-key-in-url warns about that, but the request is authenticated). */
function hasQueryKey(url: string, provider: Provider): boolean {
  const parameter = provider.keyQueryParameter;
  return parameter !== undefined && parseHttpUrl(url)?.searchParams.has(parameter) === true;
}

function usageOf(provider: Provider): string {
  const scheme = provider.auth.scheme === undefined ? '' : `${provider.auth.scheme} `;
  return `${displayHeaderName(provider.auth.header)}: ${scheme}<key>`;
}

/** The refused value an OpenAI request sends (`OpenAI-Beta: realtime=v1`), if any. */
function refusedHeaderOf(headers: readonly HeaderEntry[]) {
  for (const refused of refusedOpenAIHeaders) {
    const value = headerValue(headers, refused.header);
    if (value !== undefined && value.split(',').some((part) => part.trim().toLowerCase() === refused.value)) return refused;
  }
  return undefined;
}

export default defineRule({
  id: 'header-missing-required',
  category: 'header',
  severity: 'error',
  description: 'Requests must send the headers the API requires (auth, `anthropic-version`, `Content-Type: application/json` for JSON bodies) and none it refuses (`OpenAI-Beta: realtime=v1`).',
  facts: ['endpoint'],
  recommended: true,
  messages: {
    missingAuth: 'The request to {{provider}} sends no key at all, so it answers 401 — add `{{usage}}`',
    missingProviderHeader: '{{provider}} rejects requests without the `{{header}}` header — add `{{header}}: {{example}}`',
    missingContentType: 'The request sends a JSON body without `Content-Type: application/json`, so the API cannot parse it — add the header',
    wrongContentType: 'The request sends a JSON body as `Content-Type: {{contentType}}`; the API cannot parse it — send `Content-Type: application/json`',
    refusedHeader: '`{{header}}: {{value}}` selects what was {{removed}}; {{provider}} refuses the request — use {{replacement}}',
  },
  check(fact, context) {
    // Only an adapter that knows every header of the request can say one is missing.
    const headers = fact.headers;
    if (headers === undefined || fact.role !== 'request') return;
    const provider = providerOf(fact);
    // In code, a bare GET with no headers at all may be a public listing (OpenRouter's /models) or go through a wrapper
    // that signs it; a collection's request is all there is.
    const bareGet = fact.origin.medium === 'code' && headers.length === 0 && fact.body === undefined && (fact.method ?? 'GET') === 'GET';
    if (provider !== undefined && !bareGet && !hasAuthAttempt(headers) && !hasQueryKey(fact.url, provider)) {
      context.report({ messageId: 'missingAuth', data: { provider: provider.name, usage: usageOf(provider) } });
    }
    // Anthropic's OpenAI-SDK compatibility endpoint takes OpenAI's headers: no `anthropic-version` there.
    const openAICompatible = provider !== undefined && isOpenAICompatibleEndpoint(provider, parseHttpUrl(fact.url)?.pathname ?? '');
    for (const required of openAICompatible ? [] : (provider?.requiredHeaders ?? [])) {
      if (headerValue(headers, required.name) === undefined) {
        context.report({ messageId: 'missingProviderHeader', data: { provider: (provider as Provider).name, header: required.name, example: required.example } });
      }
    }
    // Only a provider's API is known to refuse a JSON body without its media type; a local server or a documentation host (example.com) may not.
    if (fact.body?.json === true && provider !== undefined) {
      const contentType = headerValue(headers, 'content-type');
      if (contentType === undefined) context.report({ messageId: 'missingContentType' });
      else if (!JSON_MEDIA_TYPE.test(contentType)) context.report({ messageId: 'wrongContentType', data: { contentType: contentType.trim() } });
    }
    const refused = provider?.id === 'openai' ? refusedHeaderOf(headers) : undefined;
    if (refused !== undefined) {
      context.report({ messageId: 'refusedHeader', data: { header: refused.header, value: refused.value, removed: refused.removed, provider: (provider as Provider).name, replacement: refused.replacement } });
    }
  },
});
