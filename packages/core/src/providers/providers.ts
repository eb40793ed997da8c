/**
 * The providers keylint knows, as data. Each provider says where each group of its facts comes from
 * and when that was last checked (`provenance`); docs/facts.md is generated from this file, the key
 * shapes and the OpenAI endpoint table. OpenAI is the deepest (its endpoints live in
 * openai-endpoints.ts), the others are at least detected so that a key can be matched to the wrong
 * provider.
 */
export type ProviderId =
  | 'openai'
  | 'azure-openai'
  | 'anthropic'
  | 'gemini'
  | 'groq'
  | 'openrouter'
  | 'xai'
  | 'mistral'
  | 'deepseek'
  | 'perplexity'
  | 'huggingface'
  | 'cohere'
  | 'replicate';

export interface AuthScheme {
  /** Header the key goes in, lower-case. */
  readonly header: string;
  /** `Bearer` or `Token` when the header value is `<scheme> <key>`; undefined when it is the bare key. */
  readonly scheme?: 'Bearer' | 'Token';
  /** Older schemes the API still accepts (Replicate's `Token`): not worth an error, never suggested. */
  readonly alsoAccepted?: readonly ('Bearer' | 'Token')[];
}

/** Where a group of facts comes from, and the day it was last checked against that source (YYYY-MM-DD). */
export interface FactSource {
  readonly source: string;
  readonly checked: string;
}

/** The provenance of each group of a provider's facts. */
export interface ProviderProvenance {
  readonly keyShapes: FactSource;
  readonly hosts: FactSource;
  readonly auth: FactSource;
  readonly envNames: FactSource;
  /** Its endpoint list, when keylint has one (OpenAI's: the generated table's own source). */
  readonly endpoints?: FactSource;
}

export interface Provider {
  readonly id: ProviderId;
  readonly name: string;
  /** Exact API hosts. */
  readonly hosts: readonly string[];
  /** Host suffixes for per-resource hosts (Azure). */
  readonly hostSuffixes?: readonly string[];
  /** The base URL the official SDK uses by default. */
  readonly baseUrl: string;
  /** The path prefix every endpoint starts with (`/v1`), when there is one. */
  readonly versionPrefix?: string;
  readonly auth: AuthScheme;
  /** Headers the API rejects requests without. */
  readonly requiredHeaders?: readonly { readonly name: string; readonly example: string }[];
  /** Environment variable names the SDKs read for the key. */
  readonly keyEnvNames: readonly string[];
  /** Environment variable names the SDKs read for the base URL. */
  readonly baseUrlEnvNames?: readonly string[];
  /** Words in a variable name that point at this provider (`OPENAI`, `ANTHROPIC`, `CLAUDE`). */
  readonly nameHints: readonly string[];
  /** Query parameter the API accepts a key in (Gemini's `key=`); still a leak into logs. */
  readonly keyQueryParameter?: string;
  /**
   * Every path (no trailing slash) a base URL for this host may have: the provider's own SDK's and
   * the OpenAI-compatible one. The first is what to suggest. Undefined when keylint does not check it.
   */
  readonly basePaths?: readonly string[];
  /**
   * The base path its own SDK expects, when that SDK appends the version itself (the Anthropic SDK
   * calls `{base}/v1/messages`, the Groq SDK `{base}/openai/v1/...`): the only right base there.
   */
  readonly sdkBasePath?: string;
  /** The prefix of its OpenAI-compatible endpoints (`/openai/v1` for Groq): request URLs go below it. */
  readonly openAICompatiblePrefix?: string;
  /** Other prefixes its endpoints may sit under (DeepSeek answers both with and without `/v1`). */
  readonly alternativePrefixes?: readonly string[];
  /** Its own endpoints (not OpenAI's), relative to the host, with methods; only ones known for certain. */
  readonly knownEndpoints?: readonly { readonly path: string; readonly methods: readonly ('GET' | 'POST' | 'DELETE')[] }[];
  /**
   * Endpoints (relative to the host) that speak OpenAI's protocol on a host whose own API does not
   * (Anthropic's OpenAI-SDK compatibility): OpenAI's auth header, none of the provider's own headers.
   */
  readonly openAICompatibleEndpoints?: readonly string[];
  /** Path prefixes where its API key is also read from `Authorization: Bearer` (Azure's GA `/openai/v1/` API). */
  readonly bearerKeyPrefixes?: readonly string[];
  /** Tokens (not API keys) it accepts as `Authorization: Bearer`, for the facts page: Entra ID, OAuth. */
  readonly bearerTokens?: string;
  /**
   * The path prefix below which this provider's rules apply, on a host that serves other APIs too
   * (Azure's `*.services.ai.azure.com` also hosts Claude under `/anthropic/`).
   */
  readonly pathPrefix?: string;
  /** Typos and look-alikes of its host seen in the wild, with the certain replacement (`api.openai.co`). */
  readonly wrongHosts?: readonly string[];
  readonly provenance: ProviderProvenance;
}

