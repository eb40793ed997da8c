import { OPENAI_KEY_MARKER } from '../providers/key-shapes.js';
import type { ProviderId } from '../providers/providers.js';

/**
 * Fake keys for tests, examples and benchmarks, built at run time so that no key-shaped literal is
 * ever committed (secret scanners, ours and GitHub's, must find nothing in this repository).
 * Shapes follow shared/reference/openai.md; the same seed always gives the same key.
 */
export type FakeKeyKind =
  | 'openai-legacy'
  | 'openai-project-short'
  | 'openai-project'
  | 'openai-service-account'
  | 'openai-admin'
  | 'openai-none'
  | 'openai-none-short'
  | 'anthropic'
  | 'anthropic-admin'
  | 'gemini'
  | 'gemini-auth'
  | 'groq'
  | 'openrouter'
  | 'xai'
  | 'deepseek'
  | 'mistral'
  | 'perplexity'
  | 'huggingface'
  | 'cohere'
  | 'replicate'
  | 'azure-openai'
  | 'azure-openai-long';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64URL = `${ALPHANUMERIC}-_`;
const LOWER_HEX = '0123456789abcdef';

/** mulberry32: tiny, seedable, good enough to make random-looking bodies and generated benchmark inputs. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(kind: string, seed: number | string): number {
  let hash = 2166136261;
  for (const character of `${kind}:${seed}`) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  return hash >>> 0;
}

function randomText(random: () => number, alphabet: string, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

/** Base64url body that starts and ends with an alphanumeric (real keys may end in `-`; tests that need it say so). */
function base64UrlBody(random: () => number, length: number): string {
  if (length < 2) return randomText(random, ALPHANUMERIC, length);
  return randomText(random, ALPHANUMERIC, 1) + randomText(random, BASE64URL, length - 2) + randomText(random, ALPHANUMERIC, 1);
}

const builders: Readonly<Record<FakeKeyKind, (random: () => number) => string>> = {
  'openai-legacy': (random) => `sk-${randomText(random, ALPHANUMERIC, 20)}${OPENAI_KEY_MARKER}${randomText(random, ALPHANUMERIC, 20)}`,
  'openai-project-short': (random) => `sk-proj-${randomText(random, ALPHANUMERIC, 20)}${OPENAI_KEY_MARKER}${randomText(random, ALPHANUMERIC, 20)}`,
  'openai-project': (random) => `sk-proj-${base64UrlBody(random, 74)}${OPENAI_KEY_MARKER}${base64UrlBody(random, 74)}`,
  'openai-service-account': (random) => `sk-svcacct-${base64UrlBody(random, 74)}${OPENAI_KEY_MARKER}${base64UrlBody(random, 74)}`,
  'openai-admin': (random) => `sk-admin-${base64UrlBody(random, 58)}${OPENAI_KEY_MARKER}${base64UrlBody(random, 58)}`,
  'openai-none': (random) => `sk-None-${base64UrlBody(random, 74)}${OPENAI_KEY_MARKER}${base64UrlBody(random, 74)}`,
  'openai-none-short': (random) => `sk-None-${randomText(random, ALPHANUMERIC, 48)}`,
  anthropic: (random) => `sk-ant-api03-${base64UrlBody(random, 93)}AA`,
  'anthropic-admin': (random) => `sk-ant-admin01-${base64UrlBody(random, 93)}AA`,
  gemini: (random) => `AIzaSy${base64UrlBody(random, 33)}`,
  'gemini-auth': (random) => `AQ.${base64UrlBody(random, 50)}`,
  groq: (random) => `gsk_${randomText(random, ALPHANUMERIC, 52)}`,
  openrouter: (random) => `sk-or-v1-${randomText(random, LOWER_HEX, 64)}`,
  xai: (random) => `xai-${randomText(random, ALPHANUMERIC, 80)}`,
  deepseek: (random) => `sk-${randomText(random, LOWER_HEX, 32)}`,
  mistral: (random) => randomText(random, ALPHANUMERIC, 32),
  perplexity: (random) => `pplx-${randomText(random, ALPHANUMERIC, 48)}`,
  huggingface: (random) => `hf_${randomText(random, ALPHANUMERIC, 34)}`,
  cohere: (random) => randomText(random, ALPHANUMERIC, 40),
  replicate: (random) => `r8_${randomText(random, ALPHANUMERIC, 37)}`,
  'azure-openai': (random) => randomText(random, LOWER_HEX, 32),
  'azure-openai-long': (random) => randomText(random, ALPHANUMERIC, 84),
};

export const fakeKeyKinds = Object.keys(builders) as FakeKeyKind[];

/** The provider each kind of fake key belongs to. */
export const fakeKeyProviders: Readonly<Record<FakeKeyKind, ProviderId>> = {
  'openai-legacy': 'openai',
  'openai-project-short': 'openai',
  'openai-project': 'openai',
  'openai-service-account': 'openai',
  'openai-admin': 'openai',
  'openai-none': 'openai',
  'openai-none-short': 'openai',
  anthropic: 'anthropic',
  'anthropic-admin': 'anthropic',
  gemini: 'gemini',
  'gemini-auth': 'gemini',
  groq: 'groq',
  openrouter: 'openrouter',
  xai: 'xai',
  deepseek: 'deepseek',
  mistral: 'mistral',
  perplexity: 'perplexity',
  huggingface: 'huggingface',
  cohere: 'cohere',
  replicate: 'replicate',
  'azure-openai': 'azure-openai',
  'azure-openai-long': 'azure-openai',
};

/** Kinds whose keys carry no prefix: recognisable only when the context names the provider. */
export const prefixlessFakeKeyKinds: readonly FakeKeyKind[] = ['mistral', 'cohere', 'azure-openai', 'azure-openai-long'];

/** A realistic fake key of the given kind; deterministic for a given seed. */
export function fakeKey(kind: FakeKeyKind, seed: number | string = 1): string {
  return builders[kind](createRandom(seedOf(kind, seed)));
}

/** OpenAI-style organization and project IDs (not secrets, but shaped like the real ones). */
export function fakeOrganizationId(seed: number | string = 1): string {
  return `org-${randomText(createRandom(seedOf('org', seed)), ALPHANUMERIC, 24)}`;
}

export function fakeProjectId(seed: number | string = 1): string {
  return `proj_${randomText(createRandom(seedOf('proj', seed)), ALPHANUMERIC, 24)}`;
}
