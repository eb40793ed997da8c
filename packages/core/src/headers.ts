import { closestMatch } from './did-you-mean.js';
import type { HeaderEntry, HeaderFact, IdentifierFact } from './facts.js';
import { keyShapeOf } from './keys.js';
import { lookupTable } from './table.js';

/** Headers that carry an API key, lower-case. */
export const AUTH_HEADER_NAMES: ReadonlySet<string> = new Set(['authorization', 'x-api-key', 'api-key', 'x-goog-api-key']);

/**
 * `Authorization` schemes that carry no API key but signatures, nonces and parameter lists: OAuth
 * 1.0 (`OAuth oauth_consumer_key="…", oauth_signature="…"`), Hawk, Digest, NTLM and Negotiate
 * (Kerberos), AWS Signature V4 and V2, Akamai EdgeGrid (`EG1-HMAC-SHA256`), HTTP Signatures,
 * Azure Storage shared keys and SAS, Google's legacy ClientLogin. The key rules do not read them.
 */
const NON_KEY_SCHEMES = /^\s*(?:OAuth|Hawk|Digest|NTLM|Negotiate|Kerberos|AWS4-HMAC-SHA256|AWS4-ECDSA-P256-SHA256|AWS|EG1-HMAC-SHA256|Signature|HOBA|Mutual|SCRAM-SHA-(?:1|256)|SharedKey|SharedKeyLite|SharedAccessSignature|GoogleLogin|Splunk)(?=\s|$)/i;
const KEY_TOKEN = /[A-Za-z0-9][A-Za-z0-9_.-]{18,}/g;

/** True when an `Authorization` value uses a scheme that carries no API key (OAuth 1.0, Hawk, Digest, NTLM, AWS, EdgeGrid, …). */
export function isNonKeyAuthorization(value: string): boolean {
  return NON_KEY_SCHEMES.test(value);
}