/** The day facts-2026-12.md was checked against the providers' SDKs, docs and deprecation pages. */
const CHECKED_2026_12 = '2026-12-07';
/** The day shared/reference/openai.md was compiled (SDK HEADs of 2026-08; scanner detectors of 2026-07/08). */
const CHECKED_2026_08 = '2026-08-21';
const FACTS_2026_12 = 'facts-2026-12.md';
const SCANNERS = 'gitleaks and trufflehog detectors (openai.md §1, §5), confirmed in facts-2026-12.md';

function checked(source: string, date: string = CHECKED_2026_12): FactSource {
  return { source, checked: date };
}

export const providers: readonly Provider[] = [
  {
    id: 'openai',
    name: 'OpenAI',
    // The data-residency hosts (openai-node src/internal/data-residency.ts; facts-2026-12.md, checked 2026-12-07).
    hosts: ['api.openai.com', 'us.api.openai.com', 'eu.api.openai.com', 'ae.api.openai.com'],
    baseUrl: 'https://api.openai.com/v1',
    versionPrefix: '/v1',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['OPENAI_API_KEY', 'OPENAI_ADMIN_KEY'],
    baseUrlEnvNames: ['OPENAI_BASE_URL'],
    nameHints: ['OPENAI', 'OPEN_AI', 'GPT', 'CHATGPT'],
    basePaths: ['/v1'],
    openAICompatiblePrefix: '/v1',
    wrongHosts: ['api.openai.co', 'api.opeani.com', 'api.openia.com', 'api.open-ai.com', 'api.openai.org', 'openai.com', 'www.openai.com', 'platform.openai.com', 'chat.openai.com', 'chatgpt.com', 'www.chatgpt.com', 'api.chatgpt.com'],
    provenance: {
      keyShapes: checked(`${SCANNERS}; lengths from scanner fixtures`),
      hosts: checked(`openai-node src/internal/data-residency.ts (us., eu., ae.); ${FACTS_2026_12}`),
      auth: checked('openai-node src/client.ts (Authorization: Bearer); openai.md §3.1', CHECKED_2026_08),
      envNames: checked('openai-node src/client.ts, openai-python _client.py (OPENAI_API_KEY, OPENAI_ADMIN_KEY, OPENAI_BASE_URL)', CHECKED_2026_08),
    },
  },
  {
    id: 'azure-openai',
    name: 'Azure OpenAI',
    hosts: [],
    hostSuffixes: ['.openai.azure.com', '.cognitiveservices.azure.com', '.services.ai.azure.com'],
    baseUrl: 'https://{resource}.openai.azure.com/openai',
    auth: { header: 'api-key' },
    bearerKeyPrefixes: ['/openai/v1'],
    bearerTokens: 'Microsoft Entra ID tokens (JWTs)',
    pathPrefix: '/openai',
    keyEnvNames: ['AZURE_OPENAI_API_KEY'],
    baseUrlEnvNames: ['AZURE_OPENAI_ENDPOINT'],
    nameHints: ['AZURE_OPENAI', 'AZURE'],
    provenance: {
      keyShapes: checked(`trufflehog azure_openai.go (32 hex) and issue #4389 (84 characters); ${FACTS_2026_12}`),
      hosts: checked(`Microsoft Learn, Azure OpenAI and Foundry endpoints; ${FACTS_2026_12} (Claude on Foundry under /anthropic/)`),
      auth: checked(`openai-node src/azure.ts (api-key); Microsoft Learn "v1 API" (Authorization: Bearer with the key or an Entra ID token); ${FACTS_2026_12}`),
      envNames: checked('openai-node src/azure.ts, openai-python lib/azure.py; openai.md §3.3', CHECKED_2026_08),
    },
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    hosts: ['api.anthropic.com'],
    baseUrl: 'https://api.anthropic.com',
    versionPrefix: '/v1',
    auth: { header: 'x-api-key' },
    requiredHeaders: [{ name: 'anthropic-version', example: '2023-06-01' }],
    bearerTokens: 'OAuth tokens (`sk-ant-oat01-…`, with `anthropic-beta: oauth-2025-04-20`)',
    keyEnvNames: ['ANTHROPIC_API_KEY'],
    baseUrlEnvNames: ['ANTHROPIC_BASE_URL'],
    nameHints: ['ANTHROPIC', 'CLAUDE'],
    basePaths: ['', '/v1'],
    sdkBasePath: '',
    openAICompatiblePrefix: '/v1',
    knownEndpoints: [
      { path: '/v1/messages', methods: ['POST'] },
      { path: '/v1/messages/count_tokens', methods: ['POST'] },
      { path: '/v1/messages/batches', methods: ['GET', 'POST'] },
      { path: '/v1/messages/batches/{message_batch_id}', methods: ['GET', 'DELETE'] },
      { path: '/v1/messages/batches/{message_batch_id}/cancel', methods: ['POST'] },
      { path: '/v1/messages/batches/{message_batch_id}/results', methods: ['GET'] },
      { path: '/v1/models', methods: ['GET'] },
      { path: '/v1/models/{model_id}', methods: ['GET'] },
      { path: '/v1/complete', methods: ['POST'] },
      { path: '/v1/chat/completions', methods: ['POST'] },
    ],
    // OpenAI SDK compatibility (base_url https://api.anthropic.com/v1/): the key as Bearer, no anthropic-version.
    openAICompatibleEndpoints: ['/v1/chat/completions'],
    wrongHosts: ['anthropic.com', 'www.anthropic.com', 'api.antropic.com', 'api.anthropic.co', 'api.anthropics.com', 'console.anthropic.com', 'claude.ai', 'api.claude.ai'],
    provenance: {
      keyShapes: checked(SCANNERS),
      hosts: checked('anthropic-sdk-typescript (baseURL https://api.anthropic.com, 2026-08)'),
      auth: checked(`docs.anthropic.com getting-started and versioning (x-api-key, anthropic-version: 2023-06-01); OpenAI SDK compatibility (Bearer on /v1/chat/completions); ${FACTS_2026_12}`),
      envNames: checked('anthropic-sdk-typescript (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL)'),
      endpoints: checked('anthropic-sdk-typescript api.md (2026-08); OpenAI SDK compatibility page'),
    },
  },
  {
    id: 'gemini',
    name: 'Google Gemini',
    hosts: ['generativelanguage.googleapis.com'],
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    versionPrefix: '/v1beta',
    auth: { header: 'x-goog-api-key' },
    bearerTokens: 'Google OAuth access tokens (`ya29.…`)',
    keyEnvNames: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
    nameHints: ['GEMINI', 'GOOGLE'],
    keyQueryParameter: 'key',
    basePaths: ['', '/v1beta', '/v1beta/openai', '/v1', '/v1alpha'],
    openAICompatiblePrefix: '/v1beta/openai',
    provenance: {
      keyShapes: checked(`ai.google.dev gemini-api/docs/api-key (standard AIza… keys and AQ. auth keys); ${FACTS_2026_12}`),
      hosts: checked('googleapis/js-genai (2026-08); ai.google.dev OpenAI compatibility (/v1beta/openai/)'),
      auth: checked('googleapis/js-genai (x-goog-api-key); ai.google.dev (?key=, Bearer on /v1beta/openai/)'),
      envNames: checked('googleapis/js-genai (GEMINI_API_KEY, GOOGLE_API_KEY)'),
    },
  },
  {
    id: 'groq',
    name: 'Groq',
    hosts: ['api.groq.com'],
    baseUrl: 'https://api.groq.com/openai/v1',
    versionPrefix: '/openai/v1',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['GROQ_API_KEY'],
    baseUrlEnvNames: ['GROQ_BASE_URL'],
    nameHints: ['GROQ'],
    basePaths: ['/openai/v1', ''],
    sdkBasePath: '',
    openAICompatiblePrefix: '/openai/v1',
    provenance: {
      keyShapes: checked(SCANNERS),
      hosts: checked('console.groq.com/docs/openai; openai.md §5', CHECKED_2026_08),
      auth: checked('console.groq.com/docs/openai (Authorization: Bearer); openai.md §5', CHECKED_2026_08),
      envNames: checked('groq-sdk (GROQ_API_KEY, GROQ_BASE_URL); openai.md §5', CHECKED_2026_08),
    },
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    hosts: ['openrouter.ai'],
    baseUrl: 'https://openrouter.ai/api/v1',
    versionPrefix: '/api/v1',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['OPENROUTER_API_KEY'],
    nameHints: ['OPENROUTER'],
    basePaths: ['/api/v1'],
    openAICompatiblePrefix: '/api/v1',
    provenance: {
      keyShapes: checked(SCANNERS),
      hosts: checked('openrouter.ai docs (https://openrouter.ai/api/v1); openai.md §5', CHECKED_2026_08),
      auth: checked('openrouter.ai docs (Authorization: Bearer); openai.md §5', CHECKED_2026_08),
      envNames: checked('openrouter.ai docs (OPENROUTER_API_KEY); openai.md §5', CHECKED_2026_08),
    },
  },
  {
    id: 'xai',
    name: 'xAI',
    hosts: ['api.x.ai'],
    baseUrl: 'https://api.x.ai/v1',
    versionPrefix: '/v1',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['XAI_API_KEY'],
    baseUrlEnvNames: ['XAI_API_BASE'],
    nameHints: ['XAI', 'GROK'],
    basePaths: ['/v1', ''],
    openAICompatiblePrefix: '/v1',
    provenance: {
      keyShapes: checked(SCANNERS),
      hosts: checked('langchain-xai default base URL https://api.x.ai/v1; openai.md §5', CHECKED_2026_08),
      auth: checked('docs.x.ai (Authorization: Bearer); openai.md §5', CHECKED_2026_08),
      envNames: checked(`XAI_API_KEY (docs.x.ai); XAI_API_BASE is a LangChain/LiteLLM convention (${FACTS_2026_12})`),
    },
  },
  {
    id: 'mistral',
    name: 'Mistral',
    hosts: ['api.mistral.ai'],
    baseUrl: 'https://api.mistral.ai/v1',
    versionPrefix: '/v1',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['MISTRAL_API_KEY'],
    nameHints: ['MISTRAL'],
    basePaths: ['/v1', ''],
    openAICompatiblePrefix: '/v1',
    provenance: {
      keyShapes: checked('trufflehog PR #4953 (32 alphanumerics, open); confirmed in facts-2026-12.md'),
      hosts: checked('docs.mistral.ai (https://api.mistral.ai/v1); openai.md §5', CHECKED_2026_08),
      auth: checked('docs.mistral.ai (Authorization: Bearer); openai.md §5', CHECKED_2026_08),
      envNames: checked('docs.mistral.ai (MISTRAL_API_KEY); openai.md §5', CHECKED_2026_08),
    },
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    hosts: ['api.deepseek.com'],
    baseUrl: 'https://api.deepseek.com',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['DEEPSEEK_API_KEY'],
    nameHints: ['DEEPSEEK'],
    basePaths: ['', '/v1', '/beta', '/anthropic'],
    openAICompatiblePrefix: '',
    alternativePrefixes: ['/v1', '/beta'],
    provenance: {
      keyShapes: checked('trufflehog deepseek.go (sk- + 32 hex near "deepseek"); confirmed in facts-2026-12.md'),
      hosts: checked('api-docs.deepseek.com (with or without /v1, /beta, /anthropic); openai.md §5', CHECKED_2026_08),
      auth: checked('api-docs.deepseek.com (Authorization: Bearer); openai.md §5', CHECKED_2026_08),
      envNames: checked('api-docs.deepseek.com (DEEPSEEK_API_KEY); openai.md §5', CHECKED_2026_08),
    },
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    hosts: ['api.perplexity.ai'],
    baseUrl: 'https://api.perplexity.ai',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
    nameHints: ['PERPLEXITY', 'PPLX'],
    provenance: {
      keyShapes: checked(SCANNERS),
      hosts: checked('rubydoc Perplexity::API DEFAULT_URI_BASE (no /v1); openai.md §5', CHECKED_2026_08),
      auth: checked('docs.perplexity.ai (Authorization: Bearer); openai.md §5', CHECKED_2026_08),
      envNames: checked(`PERPLEXITY_API_KEY (docs.perplexity.ai); PPLX_API_KEY is a LangChain/LiteLLM convention (${FACTS_2026_12})`),
    },
  },
  {
    id: 'huggingface',
    name: 'Hugging Face',
    hosts: ['router.huggingface.co', 'api-inference.huggingface.co', 'huggingface.co'],
    baseUrl: 'https://router.huggingface.co/v1',
    versionPrefix: '/v1',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['HF_TOKEN', 'HUGGINGFACE_API_KEY', 'HUGGING_FACE_HUB_TOKEN'],
    nameHints: ['HUGGINGFACE', 'HUGGING_FACE', 'HF'],
    provenance: {
      keyShapes: checked(SCANNERS),
      hosts: checked('huggingface.co docs (router.huggingface.co/v1 OpenAI-compatible router); openai.md §5', CHECKED_2026_08),
      auth: checked('huggingface.co docs (Authorization: Bearer); openai.md §5', CHECKED_2026_08),
      envNames: checked(`huggingface_hub (HF_TOKEN, HUGGING_FACE_HUB_TOKEN); HUGGINGFACE_API_KEY is a LangChain/LiteLLM convention (${FACTS_2026_12})`),
    },
  },
  {
    id: 'cohere',
    name: 'Cohere',
    hosts: ['api.cohere.com', 'api.cohere.ai'],
    baseUrl: 'https://api.cohere.com',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['CO_API_KEY', 'COHERE_API_KEY'],
    nameHints: ['COHERE'],
    provenance: {
      keyShapes: checked('gitleaks cohere-api-token (40 alphanumerics near "cohere"); confirmed in facts-2026-12.md'),
      hosts: checked('docs.cohere.com (api.cohere.com; compatibility API on api.cohere.ai); openai.md §5', CHECKED_2026_08),
      auth: checked('docs.cohere.com (Authorization: Bearer); openai.md §5', CHECKED_2026_08),
      envNames: checked('cohere SDK (CO_API_KEY); openai.md §5', CHECKED_2026_08),
    },
  },
  {
    id: 'replicate',
    name: 'Replicate',
    hosts: ['api.replicate.com'],
    baseUrl: 'https://api.replicate.com/v1',
    versionPrefix: '/v1',
    auth: { header: 'authorization', scheme: 'Bearer', alsoAccepted: ['Token'] },
    keyEnvNames: ['REPLICATE_API_TOKEN', 'REPLICATE_API_KEY'],
    nameHints: ['REPLICATE'],
    provenance: {
      keyShapes: checked(SCANNERS),
      hosts: checked('replicate.com/docs (https://api.replicate.com/v1); openai.md §5', CHECKED_2026_08),
      auth: checked(`replicate.com/docs (Authorization: Bearer; Token still accepted); ${FACTS_2026_12}`),
      envNames: checked(`replicate SDKs (REPLICATE_API_TOKEN); REPLICATE_API_KEY is a LangChain/LiteLLM convention (${FACTS_2026_12})`),
    },
  },
];

