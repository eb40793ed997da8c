import { rules as catalog, type Rule } from '@keylint/core';
import { ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { collectCodeFacts } from './adapters/code-facts.js';
import { envFindings } from './env/env-findings.js';
import type { EnvSourceCode } from './env/env-source-code.js';
import { languagesOf } from './languages.js';
import { placeFindings, type FileFindings, type PlacedFinding } from './report.js';

export interface KeylintRuleDocs {
  /** In the `recommended` preset (every rule is in `strict`). */
  readonly recommended: boolean;
}

export type KeylintRule = TSESLint.RuleModule<string, [], KeylintRuleDocs> & { readonly name: string };

const createRule = ESLintUtils.RuleCreator<KeylintRuleDocs>((name) => catalog.find((rule) => rule.id === name)?.url ?? '');

/** Facts are extracted and checked once per file, whichever rule asks first; each rule then reports its own findings. */
const findingsBySourceCode = new WeakMap<object, FileFindings>();

function codeFindings(context: Readonly<TSESLint.RuleContext<string, []>>): FileFindings {
  const sourceCode = context.sourceCode;
  let findings = findingsBySourceCode.get(sourceCode);
  if (findings === undefined) {
    findings = placeFindings(collectCodeFacts(sourceCode, context.physicalFilename));
    findingsBySourceCode.set(sourceCode, findings);
  }
  return findings;
}

function environmentFindings(context: Readonly<TSESLint.RuleContext<string, []>>): FileFindings {
  const sourceCode = context.sourceCode as unknown as EnvSourceCode;
  let findings = findingsBySourceCode.get(sourceCode);
  if (findings === undefined) {
    findings = envFindings(sourceCode, context.physicalFilename);
    findingsBySourceCode.set(sourceCode, findings);
  }
  return findings;
}

interface LineColumn {
  readonly line: number;
  readonly column: number;
}

function report(context: Readonly<TSESLint.RuleContext<string, []>>, rule: Rule, placed: PlacedFinding): void {
  const sourceCode = context.sourceCode as unknown as { getLocFromIndex(index: number): LineColumn };
  const loc = { start: sourceCode.getLocFromIndex(placed.range[0]), end: sourceCode.getLocFromIndex(placed.range[1]) };
  // ESLint refuses fixes and suggestions from rules that did not declare them.
  const fix = rule.fixable === true ? placed.fix : undefined;
  const suggestions = rule.hasSuggestions === true ? placed.suggestions : [];
  context.report({
    loc,
    messageId: placed.messageId,
    data: placed.data,
    ...(fix === undefined ? {} : { fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([fix.range[0], fix.range[1]], fix.text) }),
    ...(suggestions.length === 0
      ? {}
      : {
          suggest: suggestions.map((suggestion) => ({
            messageId: suggestion.messageId,
            data: suggestion.data,
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([suggestion.range[0], suggestion.range[1]], suggestion.text),
          })),
        }),
  });
}

/** One ESLint rule for one catalog rule: same id, description, docs and messages; findings come from core. */
export function createKeylintRule(rule: Rule): KeylintRule {
  const reportAll = (context: Readonly<TSESLint.RuleContext<string, []>>, findings: FileFindings): void => {
    for (const placed of findings.get(rule.id) ?? []) report(context, rule, placed);
  };
  return createRule({
    name: rule.id,
    meta: {
      type: 'problem',
      docs: { description: rule.description, recommended: rule.recommended },
      messages: { ...rule.messages },
      ...(rule.fixable === true ? { fixable: 'code' as const } : {}),
      ...(rule.hasSuggestions === true ? { hasSuggestions: true } : {}),
      languages: languagesOf(rule),
      schema: [],
    },
    defaultOptions: [],
    create(context) {
      return {
        Program(_node: TSESTree.Program) {
          reportAll(context, codeFindings(context));
        },
        Document() {
          reportAll(context, environmentFindings(context));
        },
      };
    },
  });
}

/** Every catalog rule as an ESLint rule, keyed by id. */
export const keylintRules: Readonly<Record<string, KeylintRule>> = Object.fromEntries(catalog.map((rule) => [rule.id, createKeylintRule(rule)]));
