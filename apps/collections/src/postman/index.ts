export { checkPostmanText, checkPostmanDocument, type PostmanCheckOptions, type PostmanCheckResult, type LocatedFinding } from './check.js';
export { analyzePostman, type PostmanInputs } from './analyze.js';
export { detectFormat, type PostmanFormat } from './format.js';
export { collectionRules, collectionRuleDescriptors } from './collection-rules.js';
export { defineCollectionRule, runCollectionRules, type CollectionRule, type CollectionFact } from './collection-rule.js';
export { DYNAMIC_VARIABLES, isDynamicVariable } from './dynamic-variables.js';
