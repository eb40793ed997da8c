import { providers, type ProviderId } from './providers/providers.js';

/**
 * Environment variable names the SDKs read, and the legacy or made-up names people use instead.
 * Data only; sources are shared/reference/openai.md §3 (openai-node v7, openai-python v3 and v0.28,
 * Azure) and §7 (renames seen in real projects).
 */

/** Names the current OpenAI SDKs (and the Azure client inside them) read. */
export const OPENAI_SDK_ENV_NAMES: readonly string[] = [
  'OPENAI_API_KEY',
  'OPENAI_ADMIN_KEY',
  'OPENAI_ORG_ID',
  'OPENAI_PROJECT_ID',
  'OPENAI_WEBHOOK_SECRET',
  'OPENAI_BASE_URL',
  'OPENAI_LOG',
  'OPENAI_CUSTOM_HEADERS',
  'OPENAI_API_TYPE',
  'OPENAI_API_VERSION',
  'AZURE_OPENAI_API_KEY',
  'AZURE_OPENAI_ENDPOINT',
  'AZURE_OPENAI_AD_TOKEN',
];

/**
 * Names that are not SDK names but are widely used on purpose by other tools (LiteLLM's `AZURE_API_*`,
 * Anthropic's `ANTHROPIC_AUTH_TOKEN`, xAI users' `GROK_API_KEY`): known, so never reported as a typo
 * of a nearby SDK name.
 */
export const OTHER_KNOWN_ENV_NAMES: readonly string[] = [
  'ANTHROPIC_AUTH_TOKEN',
  'ANTHROPIC_CUSTOM_HEADERS',
  'AZURE_API_KEY',
  'AZURE_API_BASE',
  'AZURE_API_VERSION',
  'AZURE_OPENAI_API_VERSION',
  'AZURE_OPENAI_DEPLOYMENT',
  'AZURE_OPENAI_DEPLOYMENT_NAME',
  'GROK_API_KEY',
  'OPENAI_MODEL',
  'OPENAI_API_MODEL',
  'OPENAI_API_KEYS',
  'OPENAI_TIMEOUT',
  'OPENAI_MAX_RETRIES',
];

export interface EnvNameReplacement {
  /** The name as people write it. */
  readonly name: string;
  /** The name the SDK reads. */
  readonly replacement: string;
  readonly provider: ProviderId;
  /** `legacy`: the pre-1.0 SDK read it and v1+ ignores it; `alias`: no SDK version ever read it. */
  readonly kind: 'legacy' | 'alias';
}

function renames(provider: ProviderId, kind: EnvNameReplacement['kind'], replacement: string, names: readonly string[]): EnvNameReplacement[] {
  return names.map((name) => ({ name, replacement, provider, kind }));
}

/** Known wrong names with the name that replaces them. */
export const ENV_NAME_REPLACEMENTS: readonly EnvNameReplacement[] = [
  // openai-python v0.28 names, ignored by openai>=1 (openai-python #624).
  ...renames('openai', 'legacy', 'OPENAI_BASE_URL', ['OPENAI_API_BASE']),
  ...renames('openai', 'legacy', 'OPENAI_ORG_ID', ['OPENAI_ORGANIZATION']),
  ...renames('openai', 'alias', 'OPENAI_API_KEY', [
    'OPENAI_APIKEY',
    'OPEN_AI_API_KEY',
    'OPEN_AI_KEY',
    'OPENAI_KEY',
    'OPENAI_TOKEN',
    'OPENAI_API_TOKEN',
    'OPENAI_SECRET',
    'OPENAI_SECRET_KEY',
    'OPENAI_API_SECRET',
    'OPENAI_ACCESS_TOKEN',
  ]),
  ...renames('openai', 'alias', 'OPENAI_BASE_URL', [
    'OPENAI_API_BASE_URL',
    'OPENAI_BASE',
    'OPENAI_API_HOST',
    'OPENAI_HOST',
    'OPENAI_URL',
    'OPENAI_API_URL',
    'OPENAI_ENDPOINT',
    'OPEN_AI_BASE_URL',
  ]),
  ...renames('openai', 'alias', 'OPENAI_ORG_ID', ['OPENAI_ORG', 'OPENAI_ORGANIZATION_ID', 'OPENAI_ORGANISATION', 'OPENAI_ORGANISATION_ID']),
  ...renames('openai', 'alias', 'OPENAI_PROJECT_ID', ['OPENAI_PROJECT', 'OPENAI_PROJ_ID']),
  ...renames('anthropic', 'alias', 'ANTHROPIC_API_KEY', ['ANTHROPIC_KEY', 'ANTHROPIC_APIKEY', 'ANTHROPIC_TOKEN', 'CLAUDE_API_KEY', 'CLAUDE_KEY', 'CLAUDE_APIKEY']),
  ...renames('azure-openai', 'alias', 'AZURE_OPENAI_API_KEY', ['AZURE_OPENAI_KEY', 'AZURE_OPENAI_APIKEY']),
];

/** Every name an SDK reads: the OpenAI list plus each provider's key and base-URL variables. */
export const SDK_ENV_NAMES: readonly string[] = [
  ...new Set([...OPENAI_SDK_ENV_NAMES, ...providers.flatMap((provider) => [...provider.keyEnvNames, ...(provider.baseUrlEnvNames ?? [])])]),
];

/** Prefixes that make a bundler ship a variable to the browser; names behind them are the app's own. */
export const BROWSER_ENV_PREFIXES: readonly string[] = ['NEXT_PUBLIC_', 'VITE_', 'REACT_APP_', 'EXPO_PUBLIC_', 'NUXT_PUBLIC_', 'PUBLIC_', 'GATSBY_'];
