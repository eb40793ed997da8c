export type {
  ClientFact,
  EndpointFact,
  EnvDefinition,
  EnvDefinitionsFact,
  EnvVariableFact,
  Fact,
  FactKind,
  FactOfKind,
  FactOrigin,
  HeaderEntry,
  HeaderFact,
  IdentifierFact,
  KeyFact,
  Loader,
  Medium,
} from './facts.js';
export type { Finding, FindingLocation, Severity, Suggestion, TextEdit } from './findings.js';
export { defineRule, ruleDocsUrl, RULE_DOCS_BASE_URL, type ReportDescriptor, type Rule, type RuleCategory, type RuleContext, type RuleMeta } from './rule.js';
export { rules } from './rules/index.js';
export { lookupTable } from './table.js';
export { checkFacts, type CheckOptions, type RuleSetting } from './check.js';
export { factsFromSetting, isBaseUrlName, isKeyName, providerForName, type Setting } from './settings.js';
export { AUTH_HEADER_NAMES, credentialSpanInHeader, intendedAuthHeader, parseAuthorization, type AuthorizationParts } from './headers.js';
export {
  cleanKey,
  cleanKeyCandidate,
  coreSpan,
  isHighEntropyToken,
  isQuoteCharacter,
  keyContextOf,
  keyFamilyOf,
  keyProviderOf,
  keyShapeOf,
  keyEvidenceOf,
  keyShapesOfProvider,
  looksLikeSecret,
  placeholderOf,
  providerForKeyName,
  providerOfKeyVariable,
  suspiciousCharacter,
  toConstantCase,
  type CleanedKey,
  type KeyContext,
  type KeyEvidence,
  type Placeholder,
  type PlaceholderKind,
  type SecretContext,
  type SuspiciousCharacter,
  type SuspiciousCharacterKind,
} from './keys.js';
export { keyShapes, knownKeyPrefixes, OPENAI_KEY_MARKER, type KeyShape } from './providers/key-shapes.js';
export {
  factsAsOf,
  factsCheckedOn,
  getProvider,
  isLocalHost,
  parseHttpUrl,
  providerForDestination,
  providerForHost,
  providerForUrl,
  providers,
  type AuthScheme,
  type FactSource,
  type Provider,
  type ProviderId,
  type ProviderProvenance,
} from './providers/providers.js';
export { fingerprint, redact, redactSecretsInText } from './redact.js';
export { describeName } from './describe.js';
export { catalogRuleDescriptors, findingToLintMessage } from './lint-message.js';
export * from './format/index.js';
export type { FilePosition } from './format/results.js';
export { ConfigError, emptyConfig, normalizeConfig, type KeylintConfig } from './config.js';
export { decodeSourceText, type DecodeResult } from './decode.js';
export { closestMatch, editDistance } from './did-you-mean.js';
export { envFileLoadOrder, resolveEnvWinner, describeEnvSource, PROCESS_ENV_SOURCE } from './precedence.js';
export { ENV_NAME_REPLACEMENTS, SDK_ENV_NAMES, type EnvNameReplacement } from './env-names.js';
export { analyzeUrl, isSdkBaseUrl, type UrlAnalysis } from './endpoints.js';
export {
  matchOpenAIPath,
  matchRemovedOpenAIPath,
  openAIEndpointSource,
  openAIEndpoints,
  refusedOpenAIHeaders,
  removedOpenAIEndpoints,
  type HttpMethod,
  type OpenAIEndpoint,
  type OpenAIPathMatch,
  type RefusedOpenAIHeader,
  type RemovedOpenAIEndpoint,
} from './providers/openai-endpoints.js';
