import type { EndpointFact, EnvVariableFact, Fact, FactOrigin, IdentifierFact, KeyFact } from './facts.js';
import { keyShapeOf } from './keys.js';
import { providers, type ProviderId } from './providers/providers.js';

/**
 * How core reads a name = value pair (a .env entry, an environment export, a Postman variable, an
 * SDK option): which facts it carries. Adapters hand over the pair; deciding that `MY_BOT_TOKEN`
 * holds a key or that `OPENAI_BASE_URL` holds an endpoint is core's job.
 */
export interface Setting {
  readonly name: string;
  /** The value as the application loads it; undefined when only the name is known (`process.env.X`). */
  readonly value?: string;
  readonly origin: FactOrigin;
  /** `define` where the value is set; `read` where code reads an environment variable. */
  readonly access: 'define' | 'read';
  /** True when the value is written literally in this file. */
  readonly literal: boolean;
  /** Extra names the user declared as holding keys (config `keyVariables`). */
  readonly extraKeyNames?: readonly string[];
}

const KEY_NAME = /(?:^|_)(?:API_?KEY|APIKEY|ACCESS_?KEY|SECRET_?KEY|SECRET|TOKEN|AUTH_?TOKEN|BEARER)$/i;
const NON_KEY_NAME = /(?:_MAX_TOKENS?|_TOKENS?_LIMIT|_TOKEN_URL|_TOKEN_ENDPOINT|_KEY_ID|_KEY_PATH|_KEY_FILE|_TOKEN_FILE|_SECRET_NAME)$/i;
const BASE_URL_NAME = /(?:^|_)(?:BASE_?URL|API_?BASE(?:_URL)?|API_?URL|ENDPOINT|API_?HOST)$/i;
const ENVIRONMENT_MEDIA = new Set(['env', 'env-template', 'process-env', 'environment']);

/** True when a variable or option name says it holds an API key or token. */
export function isKeyName(name: string, extraKeyNames: readonly string[] = []): boolean {
  if (extraKeyNames.includes(name)) return true;
  if (providers.some((provider) => provider.keyEnvNames.includes(name))) return true;
  if (name === 'apiKey' || name === 'api_key' || name === 'adminAPIKey' || name === 'authToken') return true;
  return KEY_NAME.test(name) && !NON_KEY_NAME.test(name);
}

/** True when a variable or option name says it holds a base URL or endpoint. */
export function isBaseUrlName(name: string): boolean {
  return name === 'baseURL' || name === 'baseUrl' || name === 'base_url' || name === 'endpoint' || BASE_URL_NAME.test(name);
}

/** The provider a variable name points at (`ANTHROPIC_API_KEY` → anthropic); undefined for generic names. */
export function providerForName(name: string): ProviderId | undefined {
  const upper = name.toUpperCase();
  const exact = providers.find((provider) => provider.keyEnvNames.includes(upper) || (provider.baseUrlEnvNames ?? []).includes(upper));
  if (exact !== undefined) return exact.id;
  // Longest hint first, so AZURE_OPENAI beats OPENAI.
  const hints = providers
    .flatMap((provider) => provider.nameHints.map((hint) => ({ hint, id: provider.id })))
    .sort((left, right) => right.hint.length - left.hint.length);
  return hints.find(({ hint }) => new RegExp(`(?:^|_)${hint}(?:_|$)`).test(upper))?.id;
}

const IDENTIFIER_NAMES: Readonly<Record<string, IdentifierFact['identifier']>> = {
  OPENAI_ORG_ID: 'openai-organization',
  OPENAI_ORGANIZATION: 'openai-organization',
  OPENAI_ORGANIZATION_ID: 'openai-organization',
  OPENAI_PROJECT_ID: 'openai-project',
  OPENAI_PROJECT: 'openai-project',
  organization: 'openai-organization',
  project: 'openai-project',
};

/** The facts one name = value pair carries. */
export function factsFromSetting(setting: Setting): Fact[] {
  const facts: Fact[] = [];
  const { name, value, origin } = setting;
  if (ENVIRONMENT_MEDIA.has(origin.medium) || setting.access === 'read') {
    const variable: EnvVariableFact = { kind: 'env-variable', name, access: setting.access, origin, ...(value === undefined ? {} : { value }) };
    facts.push(variable);
  }
  if (value === undefined) return facts;
  const identifier = IDENTIFIER_NAMES[name];
  if (identifier !== undefined) {
    facts.push({ kind: 'identifier', identifier, name, value, origin });
    return facts;
  }
  if (isBaseUrlName(name)) {
    const provider = providerForName(name);
    const endpoint: EndpointFact = { kind: 'endpoint', url: value, role: 'base-url', name, origin, ...(provider === undefined ? {} : { provider }) };
    if (value.trim().length > 0) facts.push(endpoint);
    return facts;
  }
  if (isKeyName(name, setting.extraKeyNames) || keyShapeOf(value.trim()) !== undefined) {
    const provider = providerForName(name);
    const key: KeyFact = { kind: 'key', value, name, literal: setting.literal, origin, ...(provider === undefined ? {} : { provider }) };
    facts.push(key);
  }
  return facts;
}
