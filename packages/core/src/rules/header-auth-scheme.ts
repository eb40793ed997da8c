import type { HeaderFact } from '../facts.js';
import { AUTH_HEADER_NAMES, isNonKeyAuthorization, parseAuthorization, type AuthorizationParts } from '../headers.js';
import { keyShapeOf, providerOfKeyVariable } from '../keys.js';
import { getProvider, providerForUrl, type Provider } from '../providers/providers.js';
import { defineRule, type RuleContext } from '../rule.js';

type MessageId =
  | 'missingScheme'
  | 'colon'
  | 'noSpace'
  | 'spacing'
  | 'doubleScheme'
  | 'wrongScheme'
  | 'basicWithKey'
  | 'missingKey'
  | 'schemeInKeyHeader'
  | 'suggestBearer'
  | 'suggestReplaceScheme';

/** Who receives the header, and whether we know it (fact or host) or only guess it from the key's shape. */
interface Target {
  readonly provider: Provider;
  readonly certain: boolean;
}

function targetOf(fact: HeaderFact, credential: string): Target | undefined {
  if (fact.provider !== undefined) return { provider: getProvider(fact.provider), certain: true };
  const byHost = fact.destination === undefined ? undefined : providerForUrl(fact.destination);
  if (byHost !== undefined) return { provider: byHost, certain: true };
  // A gateway or an unknown host: still check when the value is recognisably a key, or read from a provider's key variable.
  const shape = keyShapeOf(credential.trim());
  if (shape !== undefined) return { provider: getProvider(shape.provider), certain: false };
  const variable = (fact.runtimeSpans ?? []).map((span) => (span.name === undefined ? undefined : providerOfKeyVariable(span.name))).find((provider) => provider !== undefined);
  return variable === undefined ? undefined : { provider: getProvider(variable), certain: false };
}

/** Providers that read the key from `Authorization`. The others (Azure, Anthropic, Gemini) are header-auth-name's business when no scheme is given. */
function readsAuthorization(provider: Provider): boolean {
  return provider.auth.header === 'authorization';
}

function describeSpacing(separator: string): string {
  if (separator.includes('\t')) return 'a tab';
  if (/[\r\n]/.test(separator)) return 'a line break';
  return `${separator.length} spaces`;
}

/** A fix when the receiver is certain, a suggestion when it is only guessed from the key. */
function fixOrSuggestion(
  target: Target,
  edit: { start: number; end: number; text: string },
  suggestion: { messageId: MessageId; data?: Record<string, string> },
): { fix: typeof edit } | { suggestions: { messageId: MessageId; data?: Record<string, string>; fix: typeof edit }[] } {
  return target.certain ? { fix: edit } : { suggestions: [{ ...suggestion, fix: edit }] };
}

function checkSchemeWord(fact: HeaderFact, parts: AuthorizationParts, target: Target, context: RuleContext<MessageId>): boolean {
  const scheme = parts.scheme;
  if (scheme === undefined) return true;
  const data = { name: fact.name, provider: target.provider.name, scheme: scheme.text };
  const replaceScheme = { start: scheme.start, end: scheme.end, text: 'Bearer' };
  if (scheme.word === 'basic') {
    // Basic with base64(`:key`) is a documented OpenAI form; only a raw key after Basic is certainly wrong.
    const credential = fact.value.slice(parts.credential.start).trim();
    if (keyShapeOf(credential) === undefined || !readsAuthorization(target.provider)) return false;
    context.report({ messageId: 'basicWithKey', data, start: scheme.start, end: scheme.end, ...fixOrSuggestion(target, replaceScheme, { messageId: 'suggestReplaceScheme', data }) });
    return false;
  }
  const accepted = [target.provider.auth.scheme, ...(target.provider.auth.alsoAccepted ?? [])];
  if (scheme.word === 'token' && readsAuthorization(target.provider) && !accepted.includes('Token')) {
    context.report({ messageId: 'wrongScheme', data, start: scheme.start, end: scheme.end, ...fixOrSuggestion(target, replaceScheme, { messageId: 'suggestReplaceScheme', data }) });
  }
  return true;
}

function checkSeparator(fact: HeaderFact, parts: AuthorizationParts, target: Target, context: RuleContext<MessageId>): void {
  const scheme = parts.scheme;
  if (scheme === undefined) return;
  const { separator } = parts;
  const data = { name: fact.name, provider: target.provider.name, scheme: scheme.text, found: fact.value.slice(scheme.start, separator.end).trim() };
  const single = { start: separator.start, end: separator.end, text: ' ' };
  if (separator.text.includes(':')) {
    context.report({ messageId: 'colon', data, start: scheme.start, end: separator.end, fix: single });
  } else if (separator.text.length === 0) {
    context.report({ messageId: 'noSpace', data, start: scheme.start, end: scheme.end, fix: single });
  } else if (separator.text !== ' ') {
    context.report({ messageId: 'spacing', data: { ...data, what: describeSpacing(separator.text) }, start: separator.start, end: separator.end, fix: single });
  }
}

