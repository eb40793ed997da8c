import { rules as catalog, type Rule } from '@keylint/core';
import type { TSESLint } from '@typescript-eslint/utils';
import { CodeFactCollector } from './adapters/code-facts.js';
import { envFindings } from './env/env-findings.js';
import type { EnvSourceCode } from './env/env-source-code.js';
import { languagesOf } from './languages.js';
import { placeFindings, type FileFindings, type PlacedFinding } from './report.js';

export interface KeylintRuleDocs {
  /** In the `recommended` preset (every rule is in `strict`). */
  readonly recommended: boolean;
}

export type KeylintRule = TSESLint.RuleModule<string, [], KeylintRuleDocs> & { readonly name: string };

/** Reports one rule's findings through that rule's own context. */
type Reporter = (findings: FileFindings) => void;

/**
 * Facts are extracted and checked once per file, however many rules run. ESLint creates every
 * rule for a file before it walks the file: the first keylint rule created collects the facts
 * during ESLint's walk and, at the end of the file, reports for every keylint rule created for
 * it, each through its own context. The other rules register no listener at all, so ESLint has
 * nothing to call for them.
 */
interface CodeFile {
  readonly sourceCode: object;
  readonly collector: CodeFactCollector;
  /** The rules created for this walk, in the order ESLint created them. */
  readonly reporters: Map<string, Reporter>;
}

/**
 * The file being linted, and the last `.env` file with its findings. ESLint lints one file at a
 * time (all rules created, one walk, reports), so one slot each is enough. Not a WeakMap keyed by
 * SourceCode: V8's young-generation collector keeps such an entry whose value refers back to its
 * key alive, and with it the file's AST, tokens and scopes, until the next full collection; every
 * file linted then survives into the old generation.
 */
let currentCodeFile: CodeFile | undefined;
let lastEnvFile: { readonly sourceCode: object; readonly findings: FileFindings } | undefined;

function environmentFindings(context: Readonly<TSESLint.RuleContext<string, []>>): FileFindings {
  const sourceCode = context.sourceCode as unknown as EnvSourceCode;
  if (lastEnvFile?.sourceCode !== sourceCode) lastEnvFile = { sourceCode, findings: envFindings(sourceCode, context.physicalFilename) };
  return lastEnvFile.findings;
}

const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

function listenersFor(context: Readonly<TSESLint.RuleContext<string, []>>, ruleId: string, reporter: Reporter): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  if ((sourceCode.ast as { type: string }).type !== 'Program') {
    return { Document: () => reporter(environmentFindings(context)) } as TSESLint.RuleListener;
  }
  // A rule created a second time for the same SourceCode means a new walk of it (Linter.verify
  // given a SourceCode object again): collect afresh.
  const existing = currentCodeFile;
  if (existing !== undefined && existing.sourceCode === sourceCode && !existing.reporters.has(ruleId)) {
    existing.reporters.set(ruleId, reporter);
    return NO_LISTENERS;
  }
  const file: CodeFile = { sourceCode, collector: new CodeFactCollector(sourceCode, context.physicalFilename), reporters: new Map([[ruleId, reporter]]) };
  currentCodeFile = file;
  return file.collector.listeners(() => {
    if (currentCodeFile === file) currentCodeFile = undefined;
    const findings = placeFindings(file.collector.sink);
    for (const report of file.reporters.values()) report(findings);
  }) as TSESLint.RuleListener;
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
  const create = (context: Readonly<TSESLint.RuleContext<string, []>>): TSESLint.RuleListener =>
    listenersFor(context, rule.id, (findings) => {
      for (const placed of findings.get(rule.id) ?? []) report(context, rule, placed);
    });
  // Built by hand in the shape typescript-eslint's RuleCreator gives (docs URL, empty default
  // options), without its wrapper around `create` (a structuredClone of the default options for
  // each rule in each file) and without loading typescript-eslint's utilities at run time.
  return {
    create,
    defaultOptions: [],
    meta: {
      type: 'problem',
      docs: { description: rule.description, recommended: rule.recommended, url: rule.url },
      messages: { ...rule.messages },
      ...(rule.fixable === true ? { fixable: 'code' as const } : {}),
      ...(rule.hasSuggestions === true ? { hasSuggestions: true } : {}),
      languages: languagesOf(rule),
      schema: [],
    },
    name: rule.id,
  };
}

/** Every catalog rule as an ESLint rule, keyed by id. */
export const keylintRules: Readonly<Record<string, KeylintRule>> = Object.fromEntries(catalog.map((rule) => [rule.id, createKeylintRule(rule)]));
