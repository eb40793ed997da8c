/**
 * The providers keylint knows, as data. Facts come from shared/reference/openai.md; OpenAI is the
 * deepest (its endpoints live in openai-endpoints.ts), the others are at least detected so that a
 * key can be matched to the wrong provider.
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
  /** Typos and look-alikes of its host seen in the wild, with the certain replacement (`api.openai.co`). */
  readonly wrongHosts?: readonly string[];
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
  },
  {
    id: 'azure-openai',
    name: 'Azure OpenAI',
    hosts: [],
    hostSuffixes: ['.openai.azure.com', '.cognitiveservices.azure.com', '.services.ai.azure.com'],
    baseUrl: 'https://{resource}.openai.azure.com/openai',
    auth: { header: 'api-key' },
    keyEnvNames: ['AZURE_OPENAI_API_KEY'],
    baseUrlEnvNames: ['AZURE_OPENAI_ENDPOINT'],
    nameHints: ['AZURE_OPENAI', 'AZURE'],
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    hosts: ['api.anthropic.com'],
    baseUrl: 'https://api.anthropic.com',
    versionPrefix: '/v1',
    auth: { header: 'x-api-key' },
    requiredHeaders: [{ name: 'anthropic-version', example: '2023-06-01' }],
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
    wrongHosts: ['anthropic.com', 'www.anthropic.com', 'api.antropic.com', 'api.anthropic.co', 'api.anthropics.com', 'console.anthropic.com', 'claude.ai', 'api.claude.ai'],
  },
  {
    id: 'gemini',
    name: 'Google Gemini',
    hosts: ['generativelanguage.googleapis.com'],
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    versionPrefix: '/v1beta',
    auth: { header: 'x-goog-api-key' },
    keyEnvNames: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
    nameHints: ['GEMINI', 'GOOGLE'],
    keyQueryParameter: 'key',
    basePaths: ['', '/v1beta', '/v1beta/openai', '/v1', '/v1alpha'],
    openAICompatiblePrefix: '/v1beta/openai',
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
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    hosts: ['api.perplexity.ai'],
    baseUrl: 'https://api.perplexity.ai',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
    nameHints: ['PERPLEXITY', 'PPLX'],
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
  },
  {
    id: 'cohere',
    name: 'Cohere',
    hosts: ['api.cohere.com', 'api.cohere.ai'],
    baseUrl: 'https://api.cohere.com',
    auth: { header: 'authorization', scheme: 'Bearer' },
    keyEnvNames: ['CO_API_KEY', 'COHERE_API_KEY'],
    nameHints: ['COHERE'],
  },
  {
    id: 'replicate',
    name: 'Replicate',
    hosts: ['api.replicate.com'],
    baseUrl: 'https://api.replicate.com/v1',
    versionPrefix: '/v1',
    auth: { header: 'authorization', scheme: 'Token' },
    keyEnvNames: ['REPLICATE_API_TOKEN', 'REPLICATE_API_KEY'],
    nameHints: ['REPLICATE'],
  },
];

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

/** The provider a URL is sent to; undefined when it is not parseable or not a provider host. */
export function providerForUrl(url: string): Provider | undefined {
  const parsed = parseHttpUrl(url);
  return parsed === undefined ? undefined : providerForHost(parsed.hostname);
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
