import { defineRule } from '../rule.js';
import { describeName } from '../describe.js';
import { cleanKeyCandidate, keyContextOf, keyFamilyOf, keyProviderOf, keyShapeOf, placeholderOf } from '../keys.js';
import { getProvider, type Provider } from '../providers/providers.js';
import { redact } from '../redact.js';

/** "an OpenRouter key", "a Groq key". */
function withArticle(label: string): string {
  return `${/^(?:[AEIOU]|xAI)/.test(label) ? 'an' : 'a'} ${label}`;
}

/** The base URL an OpenAI-compatible client needs to use this provider's keys, when it has one. */
function compatibleBaseUrl(provider: Provider): string | undefined {
  const host = provider.hosts[0];
  return provider.openAICompatiblePrefix === undefined || host === undefined ? undefined : `https://${host}${provider.openAICompatiblePrefix}`;
}

function keyVariable(provider: Provider): string {
  return provider.keyEnvNames[0] ?? `${provider.name.toUpperCase().replace(/\W+/g, '_')}_API_KEY`;
}

export default defineRule({
  id: 'key-provider-mismatch',
  category: 'key',
  severity: 'warn',
  description: 'A key must belong to the provider it is sent to: no OpenRouter, Groq or Anthropic key for OpenAI, no OpenAI key for Anthropic.',
  facts: ['key'],
  recommended: true,
  messages: {
    destination: '{{name}} holds {{keyKind}} ({{key}}) but is sent to {{host}}, which only accepts {{expected}} keys; the API will answer 401 — use {{expectedKey}} there, or send the request to {{ownerBaseUrl}}',
    client: '{{name}} holds {{keyKind}} ({{key}}) but goes to the {{expected}} client, which only works with {{expected}} keys — pass {{expectedKey}}, or use the {{owner}} client',
    variable: '{{name}} holds {{keyKind}} ({{key}}), which {{expected}} will reject with 401 — move it to {{ownerVariable}}{{compatibleAdvice}}',
  },
  check(fact, context) {
    if (placeholderOf(fact.value) !== undefined) return;
    const keyContext = keyContextOf(fact);
    // Gateways, proxies and local servers accept what they are configured to: they imply no provider.
    if (keyContext.provider === undefined) return;
    const candidate = cleanKeyCandidate(fact.value);
    const ownerId = keyProviderOf(candidate);
    if (ownerId === undefined || ownerId === keyContext.provider) return;
    const owner = getProvider(ownerId);
    const expected = getProvider(keyContext.provider);
    const shape = keyShapeOf(candidate) ?? keyFamilyOf(candidate);
    const name = describeName(fact);
    const data = {
      name,
      key: redact(candidate),
      keyKind: withArticle(shape?.provider === ownerId ? shape.label : `${owner.name} key`),
      expected: expected.name,
      expectedKey: withArticle(`${expected.name} key`),
      owner: owner.name,
    };
    if (keyContext.source === 'destination') {
      context.report({ messageId: 'destination', data: { ...data, host: keyContext.destination?.host ?? expected.name, ownerBaseUrl: compatibleBaseUrl(owner) ?? owner.baseUrl } });
    } else if (keyContext.source === 'client') {
      context.report({ messageId: 'client', data });
    } else {
      const baseUrl = compatibleBaseUrl(owner);
      const compatibleAdvice =
        expected.id === 'openai' && baseUrl !== undefined ? `, or keep it here only if ${expected.baseUrlEnvNames?.[0] ?? 'the base URL'} points at ${baseUrl}` : '';
      context.report({ messageId: 'variable', data: { ...data, ownerVariable: keyVariable(owner), compatibleAdvice } });
    }
  },
});