/** The day a provider's facts were last checked: the latest of its fact groups. */
export function factsCheckedOn(provider: Provider): string {
  const dates = Object.values(provider.provenance).map((fact: FactSource) => fact.checked);
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}

/** The day keylint's provider facts were last checked, for "facts as of <date>". */
export const factsAsOf: string = providers.map(factsCheckedOn).reduce((latest, date) => (date > latest ? date : latest));

const providersById = new Map(providers.map((provider) => [provider.id, provider]));

export function getProvider(id: ProviderId): Provider {
  const provider = providersById.get(id);
  if (provider === undefined) throw new Error(`Unknown provider ${id}`);
  return provider;
}

/** The provider whose API a host belongs to; undefined for gateways, proxies and local servers. */
export function providerForHost(host: string): Provider | undefined {
  const normalized = host.toLowerCase().replace(/\.$/, '');
  return providers.find(
    (provider) =>
      provider.hosts.includes(normalized) ||
      (provider.hostSuffixes ?? []).some((suffix) => normalized.endsWith(suffix)),
  );
}

/** True when a request path (relative to the host) is one of the provider's OpenAI-compatible endpoints. */
export function isOpenAICompatibleEndpoint(provider: Provider, pathname: string): boolean {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return provider.openAICompatibleEndpoints?.includes(path.toLowerCase()) === true;
}