/** `x-api-key`, `api-key`, `x-goog-api-key` take the bare key: an `Authorization`-style `Bearer ` in front breaks it. */
function checkKeyHeader(fact: HeaderFact, context: RuleContext<MessageId>): void {
  const parts = parseAuthorization(fact.value);
  const scheme = parts.scheme;
  if (scheme === undefined || scheme.word === 'basic' || parts.separator.text.length === 0) return;
  const credentialStart = parts.repeatedScheme?.end ?? parts.separator.end;
  if (fact.value.slice(credentialStart).trim().length === 0) return;
  context.report({
    messageId: 'schemeInKeyHeader',
    data: { name: fact.name, scheme: scheme.text },
    start: scheme.start,
    end: credentialStart,
    fix: { start: scheme.start, end: credentialStart, text: '' },
  });
}

export default defineRule({
  id: 'header-auth-scheme',
  category: 'header',
  severity: 'error',
  description: 'An `Authorization` header must read `Bearer <key>` (no missing, repeated or misspelled scheme, one space); key headers such as `x-api-key` take the bare key.',
  facts: ['header'],
  recommended: true,
  fixable: true,
  hasSuggestions: true,
  messages: {
    missingScheme: '{{name}} sends the bare key without `Bearer `; {{provider}} sees no credential and answers 401 "You didn\'t provide an API key" — write `Bearer <key>`',
    colon: '{{name}} reads `{{found}}`: the colon makes the scheme unrecognisable and {{provider}} answers 401 — write `{{scheme}} <key>` without the colon',
    noSpace: '{{name}} has no space between `{{scheme}}` and the key, so {{provider}} answers 401 — put one space after `{{scheme}}`',
    spacing: '{{name}} has {{what}} between `{{scheme}}` and the key; use exactly one space',
    doubleScheme: '{{name}} says `{{scheme}}` twice: a bearer-token helper added it to a value that already had it — remove one',
    wrongScheme: '{{name}} uses the `{{scheme}}` scheme, but {{provider}} expects `Bearer <key>` — replace `{{scheme}}` with `Bearer`',
    basicWithKey: '{{name}} sends a raw API key with the `Basic` scheme, which expects base64 `user:password`; {{provider}} expects `Bearer <key>` — replace `Basic` with `Bearer`',
    missingKey: '{{name}} has the `{{scheme}}` scheme but no key after it; the variable that should fill it is probably empty or unset',
    schemeInKeyHeader: '{{name}} carries the bare key, but this value starts with `{{scheme}}`, which becomes part of the key and gets a 401 — remove `{{scheme}}`',
    suggestBearer: 'Write `Bearer ` before the key',
    suggestReplaceScheme: 'Replace `{{scheme}}` with `Bearer`',
  },
  check(fact, context) {
    const lowerName = fact.name.trim().toLowerCase();
    if (AUTH_HEADER_NAMES.has(lowerName) && lowerName !== 'authorization') {
      checkKeyHeader(fact, context);
      return;
    }
    if (lowerName !== 'authorization') return;
    // OAuth 1.0, Hawk, Digest, NTLM, AWS, EdgeGrid…: another scheme on purpose, not a key missing its `Bearer`.
    if (isNonKeyAuthorization(fact.value)) return;
    const parts = parseAuthorization(fact.value);
    const credential = fact.value.slice(parts.credential.start, parts.credential.end);
    const target = targetOf(fact, credential);
    if (target === undefined) return;
    const data = { name: fact.name, provider: target.provider.name };
    if (parts.scheme === undefined) {
      if (credential.trim().length === 0 || !readsAuthorization(target.provider)) return;
      const insert = { start: parts.credential.start, end: parts.credential.start, text: 'Bearer ' };
      context.report({ messageId: 'missingScheme', data, ...fixOrSuggestion(target, insert, { messageId: 'suggestBearer' }) });
      return;
    }
    if (!checkSchemeWord(fact, parts, target, context)) return;
    const scheme = parts.scheme;
    if (credential.trim().length === 0 || /^(?:bearer|token)$/i.test(credential.trim())) {
      context.report({ messageId: 'missingKey', data: { ...data, scheme: scheme.text } });
      return;
    }
    checkSeparator(fact, parts, target, context);
    const repeated = parts.repeatedScheme;
    if (repeated !== undefined) {
      context.report({ messageId: 'doubleScheme', data: { ...data, scheme: scheme.text }, start: repeated.start, end: repeated.end, fix: { start: repeated.start, end: repeated.end, text: '' } });
    }
  },
});
