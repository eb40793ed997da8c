import type { StringNode } from './json-source.js';
import type { RuleDescriptor, RuleSetting, Severity } from '@keylint/core';
import { redactSecretsInText } from '@keylint/core';
import type { ScopeName } from './model.js';
import type { SourcedText } from './sourced-text.js';
import type { ExpansionProblem } from './variables.js';

/**
 * Rules that only a Postman export can break (undefined `{{variables}}`, shell syntax sent
 * literally, auth inheritance surprises). They have the shape of core's rules: metadata, messages
 * by id, a check over one fact. Their facts are collection facts; each names the places in the
 * file (`anchors`) a report can point at.
 */

export interface Anchor {
  readonly text: SourcedText;
  /** Where to point when the text is empty or comes from nowhere in this file. */
  readonly fallback: StringNode;
}

/** One `{{name}}` reference in a field Postman substitutes. */
export interface VariableReferenceFact {
  readonly kind: 'variable-reference';
  readonly name: string;
  /** Scopes with an enabled definition. */
  readonly definedIn: readonly ScopeName[];
  /** Scopes that define it but have it disabled (Postman skips those). */
  readonly disabledIn: readonly ScopeName[];
  /** A defined variable that still does not resolve: it refers back to itself, nests too deep or expands without bound. */
  readonly expansionProblem?: ExpansionProblem;
  readonly setByScript: boolean;
  /** Every name that is defined or set by a script, for did-you-mean. */
  readonly knownNames: readonly string[];
  /** True when an environment, globals or --env-var was supplied, so "defined nowhere" is knowable. */
  readonly externalScopesSupplied: boolean;
  readonly anchors: { readonly reference: Anchor };
}

/** A field whose text Postman sends as written (after `{{}}` substitution): header, URL, auth attribute, variable value. */
export interface FieldFact {
  readonly kind: 'field';
  /** How a message names the field: `header Authorization`, `the URL`, `variable OPENAI_API_KEY`. */
  readonly label: string;
  readonly value: string;
  readonly anchors: { readonly value: Anchor };
}

/** How one request authenticates once inheritance and the auth helpers have done their work. */
export interface RequestAuthFact {
  readonly kind: 'request-auth';
  readonly request: string;
  /** The request's own auth type; undefined when it inherits. */
  readonly ownType?: string;
  /** The auth the request uses, after inheritance. */
  readonly effectiveType?: string;
  /** Where the effective auth comes from: `the request`, `folder "Chat"`, `the collection`. */
  readonly effectiveOwner?: string;
  /** For a request with its own `noauth`: the auth its parents would have given it. */
  readonly parentType?: string;
  readonly parentOwner?: string;
  /** The bearer token as sent (after substitution), when the effective auth is bearer. */
  readonly bearerToken?: string;
  /** The apikey helper's header or query parameter name, when the effective auth is apikey. */
  readonly apiKeyName?: string;
  readonly apiKeyIn?: 'header' | 'query';
  /** Enabled headers written on the request, names as sent; each has an anchor `header<index>`. */
  readonly manualHeaders: readonly { readonly name: string; readonly index: number }[];
  readonly anchors: { readonly request: Anchor; readonly token?: Anchor } & Readonly<Record<string, Anchor | undefined>>;
}

export type CollectionFact = VariableReferenceFact | FieldFact | RequestAuthFact;
export type CollectionFactKind = CollectionFact['kind'];
export type CollectionFactOfKind<Kind extends CollectionFactKind> = Extract<CollectionFact, { kind: Kind }>;

export interface CollectionReport<MessageId extends string> {
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Which anchor of the fact the report points at. */
  readonly anchor: string;
  /** Span inside the anchor's text; the whole text by default. */
  readonly start?: number;
  readonly end?: number;
}

export interface CollectionRuleContext<MessageId extends string> {
  report(report: CollectionReport<MessageId>): void;
}

export interface CollectionRule<MessageId extends string = string> {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly recommended: boolean;
  readonly security?: boolean;
  readonly facts: readonly CollectionFactKind[];
  readonly messages: Readonly<Record<MessageId, string>>;
  readonly url: string;
  check(fact: CollectionFact, context: CollectionRuleContext<MessageId>): void;
}

