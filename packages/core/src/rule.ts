import type { FactKind, FactOfKind } from './facts.js';
import type { Severity, TextEdit } from './findings.js';

export type RuleCategory = 'key' | 'header' | 'endpoint' | 'env';

/** Where the documentation of every rule lives; each surface links here. */
export const RULE_DOCS_BASE_URL = 'https://github.com/keylint/keylint/blob/main/packages/core/docs/rules';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE_URL}/${id}.md`;
}

export interface ReportDescriptor<MessageId extends string> {
  readonly messageId: MessageId;
  /** Placeholder values; never put a full key here, use `redact()`. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Which field the span is in; defaults to `value`. */
  readonly field?: 'value' | 'name';
  /** Span inside the field; defaults to the whole field. */
  readonly start?: number;
  readonly end?: number;
  readonly definition?: number;
  /** A fix that is certainly right. */
  readonly fix?: Omit<TextEdit, 'field'> & { readonly field?: 'value' | 'name' };
  /** Choices for a human. */
  readonly suggestions?: readonly {
    readonly messageId: MessageId;
    readonly data?: Readonly<Record<string, string | number>>;
    readonly fix: Omit<TextEdit, 'field'> & { readonly field?: 'value' | 'name' };
  }[];
}

export interface RuleContext<MessageId extends string> {
  report(descriptor: ReportDescriptor<MessageId>): void;
}

export interface RuleMeta<MessageId extends string = string> {
  /** `<category>-<name>`, kebab-case; the contract every surface, preset and CLI flag uses. */
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  /** One sentence, shown in docs tables, SARIF and `--help`. */
  readonly description: string;
  /** Which fact kinds the rule reads. A surface that never produces them never runs the rule. */
  readonly facts: readonly FactKind[];
  /** In the `recommended` presets (all rules are in `strict`). */
  readonly recommended: boolean;
  /** True when the rule is about a leaked secret: SARIF marks it as a security result. */
  readonly security?: boolean;
  readonly fixable?: boolean;
  readonly hasSuggestions?: boolean;
  readonly messages: Readonly<Record<MessageId, string>>;
}

export interface Rule<MessageId extends string = string> extends RuleMeta<MessageId> {
  readonly url: string;
  check(fact: FactOfKind<FactKind>, context: RuleContext<MessageId>): void;
}

/**
 * Declares a rule. The `url` is derived from the id so that no doc link is typed by hand, and the
 * `check` receives only the fact kinds the rule declared.
 */
export function defineRule<const Kinds extends FactKind, MessageId extends string>(
  definition: RuleMeta<MessageId> & {
    readonly facts: readonly Kinds[];
    check(fact: FactOfKind<Kinds>, context: RuleContext<MessageId>): void;
  },
): Rule<MessageId> {
  return { ...definition, url: ruleDocsUrl(definition.id) } as Rule<MessageId>;
}
