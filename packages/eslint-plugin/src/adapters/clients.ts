import { getProvider, lookupTable, providerForUrl, type ClientFact, type ProviderId } from '@keylint/core';
import type { TSESTree } from '@typescript-eslint/utils';
import { envReadName } from './env-reads.js';
import { addHeaderFacts, readHeaderSet } from './headers.js';
import { optionsObject, propertyNamed } from './endpoints.js';
import type { FactSink } from './sink.js';
import { isStringLiteral, type NameNode } from './static-text.js';

interface ClientConstructor {
  readonly provider: ProviderId;
  /** The key is the first argument rather than an `apiKey` option. */
  readonly positionalKey?: boolean;
}

/** SDK client classes by the name they are imported under, and the provider each talks to by default. */
const CLIENT_CONSTRUCTORS = lookupTable<ClientConstructor>({
  OpenAI: { provider: 'openai' },
  AzureOpenAI: { provider: 'azure-openai' },
  Anthropic: { provider: 'anthropic' },
  Groq: { provider: 'groq' },
  Mistral: { provider: 'mistral' },
  CohereClient: { provider: 'cohere' },
  CohereClientV2: { provider: 'cohere' },
  Replicate: { provider: 'replicate' },
  OpenRouter: { provider: 'openrouter' },
  GoogleGenAI: { provider: 'gemini' },
  GoogleGenerativeAI: { provider: 'gemini', positionalKey: true },
  HfInference: { provider: 'huggingface', positionalKey: true },
  InferenceClient: { provider: 'huggingface', positionalKey: true },
});

/** Options that hold the base URL, by SDK. */
const BASE_URL_OPTIONS = ['baseURL', 'baseUrl', 'endpoint', 'serverURL'];

/** The options that hold the key, by SDK. */
const KEY_OPTIONS = new Set(['apiKey', 'authToken', 'auth', 'token', 'accessToken']);

/**
 * Where a key expression comes from: a string written here, an environment read (directly, through
 * a `const`, or as the first choice of `??` / `||`), or something only known at run time.
 */
function keySourceOf(sink: FactSink, node: TSESTree.Node): NonNullable<ClientFact['keySource']> {
  const resolved = sink.resolver.resolveExpression(node);
  if (resolved.type === 'LogicalExpression' && (resolved.operator === '??' || resolved.operator === '||')) return keySourceOf(sink, resolved.left);
  if (envReadName(resolved) !== undefined) return 'environment';
  return sink.resolver.staticText(resolved, false) === undefined ? 'runtime' : 'literal';
}

function constructorName(callee: TSESTree.Node): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

export function isClientConstructor(node: TSESTree.NewExpression): boolean {
  const name = constructorName(node.callee);
  return name !== undefined && Object.hasOwn(CLIENT_CONSTRUCTORS, name);
}

function keyText(property: TSESTree.Property): { name: string; nameNode: NameNode } | undefined {
  if (property.computed) return undefined;
  if (property.key.type === 'Identifier') return { name: property.key.name, nameNode: property.key };
  if (isStringLiteral(property.key)) return { name: property.key.value, nameNode: property.key };
  return undefined;
}

/**
 * `new OpenAI({ apiKey, baseURL, organization, project, dangerouslyAllowBrowser, defaultHeaders })`
 * and its siblings: the key knows its provider (from the class, or from a static `baseURL` that
 * points elsewhere: Groq, OpenRouter, a local server), the base URL is an endpoint, the IDs are IDs.
 */
export function addClient(sink: FactSink, node: TSESTree.NewExpression): void {
  const name = constructorName(node.callee);
  const client = name === undefined ? undefined : CLIENT_CONSTRUCTORS[name];
  if (client === undefined) return;
  const options = optionsObject(sink, client.positionalKey === true ? node.arguments[1] : node.arguments[0]);
  const baseUrlProperty = options === undefined ? undefined : BASE_URL_OPTIONS.map((option) => propertyNamed(options, option)).find((property) => property !== undefined);
  const baseUrl = baseUrlProperty === undefined ? undefined : sink.resolver.staticText(baseUrlProperty.value, false);
  // A base URL we cannot read may point anywhere; one we can read names the provider (none for a gateway).
  const provider = baseUrlProperty === undefined ? client.provider : baseUrl === undefined ? undefined : providerForUrl(baseUrl.text)?.id;
  const destination = baseUrl?.text ?? (provider === undefined || baseUrlProperty !== undefined ? undefined : getProvider(provider).baseUrl);
  const context = {
    ...(provider === undefined ? {} : { provider }),
    ...(destination === undefined || destination.includes('{') ? {} : { destination }),
    sdkProvider: client.provider,
  };

  const positionalKey = client.positionalKey === true ? node.arguments[0] : undefined;
  if (positionalKey !== undefined) sink.addSetting('apiKey', undefined, positionalKey, context);

  let keySource: ClientFact['keySource'] = positionalKey === undefined ? undefined : keySourceOf(sink, positionalKey);
  let browserProperty: TSESTree.Property | undefined;
  let dangerouslyAllowBrowser: boolean | undefined;
  for (const property of options?.properties ?? []) {
    if (property.type !== 'Property') continue;
    const key = keyText(property);
    if (key === undefined) continue;
    sink.claimed.add(property);
    if (key.name === 'dangerouslyAllowBrowser') {
      const value = sink.resolver.resolveExpression(property.value);
      browserProperty = property;
      if (value.type === 'Literal' && typeof value.value === 'boolean') dangerouslyAllowBrowser = value.value;
    } else if (key.name === 'defaultHeaders') {
      const headers = readHeaderSet(sink, property.value);
      if (headers !== undefined) addHeaderFacts(sink, headers, context);
    } else {
      if (KEY_OPTIONS.has(key.name)) keySource = keySourceOf(sink, property.value);
      sink.addSetting(key.name, key.nameNode, property.value, context);
    }
  }
  const fact: ClientFact = {
    kind: 'client',
    origin: sink.origin,
    ...(provider === undefined ? {} : { provider }),
    sdk: client.provider,
    ...(dangerouslyAllowBrowser === undefined ? {} : { dangerouslyAllowBrowser }),
    ...(keySource === undefined ? {} : { keySource }),
  };
  sink.add(fact, { node: browserProperty ?? node });
}
