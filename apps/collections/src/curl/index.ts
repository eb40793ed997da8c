// Browser-safe: nothing under src/curl/ or src/rules/curl-* imports a Node built-in (a test checks it).
export { checkCurlText, type CheckCurlOptions } from './check.js';
export { detectShell, extractCurlCommands, languageForPath, type CurlCommand, type ExtractOptions, type InputLanguage, type MissingContinuation } from './extract.js';
export { factsFromCurlCommand, type CommandFacts, type FactLocation } from './facts.js';
export { curlOptionName, parseCurlArguments, type CurlOption, type ParsedCurlArguments } from './options.js';
export { CURL_RULE_DOCS_BASE_URL, defineCurlRule, type CurlRule, type CurlRuleContext, type CurlRuleMeta } from './rule.js';
export { curlRuleDescriptors, curlRules } from './rules.js';
export { LineMap, Source, tokenize } from './tokenizer/index.js';
export type * from './tokenizer/types.js';
