import type { EndpointFact, EnvVariableFact, Fact, FactOrigin, IdentifierFact, KeyFact } from './facts.js';
import { cleanKeyCandidate, isKeyName, keyShapeOf, mayHoldKey, providerForKeyName } from './keys.js';
import { providers, type ProviderId } from './providers/providers.js';
import { memoize } from './memo.js';
import { lookupTable } from './table.js';

export { isKeyName } from './keys.js';

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
  /** The defining line ends with `\r\n`; see `KeyFact.carriageReturnLineEnding`. */
  readonly carriageReturnLineEnding?: boolean;
  /** Extra names the user declared as holding keys (config `keyVariables`). */
  readonly extraKeyNames?: readonly string[];
  /** The provider SDK whose client this setting is an option of (`new OpenAI({ … })`), when it is one. */
  readonly client?: ProviderId;
  /** The value is the default of `a ?? value` / `a || value`; see `KeyFact.fallback`. */
  readonly fallback?: boolean;
}

const BASE_URL_NAME = /(?:^|_)(?:BASE_?URL|API_?BASE(?:_?URL)?|API_?URL|ENDPOINT|API_?HOST)$/i;
const ENVIRONMENT_MEDIA = new Set(['env', 'env-template', 'process-env', 'environment']);

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

const IDENTIFIER_ENV_NAMES = lookupTable<IdentifierFact['identifier']>({
  OPENAI_ORG_ID: 'openai-organization',
  OPENAI_ORGANIZATION: 'openai-organization',
  OPENAI_ORGANIZATION_ID: 'openai-organization',
  OPENAI_PROJECT_ID: 'openai-project',
  OPENAI_PROJECT: 'openai-project',
});

/** SDK option names; generic words, so only in code, where the adapter found them on a client. */
const IDENTIFIER_OPTION_NAMES = lookupTable<IdentifierFact['identifier']>({
  organization: 'openai-organization',
  project: 'openai-project',
});

/** Every entry of every file asks; names repeat across files. */
const identifierForEnvName = memoize((name: string): IdentifierFact['identifier'] | undefined => IDENTIFIER_ENV_NAMES[name.toUpperCase()]);

/** The SDKs whose clients take `organization` and `project` as OpenAI IDs (Vertex's `project` is a GCP project). */
const OPENAI_ID_CLIENTS: ReadonlySet<ProviderId | undefined> = new Set(['openai', 'azure-openai']);

function identifierFor(name: string, setting: Setting): IdentifierFact['identifier'] | undefined {
  return identifierForEnvName(name) ?? (setting.origin.medium === 'code' && OPENAI_ID_CLIENTS.has(setting.client) ? IDENTIFIER_OPTION_NAMES[name] : undefined);
}

/**
 * The facts one name = value pair carries:
 * - an env-variable fact for every definition in an environment medium and every read;
 * - an identifier fact for `OPENAI_ORG_ID` / `OPENAI_PROJECT_ID` (and `organization` / `project` of an OpenAI client);
 * - an endpoint fact for `*_BASE_URL`, `*_ENDPOINT`, `*_API_BASE` names;
 * - a key fact when the name says key, token or secret (or is in `extraKeyNames`), and also when the
 *   value has a key's shape whatever the name: `SOMETHING=sk-proj-…` is still a key.
 */
export function factsFromSetting(setting: Setting): Fact[] {
  const facts: Fact[] = [];
  const { name, value, origin } = setting;
  if (ENVIRONMENT_MEDIA.has(origin.medium) || setting.access === 'read') {
    const variable: EnvVariableFact = { kind: 'env-variable', name, access: setting.access, origin, ...(value === undefined ? {} : { value }) };
    facts.push(variable);
  }
  if (value === undefined) return facts;
  const identifier = identifierFor(name, setting);
  // In code a `baseUrl` variable is often a prefix the code appends paths and queries to itself;
  // only a client's option is a base URL the SDK completes (a const passed to it is resolved there).
  const baseUrl = identifier === undefined && isBaseUrlName(name) && (origin.medium !== 'code' || setting.client !== undefined);
  if (identifier !== undefined) {
    facts.push({ kind: 'identifier', identifier, name, value, origin });
  } else if (baseUrl) {
    const provider = providerForName(name);
    const endpoint: EndpointFact = { kind: 'endpoint', url: value, role: 'base-url', name, origin, ...(provider === undefined ? {} : { provider }) };
    if (value.trim().length > 0) facts.push(endpoint);
  }
  const provider = providerForKeyName(name);
  const keyByName = identifier === undefined && !baseUrl && isKeyName(name, setting.extraKeyNames);
  if (keyByName || (mayHoldKey(value) && keyShapeOf(cleanKeyCandidate(value), provider) !== undefined)) {
    const key: KeyFact = {
      kind: 'key',
      value,
      name,
      literal: setting.literal,
      origin,
      ...(provider === undefined ? {} : { provider }),
      ...(setting.client !== undefined ? { evidence: 'client' as const } : setting.extraKeyNames?.includes(name) === true ? { evidence: 'declared' as const } : {}),
      ...(setting.carriageReturnLineEnding === true ? { carriageReturnLineEnding: true } : {}),
      ...(setting.fallback === true ? { fallback: true } : {}),
    };
    facts.push(key);
  }
  return facts;
}