export const COLLECTION_RULE_DOCS_BASE_URL = 'https://github.com/keylint/keylint/blob/main/apps/collections/docs/rules';

export function defineCollectionRule<const Kinds extends CollectionFactKind, MessageId extends string>(definition: {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly recommended: boolean;
  readonly security?: boolean;
  readonly facts: readonly Kinds[];
  readonly messages: Readonly<Record<MessageId, string>>;
  check(fact: CollectionFactOfKind<Kinds>, context: CollectionRuleContext<MessageId>): void;
}): CollectionRule<MessageId> {
  return { ...definition, url: `${COLLECTION_RULE_DOCS_BASE_URL}/${definition.id}.md` } as CollectionRule<MessageId>;
}

export interface CollectionFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly message: string;
  readonly severity: Severity;
  readonly anchor: Anchor;
  readonly start: number;
  readonly end: number;
}

function render(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => (name in data ? String(data[name]) : placeholder));
}

/** A rule ready to check facts one at a time, reporting into `findings`. */
function prepareRule(rule: CollectionRule, severity: Severity, findings: CollectionFinding[]): (fact: CollectionFact) => void {
  // One context per rule, reporting for the fact being checked (checks are synchronous).
  let fact: CollectionFact | undefined;
  const context: CollectionRuleContext<string> = {
    report(report) {
      if (fact === undefined) throw new Error(`Rule ${rule.id} reported outside its check`);
      const anchors = fact.anchors as Readonly<Record<string, Anchor | undefined>>;
      const anchor = anchors[report.anchor];
      if (anchor === undefined) throw new Error(`Rule ${rule.id} reported at unknown anchor ${report.anchor}`);
      const template = rule.messages[report.messageId as keyof typeof rule.messages];
      if (template === undefined) throw new Error(`Rule ${rule.id} has no message ${report.messageId}`);
      findings.push({
        ruleId: rule.id,
        messageId: report.messageId,
        message: redactSecretsInText(render(template, report.data ?? {})),
        severity,
        anchor,
        start: report.start ?? 0,
        end: report.end ?? anchor.text.text.length,
      });
    },
  };
  return (candidate) => {
    if (!rule.facts.includes(candidate.kind)) return;
    fact = candidate;
    try {
      rule.check(candidate, context);
    } finally {
      fact = undefined;
    }
  };
}

function activeRules(rules: readonly CollectionRule[], severities: Readonly<Record<string, RuleSetting>>, findings: CollectionFinding[]): ((fact: CollectionFact) => void)[] {
  const prepared: ((fact: CollectionFact) => void)[] = [];
  for (const rule of rules) {
    const setting = severities[rule.id];
    if (setting === 'off') continue;
    prepared.push(prepareRule(rule, setting ?? rule.severity, findings));
  }
  return prepared;
}

export function runCollectionRules(
  rules: readonly CollectionRule[],
  facts: readonly CollectionFact[],
  severities: Readonly<Record<string, RuleSetting>> = {},
): CollectionFinding[] {
  const findings: CollectionFinding[] = [];
  for (const check of activeRules(rules, severities, findings)) {
    for (const fact of facts) check(fact);
  }
  return findings;
}

/**
 * The collection rules as a sink for facts arriving one by one. Findings come fact by fact
 * rather than rule by rule; each rule still sees the facts in their order.
 */
export function collectionRuleRunner(rules: readonly CollectionRule[], severities: Readonly<Record<string, RuleSetting>> = {}): { readonly check: (fact: CollectionFact) => void; readonly findings: CollectionFinding[] } {
  const findings: CollectionFinding[] = [];
  const checks = activeRules(rules, severities, findings);
  return {
    check(fact) {
      for (const check of checks) check(fact);
    },
    findings,
  };
}

export function collectionRuleDescriptor(rule: CollectionRule): RuleDescriptor {
  return { id: rule.id, description: rule.description, severity: rule.severity, url: rule.url, ...(rule.security === true ? { security: true } : {}) };
}
