import { redactSecretsInText } from '@keylint/core';
import { redactEchoes } from './redact-echo.js';

/**
 * The one network call keylint makes: `GET {base}/models` with the key, to tell a working key
 * from a revoked one. Nothing here decides what the answer means (see explain-online.ts); this
 * file only makes the request safely and reports what happened, with every secret scrubbed.
 */

export const DEFAULT_TIMEOUT_MS = 10_000;
/** A models list is a few kilobytes; anything far larger is not an OpenAI-compatible answer. */
const MAXIMUM_BODY_BYTES = 1_000_000;

export interface OnlineRequest {
  readonly baseUrl: string;
  /** The key exactly as it will be sent (already trimmed the way the SDK trims env values). */
  readonly key: string;
  readonly organization?: string;
  readonly project?: string;
  readonly timeoutMs: number;
  /** Injected in tests that need a failure no local server can produce (DNS, TLS). */
  readonly fetch?: typeof fetch;
}

/** The answer of the API, as far as keylint understands it. */
export interface ApiError {
  readonly code?: string;
  readonly type?: string;
  /** Already scrubbed of the key. */
  readonly message?: string;
}

export type NetworkFailure = 'dns' | 'tls' | 'refused' | 'reset' | 'timeout' | 'other';

export type OnlineOutcome =
  | { readonly kind: 'response'; readonly url: string; readonly status: number; readonly modelCount?: number; readonly error?: ApiError }
  | { readonly kind: 'redirect'; readonly url: string; readonly status: number; readonly location?: string }
  | { readonly kind: 'network'; readonly url: string; readonly failure: NetworkFailure; readonly code?: string; readonly detail: string }
  | { readonly kind: 'refused-url'; readonly url: string; readonly reason: string }
  | { readonly kind: 'unsendable'; readonly url: string; readonly header: string; readonly reason: string };

/** Hosts where plain http cannot leave the machine, so a key may go there unencrypted (local test servers). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The models URL for a base URL, or why a key must not be sent there: only https, or http to the
 * loopback interface, and never credentials or a query in the URL itself.
 */
export function modelsUrlFor(baseUrl: string): { readonly url: string } | { readonly refused: string } {
  const trimmed = baseUrl.trim();
  if (!URL.canParse(trimmed)) return { refused: `the base URL "${redactSecretsInText(trimmed)}" is not a valid URL` };
  const parsed = new URL(trimmed);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { refused: `the base URL uses ${parsed.protocol.replace(/:$/, '')}:, keylint only sends a key over https` };
  }
  if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) {
    return { refused: `refusing to send the key over plain http to ${parsed.host}: use https (plain http is allowed only to 127.0.0.1, ::1 or localhost)` };
  }
  if (parsed.username !== '' || parsed.password !== '') return { refused: 'the base URL contains a user name or password; remove them' };
  if (parsed.search !== '' || parsed.hash !== '') return { refused: 'the base URL contains a query or fragment; a base URL is a path prefix only' };
  const path = parsed.pathname.replace(/\/+$/, '');
  return { url: `${parsed.origin}${path}/models` };
}

/** Header values fetch would reject outright (CR, LF, NUL, beyond Latin-1) or that could not be the intended key. */
function unsendableReason(value: string): string | undefined {
  if (value.length === 0) return 'it is empty';
  if (/[\r\n\0]/.test(value)) return 'it contains a line break, which no HTTP client sends';
  if (/[^\x20-\x7e]/.test(value)) return 'it contains a character that is not plain ASCII (an invisible or look-alike character)';
  return undefined;
}

interface ErrorWithCause {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
}

function asErrorLike(value: unknown): ErrorWithCause | undefined {
  return typeof value === 'object' && value !== null ? (value as ErrorWithCause) : undefined;
}

/** Every error code in an error's cause chain (fetch wraps the socket error; happy-eyeballs wraps several). */
function errorCodes(error: unknown, depth = 0): string[] {
  const like = asErrorLike(error);
  if (like === undefined || depth > 5) return [];
  const own = typeof like.code === 'string' ? [like.code] : [];
  const nested = Array.isArray(like.errors) ? like.errors.flatMap((inner) => errorCodes(inner, depth + 1)) : [];
  return [...own, ...nested, ...errorCodes(like.cause, depth + 1)];
}

function errorMessages(error: unknown, depth = 0): string[] {
  const like = asErrorLike(error);
  if (like === undefined || depth > 5) return [];
  const own = typeof like.message === 'string' && like.message.length > 0 ? [like.message] : [];
  return [...own, ...errorMessages(like.cause, depth + 1)];
}

