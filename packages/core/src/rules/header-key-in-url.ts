import type { EndpointFact } from '../facts.js';
import { displayHeaderName } from '../headers.js';
import { keyShapeOf } from '../keys.js';
import { getProvider, providerForUrl, type Provider } from '../providers/providers.js';
import { defineRule } from '../rule.js';
import { isKeyName } from '../settings.js';

/** Parameter names that only ever carry a credential. */
const CREDENTIAL_PARAMETER = /^(?:x[-_]?)?(?:[a-z]+[-_])?api[-_]?(?:key|token)$|^(?:access|auth|bearer)[-_]?token$|^secret[-_]?key$/i;
/** Names that carry a credential on LLM APIs but mean other things elsewhere (an S3 object key, a page token). */
const AMBIGUOUS_PARAMETER = /^(?:key|token)$/i;
/** `{{OPENAI_API_KEY}}`, `${OPENAI_API_KEY}`, `$OPENAI_API_KEY`, `%OPENAI_API_KEY%`: a variable the tool fills in. */
const VARIABLE_REFERENCE = /^(?:\{\{\s*([\w.-]+)\s*\}\}|\$\{([\w.-]+)\}|\$([A-Za-z_]\w*)|%([A-Za-z_]\w*)%)$/;

/** Long enough and without separators to be a credential rather than a name or a path. */
const OPAQUE_VALUE = /^[A-Za-z0-9_\-.~+=]{16,}$/;

interface QueryParameter {
  readonly name: string;
  readonly value: string;
  /** Offsets of the raw value inside the URL. */
  readonly start: number;
  readonly end: number;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Query parameters with offsets, read from the raw text so that templated URLs (`{{baseUrl}}/…?key=…`) work too. */
function queryParameters(url: string): QueryParameter[] {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return [];
  const hash = url.indexOf('#', queryStart);
  const queryEnd = hash === -1 ? url.length : hash;
  const parameters: QueryParameter[] = [];
  let position = queryStart + 1;
  for (const segment of url.slice(queryStart + 1, queryEnd).split('&')) {
    const equals = segment.indexOf('=');
    if (equals > 0) {
      const start = position + equals + 1;
      parameters.push({ name: decode(segment.slice(0, equals)), value: decode(segment.slice(equals + 1)), start, end: position + segment.length });
    }
    position += segment.length + 1;
  }
  return parameters;
}

function variableName(value: string): string | undefined {
  const match = VARIABLE_REFERENCE.exec(value.trim());
  return match?.slice(1).find((group) => group !== undefined);
}

function carriesKey(parameter: QueryParameter, provider: Provider | undefined): boolean {
  if (parameter.value.trim().length === 0) return false;
  if (keyShapeOf(parameter.value.trim()) !== undefined) return true;
  if (CREDENTIAL_PARAMETER.test(parameter.name)) return true;
  if (!AMBIGUOUS_PARAMETER.test(parameter.name)) return false;
  // `?key=`/`?token=`: on a provider host, as a key variable, or a long opaque value; not `?key=name` of some other API.
  const variable = variableName(parameter.value);
  if (variable !== undefined) return provider !== undefined || isKeyName(variable) || /key|token|secret/i.test(variable);
  return provider !== undefined || OPAQUE_VALUE.test(parameter.value.trim());
}

function providerOf(fact: EndpointFact): Provider | undefined {
  return fact.provider === undefined ? providerForUrl(fact.url) : getProvider(fact.provider);
}

/** The header to use instead: the provider's own, the one the key's shape implies, or Bearer. */
function headerAdvice(provider: Provider | undefined, value: string): string {
  const shape = keyShapeOf(value.trim());
  const target = provider ?? (shape === undefined ? undefined : getProvider(shape.provider));
  if (target === undefined) return 'Authorization: Bearer <key>';
  const scheme = target.auth.scheme === undefined ? '' : `${target.auth.scheme} `;
  return `${displayHeaderName(target.auth.header)}: ${scheme}<key>`;
}

export default defineRule({
  id: 'header-key-in-url',
  category: 'header',
  severity: 'warn',
  description: 'API keys must not travel in the URL query string, where server logs, proxies and browser history keep them.',
  facts: ['endpoint'],
  recommended: true,
  security: true,
  messages: {
    keyInQuery: 'The URL passes a key in the `{{parameter}}` query parameter; URLs end up in server logs, proxies and browser history — send it as `{{header}}` instead',
    documentedButLogged: '{{provider}} accepts the key as `?{{parameter}}=`, but URLs end up in server logs, proxies and browser history — send it as `{{header}}` instead',
  },
  check(fact, context) {
    const provider = providerOf(fact);
    for (const parameter of queryParameters(fact.url)) {
      if (!carriesKey(parameter, provider)) continue;
      const header = headerAdvice(provider, parameter.value);
      const documented = provider?.keyQueryParameter !== undefined && provider.keyQueryParameter === parameter.name;
      context.report({
        messageId: documented ? 'documentedButLogged' : 'keyInQuery',
        data: { parameter: parameter.name, header, provider: provider?.name ?? '' },
        start: parameter.start,
        end: parameter.end,
      });
    }
  },
});
