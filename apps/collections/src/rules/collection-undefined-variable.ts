import { closestMatch } from '@keylint/core';
import { defineCollectionRule } from '../postman/collection-rule.js';
import { DYNAMIC_VARIABLES, isDynamicVariable } from '../postman/dynamic-variables.js';
import { SCOPE_LABELS } from '../postman/variables.js';

const VAULT_PREFIX = 'vault:';

/** Names are case-sensitive in Postman, so a difference in case alone is the likeliest typo. */
function suggest(name: string, candidates: readonly string[], maximumDistance: number): string | undefined {
  const lower = name.toLowerCase();
  return candidates.find((candidate) => candidate !== name && candidate.toLowerCase() === lower) ?? closestMatch(name, candidates, { caseSensitive: true, maximumDistance });
}

function chainText(chain: readonly string[]): string {
  const shown = chain.length > 8 ? [...chain.slice(0, 4), '…', ...chain.slice(-3)] : chain;
  return shown.map((name) => (name === '…' ? name : `{{${name}}}`)).join(' → ');
}

const RUNAWAY_REASONS = {
  'too-deep': 'nests more levels of variables than Postman resolves (19)',
  'too-large': 'expands to more text than every variable written out together: references that multiply',
} as const;

function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` — did you mean {{${suggestion}}}?`;
}

export default defineCollectionRule({
  id: 'collection-undefined-variable',
  description: 'A {{variable}} that no scope defines is sent literally, braces and all.',
  severity: 'error',
  recommended: true,
  facts: ['variable-reference'],
  messages: {
    undefinedVariable: '{{{{name}}}} is not defined in the collection, the environment, globals, --env-var or any script; Postman sends the braces literally{{hint}}',
    disabledVariable: '{{{{name}}}} is only defined in {{scopes}}, where it is disabled; Postman sends the braces literally — enable it',
    cyclicVariable: '{{{{name}}}} never resolves: its variables refer back to each other ({{chain}}); Postman gives up and sends braces literally',
    runawayVariable: '{{{{name}}}} {{reason}} ({{chain}}); keylint stops resolving it and Postman cannot send it as meant',
    unknownDynamicVariable: '{{{{name}}}} is not a Postman dynamic variable and is sent literally{{hint}}',
  },
  check(fact, context) {
    const { name } = fact;
    if (name.startsWith(VAULT_PREFIX)) return;
    if (name.startsWith('$')) {
      if (isDynamicVariable(name) || fact.definedIn.length > 0) return;
      context.report({
        messageId: 'unknownDynamicVariable',
        data: { name, hint: didYouMean(suggest(name, DYNAMIC_VARIABLES, Math.max(2, Math.floor(name.length / 3)))) },
        anchor: 'reference',
      });
      return;
    }
    const problem = fact.expansionProblem;
    if (problem !== undefined && fact.definedIn.length > 0) {
      if (problem.kind === 'cycle') context.report({ messageId: 'cyclicVariable', data: { name, chain: chainText(problem.chain) }, anchor: 'reference' });
      else context.report({ messageId: 'runawayVariable', data: { name, reason: RUNAWAY_REASONS[problem.kind], chain: chainText(problem.chain) }, anchor: 'reference' });
      return;
    }
    if (fact.definedIn.length > 0 || fact.setByScript) return;
    if (fact.disabledIn.length > 0) {
      context.report({
        messageId: 'disabledVariable',
        data: { name, scopes: [...new Set(fact.disabledIn.map((scope) => SCOPE_LABELS[scope]))].join(' and ') },
        anchor: 'reference',
      });
      return;
    }
    const suggestion = suggest(name, fact.knownNames, Math.max(1, Math.floor(name.length / 4)));
    // Without an environment, globals or --env-var the variable may well be defined there; only a near miss is worth reporting.
    if (!fact.externalScopesSupplied && suggestion === undefined) return;
    context.report({ messageId: 'undefinedVariable', data: { name, hint: didYouMean(suggestion) }, anchor: 'reference' });
  },
});