/** False when a path on the provider's host belongs to another API the host also serves (Claude on Azure Foundry). */
export function isProviderPath(provider: Provider, pathname: string): boolean {
  const prefix = provider.pathPrefix;
  if (prefix === undefined) return true;
  const lower = pathname.toLowerCase();
  return lower === prefix || lower.startsWith(`${prefix}/`);
}

/**
 * The provider whose API a request URL goes to: its host's provider, unless the path belongs to
 * another API the host also serves (Claude under `/anthropic/` on an Azure Foundry host), whose
 * rules keylint does not know.
 */
export function providerForDestination(url: URL): Provider | undefined {
  const provider = providerForHost(url.hostname);
  return provider !== undefined && isProviderPath(provider, url.pathname) ? provider : undefined;
}

/** The provider a URL is sent to; undefined when it is not parseable or not a provider's API. */
export function providerForUrl(url: string): Provider | undefined {
  const parsed = parseHttpUrl(url);
  return parsed === undefined ? undefined : providerForDestination(parsed);
}

/** `new URL` that returns undefined instead of throwing, and only for http(s). */
export function parseHttpUrl(url: string): URL | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0', 'host.docker.internal']);

/** localhost, 127.x, ::1, *.localhost, *.local: OpenAI-compatible local servers (Ollama, LM Studio, vLLM). */
export function isLocalHost(host: string): boolean {
  const normalized = host.toLowerCase();
  return (
    LOOPBACK_HOSTS.has(normalized) ||
    /^127\.\d+\.\d+\.\d+$/.test(normalized) ||
    normalized.endsWith('.localhost') ||
    normalized.endsWith('.local') ||
    /^(10|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(normalized)
  );
}
