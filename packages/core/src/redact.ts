import { knownKeyPrefixes } from './providers/key-shapes.js';

/** Characters of a secret that may be shown: the family prefix and this many at the end. */
export const VISIBLE_TAIL_LENGTH = 4;
/** Below this many characters after the prefix, even the tail stays hidden. */
const MINIMUM_HIDDEN_LENGTH = 8;
const ELLIPSIS = '…';

function knownPrefixOf(value: string): string {
  return knownKeyPrefixes.find((prefix) => value.startsWith(prefix)) ?? '';
}

function isPrintableAscii(character: string): boolean {
  const code = character.charCodeAt(0);
  return code > 0x20 && code < 0x7f;
}

/**
 * The one way to show a secret: its family prefix and its last four characters, `sk-proj-…Ab12`.
 * Surrounding whitespace is ignored so that a key with a stray `\r` still shows the tail the user
 * sees in their dashboard. Short values show no tail at all, because four characters of a short
 * value would be most of it.
 */
export function redact(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) return value.length === 0 ? '(empty)' : '(whitespace)';
  const prefix = knownPrefixOf(trimmed);
  const rest = trimmed.slice(prefix.length);
  if (rest.length < VISIBLE_TAIL_LENGTH + MINIMUM_HIDDEN_LENGTH) return `${prefix}${ELLIPSIS}`;
  const tail = [...rest.slice(-VISIBLE_TAIL_LENGTH)].map((character) => (isPrintableAscii(character) ? character : '?')).join('');
  return `${prefix}${ELLIPSIS}${tail}`;
}

/** FNV-1a, 32 bits: enough to tell two keys apart, far too little to recover one. Runs in browsers too. */
function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A stable identity for a key that is safe to print: `sk-proj-…Ab12 (164 chars, #1a2b3c4d)`. */
export function fingerprint(value: string): string {
  return `${redact(value)} (${value.length} chars, #${shortHash(value)})`;
}

// Anything that starts like a key and runs on: redacted wherever it appears in output text.
const KEY_LIKE_TOKEN = /(?:sk-|gsk_|xai-|pplx-|hf_|api_org_|r8_|AIza)[A-Za-z0-9_-]{12,}/g;
// Google's auth keys (`AQ.…`, `IQ.…`) carry dots in their body.
const GOOGLE_AUTH_KEY_TOKEN = /[AI]Q\.[A-Za-z0-9_.-]{20,}/g;
// Prefix-less keys (Mistral, Cohere, Azure OpenAI) are 32+ letters and digits. Hashes and ids of that
// length are redacted too: losing them from a message is cheaper than printing a key.
const LONG_ALPHANUMERIC_RUN = /[A-Za-z0-9]{32,}/g;

/** At least two of upper case, lower case and digits: not a long word. */
function isMixedRun(run: string): boolean {
  return [/[A-Z]/, /[a-z]/, /\d/].filter((pattern) => pattern.test(run)).length >= 2;
}

/**
 * The last few secrets trimmed. A rule may report thousands of findings about one value (a key of
 * 300 KB of byte-order marks), each redacted against that value: trimming it once, not once per
 * message, keeps that linear. Compared by identity first, so a hit costs nothing.
 */
const recentlyTrimmed: { secret: string; trimmed: string }[] = [];
const RECENTLY_TRIMMED_SIZE = 4;

function trimmedSecret(secret: string): string {
  for (const entry of recentlyTrimmed) if (entry.secret === secret) return entry.trimmed;
  const trimmed = secret.trim();
  recentlyTrimmed.unshift({ secret, trimmed });
  if (recentlyTrimmed.length > RECENTLY_TRIMMED_SIZE) recentlyTrimmed.pop();
  return trimmed;
}

/**
 * The last line of defence for every output format: replaces anything key-shaped, and every
 * secret the caller names, with its redaction.
 */
export function redactSecretsInText(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of secrets) {
    const trimmed = trimmedSecret(secret);
    // A secret longer than the text cannot be in it: checked first, so that many short messages about one huge value stay linear.
    if (trimmed.length >= VISIBLE_TAIL_LENGTH + MINIMUM_HIDDEN_LENGTH && trimmed.length <= result.length && result.includes(trimmed)) {
      result = result.split(trimmed).join(redact(trimmed));
    }
  }
  return result
    .replace(KEY_LIKE_TOKEN, (token) => redact(token))
    .replace(GOOGLE_AUTH_KEY_TOKEN, (token) => redact(token))
    .replace(LONG_ALPHANUMERIC_RUN, (run) => (isMixedRun(run) ? redact(run) : run));
}