/** A known key shape inside a value of another scheme: the only part of it the key rules read. */
function keyShapedToken(value: string): { start: number; end: number } | undefined {
  for (const match of value.matchAll(KEY_TOKEN)) {
    if (keyShapeOf(match[0]) !== undefined) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/**
 * Where the credential sits inside an auth header value: after the scheme word (and any colon or
 * spaces) for `Authorization`, the whole value for key headers. Undefined for Basic auth, for
 * schemes that carry no API key (unless a known key shape sits in them) and for headers that carry
 * no key.
 */
export function credentialSpanInHeader(name: string, value: string): { start: number; end: number } | undefined {
  const lowerName = name.toLowerCase();
  if (!AUTH_HEADER_NAMES.has(lowerName)) return undefined;
  if (lowerName !== 'authorization') return { start: 0, end: value.length };
  if (isNonKeyAuthorization(value)) return keyShapedToken(value);
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

/** Auth schemes keylint recognises at the start of an `Authorization` value, lower-case. */
export type AuthorizationSchemeWord = 'bearer' | 'token' | 'basic';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** An `Authorization` value taken apart, with offsets into the value. */
export interface AuthorizationParts {
  /** The scheme word as written (`Bearer`, `bearer`, `Token`), undefined for a bare credential. */
  readonly scheme?: { readonly word: AuthorizationSchemeWord; readonly text: string } & TextSpan;
  /** What sits between the scheme and the credential: `' '`, `': '`, `'  '`, `''`. */
  readonly separator: { readonly text: string } & TextSpan;
  /** A second scheme word before the credential (`Bearer Bearer sk-…`), with the separator after it. */
  readonly repeatedScheme?: { readonly text: string } & TextSpan;
  /** The credential: everything after the scheme(s), trailing whitespace included. */
  readonly credential: TextSpan;
}

const SCHEME_WORD = /^(bearer|token|basic)/i;
const SEPARATOR = /^[\s:]*/;

function schemeAt(value: string, start: number): { word: AuthorizationSchemeWord; text: string; separator: string } | undefined {
  const rest = value.slice(start);
  const word = SCHEME_WORD.exec(rest);
  if (word === null) return undefined;
  const afterWord = rest.slice(word[0].length);
  const separator = (SEPARATOR.exec(afterWord) as RegExpExecArray)[0];
  return { word: (word[1] as string).toLowerCase() as AuthorizationSchemeWord, text: word[0], separator };
}

/**
 * Splits an `Authorization` value into scheme, separator and credential. A scheme word glued to
 * the credential (`Bearersk-…`) counts as a scheme only when the rest still looks like a token
 * (at least 8 characters), so a bare credential that happens to start with `token` stays bare.
 */
export function parseAuthorization(value: string): AuthorizationParts {
  const leading = value.length - value.trimStart().length;
  const first = schemeAt(value, leading);
  const glued = first !== undefined && first.separator.length === 0 && value.length - leading - first.text.length > 0;
  if (first === undefined || (glued && value.trimEnd().length - leading - first.text.length < 8)) {
    return { separator: { text: '', start: leading, end: leading }, credential: { start: leading, end: value.length } };
  }
  const schemeEnd = leading + first.text.length;
  const separatorEnd = schemeEnd + first.separator.length;
  const second = first.word === 'basic' ? undefined : schemeAt(value, separatorEnd);
  const repeated =
    second !== undefined && second.word !== 'basic' && second.separator.length > 0 && separatorEnd + second.text.length + second.separator.length < value.length
      ? { text: second.text + second.separator, start: separatorEnd, end: separatorEnd + second.text.length + second.separator.length }
      : undefined;
  return {
    scheme: { word: first.word, text: first.text, start: leading, end: schemeEnd },
    separator: { text: first.separator, start: schemeEnd, end: separatorEnd },
    ...(repeated === undefined ? {} : { repeatedScheme: repeated }),
    credential: { start: repeated?.end ?? separatorEnd, end: value.length },
  };
}

/** How a header name is written in messages: `Authorization`, otherwise the lower-case form providers document. */
export function displayHeaderName(lowerName: string): string {
  return lowerName === 'authorization' ? 'Authorization' : lowerName;
}

/** The value of a header in a complete header list, matched case-insensitively; the last one wins like most clients. */
export function headerValue(headers: readonly HeaderEntry[], name: string): string | undefined {
  const lowerName = name.toLowerCase();
  let found: string | undefined;
  for (const header of headers) if (header.name.toLowerCase() === lowerName) found = header.value;
  return found;
}

/** Misspellings and stand-ins no typo distance finds, lower-case, with the header that was meant. */
const AUTH_HEADER_ALIASES = lookupTable<string>({
  auth: 'authorization',
  authentication: 'authorization',
  authorisation: 'authorization',
  bearer: 'authorization',
  'x-authorization': 'authorization',
  'x-api_key': 'x-api-key',
  xapikey: 'x-api-key',
  apikey: 'api-key',
});

/** Real HTTP headers within typo distance of an auth header: each means what it says (RFC 9110 §11). */
const OTHER_REAL_HEADERS: ReadonlySet<string> = new Set(['proxy-authorization', 'proxy-authenticate', 'www-authenticate', 'authentication-info', 'proxy-authentication-info']);

/**
 * The auth header a name means: itself when it is one, the intended one when it is a known
 * misspelling or within typo distance of one (`Authorizaton`, `x_api_key`), otherwise undefined.
 */
export function intendedAuthHeader(name: string): string | undefined {
  const lowerName = name.trim().toLowerCase();
  if (AUTH_HEADER_NAMES.has(lowerName)) return lowerName;
  if (OTHER_REAL_HEADERS.has(lowerName)) return undefined;
  return AUTH_HEADER_ALIASES[lowerName] ?? closestMatch(lowerName, AUTH_HEADER_NAMES);
}
