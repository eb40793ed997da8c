import type { EndpointFact, HeaderEntry } from '../facts.js';
import { displayHeaderName, headerValue, intendedAuthHeader } from '../headers.js';
import { getProvider, parseHttpUrl, providerForUrl, type Provider } from '../providers/providers.js';
import { defineRule } from '../rule.js';

/** The Assistants API refuses requests without this header; `v1` was retired. */
const ASSISTANTS_BETA = 'assistants=v2';
const JSON_MEDIA_TYPE = /^\s*application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i;

function providerOf(fact: EndpointFact): Provider | undefined {
  return fact.provider === undefined ? providerForUrl(fact.url) : getProvider(fact.provider);
}

function pathOf(url: string): string | undefined {
  return parseHttpUrl(url)?.pathname;
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

/** Assistants calls go to OpenAI or through a gateway that forwards `/v1/…` paths; on another provider the path means something else. */
function isAssistantsCall(path: string, provider: Provider | undefined): boolean {
  if (provider === undefined) return /\/v1\/(?:assistants|threads)(?:\/|$)/.test(path);
  return provider.id === 'openai' && /^\/v1\/(?:assistants|threads)(?:\/|$)/.test(path);
}

export default defineRule({
  id: 'header-missing-required',
  category: 'header',
  severity: 'error',
  description: 'Requests must send the headers the API requires: auth, `anthropic-version`, `Content-Type: application/json` for JSON bodies, `OpenAI-Beta` for Assistants.',
  facts: ['endpoint'],
  recommended: true,
  messages: {
    missingAuth: 'The request to {{provider}} sends no key at all, so it answers 401 — add `{{usage}}`',
    missingProviderHeader: '{{provider}} rejects requests without the `{{header}}` header — add `{{header}}: {{example}}`',
    missingContentType: 'The request sends a JSON body without `Content-Type: application/json`, so the API cannot parse it — add the header',
    wrongContentType: 'The request sends a JSON body as `Content-Type: {{contentType}}`; the API cannot parse it — send `Content-Type: application/json`',
    missingAssistantsBeta: 'Assistants requests need the `OpenAI-Beta: assistants=v2` header; the API refuses them without it — add it',
    oldAssistantsBeta: '`OpenAI-Beta: {{value}}` does not select Assistants v2, the only version the API serves — send `OpenAI-Beta: assistants=v2`',
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
    for (const required of provider?.requiredHeaders ?? []) {
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
    const path = pathOf(fact.url);
    if (path !== undefined && isAssistantsCall(path, provider)) {
      const beta = headerValue(headers, 'openai-beta');
      if (beta === undefined) context.report({ messageId: 'missingAssistantsBeta' });
      else if (!beta.split(',').some((part) => part.trim() === ASSISTANTS_BETA)) context.report({ messageId: 'oldAssistantsBeta', data: { value: beta.trim() } });
    }
  },
});
