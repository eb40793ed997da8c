import type { HeaderFact, IdentifierFact } from './facts.js';

/** Headers that carry an API key, lower-case. */
export const AUTH_HEADER_NAMES: ReadonlySet<string> = new Set(['authorization', 'x-api-key', 'api-key', 'x-goog-api-key']);

/**
 * Where the credential sits inside an auth header value: after the scheme word (and any colon or
 * spaces) for `Authorization`, the whole value for key headers. Undefined for Basic auth and for
 * headers that carry no key.
 */
export function credentialSpanInHeader(name: string, value: string): { start: number; end: number } | undefined {
  const lowerName = name.toLowerCase();
  if (!AUTH_HEADER_NAMES.has(lowerName)) return undefined;
  if (lowerName !== 'authorization') return { start: 0, end: value.length };
  const scheme = /^\s*(?:(?:bearer|token)\s*:?\s*)+/i.exec(value);
  if (/^\s*basic\s/i.test(value)) return undefined;
  const start = scheme === null ? 0 : scheme[0].length;
  return start >= value.length ? undefined : { start, end: value.length };
}

export function identifierForHeader(header: HeaderFact): IdentifierFact['identifier'] | undefined {
  const lowerName = header.name.toLowerCase();
  if (lowerName === 'openai-organization') return 'openai-organization';
  if (lowerName === 'openai-project') return 'openai-project';
  return undefined;
}