const TLS_CODE = /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)|_CERT_|^EPROTO$/;

function classifyNetworkError(error: unknown): { failure: NetworkFailure; code?: string } {
  const like = asErrorLike(error);
  if (like?.name === 'TimeoutError' || like?.name === 'AbortError') return { failure: 'timeout' };
  const codes = errorCodes(error);
  const find = (predicate: (code: string) => boolean): string | undefined => codes.find(predicate);
  const dns = find((code) => code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL');
  if (dns !== undefined) return { failure: 'dns', code: dns };
  const refused = find((code) => code === 'ECONNREFUSED');
  if (refused !== undefined) return { failure: 'refused', code: refused };
  const timeout = find((code) => code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT');
  if (timeout !== undefined) return { failure: 'timeout', code: timeout };
  const tls = find((code) => TLS_CODE.test(code));
  if (tls !== undefined || errorMessages(error).some((message) => /\b(?:TLS|SSL|certificate)\b/i.test(message))) {
    return tls === undefined ? { failure: 'tls' } : { failure: 'tls', code: tls };
  }
  const reset = find((code) => code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET');
  if (reset !== undefined) return { failure: 'reset', code: reset };
  return codes[0] === undefined ? { failure: 'other' } : { failure: 'other', code: codes[0] };
}

async function readBodyText(response: Response): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total > MAXIMUM_BODY_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function stringField(record: Record<string, unknown>, field: string): string | undefined {
  const value = record[field];
  return typeof value === 'string' ? value : undefined;
}

/** Reads `{"error":{message,type,code}}` (the shape of every OpenAI error) and a models list's length. */
function interpretBody(text: string, secrets: readonly string[]): { modelCount?: number; error?: ApiError } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const record = parsed as Record<string, unknown>;
  const result: { modelCount?: number; error?: ApiError } = {};
  if (Array.isArray(record['data'])) result.modelCount = record['data'].length;
  const error = record['error'];
  if (typeof error === 'object' && error !== null) {
    const fields = error as Record<string, unknown>;
    const code = stringField(fields, 'code');
    const type = stringField(fields, 'type');
    const message = stringField(fields, 'message');
    // Every field is the server's text: a proxy may echo the key in any of them.
    result.error = {
      ...(code === undefined ? {} : { code: redactEchoes(code, secrets) }),
      ...(type === undefined ? {} : { type: redactEchoes(type, secrets) }),
      ...(message === undefined ? {} : { message: redactEchoes(message, secrets) }),
    };
  } else if (typeof error === 'string') {
    result.error = { message: redactEchoes(error, secrets) };
  }
  return result;
}

/** `GET {base}/models` with the key; never follows a redirect, never lets the key into what it returns. */
export async function checkKeyOnline(request: OnlineRequest): Promise<OnlineOutcome> {
  const secrets = [request.key, ...(request.organization === undefined ? [] : [request.organization]), ...(request.project === undefined ? [] : [request.project])];
  const target = modelsUrlFor(request.baseUrl);
  if ('refused' in target) return { kind: 'refused-url', url: redactSecretsInText(request.baseUrl.trim(), secrets), reason: target.refused };
  const url = target.url;
  const headers: [string, string, string][] = [
    ['Authorization', 'the key', request.key],
    ...(request.organization === undefined ? [] : [['OpenAI-Organization', 'the organization ID', request.organization] as [string, string, string]]),
    ...(request.project === undefined ? [] : [['OpenAI-Project', 'the project ID', request.project] as [string, string, string]]),
  ];
  for (const [header, label, value] of headers) {
    const reason = unsendableReason(value);
    if (reason !== undefined) return { kind: 'unsendable', url, header, reason: `${label} cannot be sent: ${reason}` };
  }
  const fetchFunction = request.fetch ?? fetch;
  try {
    const response = await fetchFunction(url, {
      method: 'GET',
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
      headers: {
        Authorization: `Bearer ${request.key}`,
        Accept: 'application/json',
        ...(request.organization === undefined ? {} : { 'OpenAI-Organization': request.organization }),
        ...(request.project === undefined ? {} : { 'OpenAI-Project': request.project }),
      },
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      return { kind: 'redirect', url, status: response.status, ...(location === null ? {} : { location: redactEchoes(location, secrets) }) };
    }
    const text = await readBodyText(response);
    return { kind: 'response', url, status: response.status, ...interpretBody(text, secrets) };
  } catch (error) {
    const { failure, code } = classifyNetworkError(error);
    const detail = redactEchoes(errorMessages(error).join(': ') || String(error), secrets);
    return { kind: 'network', url, failure, detail, ...(code === undefined ? {} : { code }) };
  }
}
