import collectionAuthInheritance from '../rules/collection-auth-inheritance.js';
import collectionShellSyntax from '../rules/collection-shell-syntax.js';
import collectionUndefinedVariable from '../rules/collection-undefined-variable.js';
import { collectionRuleDescriptor, type CollectionRule } from './collection-rule.js';
import type { RuleDescriptor } from '@keylint/core';

/** The rules only a Postman export can break, sorted by id. */
export const collectionRules: readonly CollectionRule[] = [collectionAuthInheritance, collectionShellSyntax, collectionUndefinedVariable] as readonly CollectionRule[];

export function collectionRuleDescriptors(): RuleDescriptor[] {
  return collectionRules.map(collectionRuleDescriptor);
}
