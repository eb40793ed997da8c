import type { Fact, HeaderFact, IdentifierFact, KeyFact } from './facts.js';
import type { Finding, FindingLocation, Severity, Suggestion, TextEdit } from './findings.js';
import { redactSecretsInText } from './redact.js';
import type { ReportDescriptor, Rule } from './rule.js';
import { rules as catalog } from './rules/index.js';
import { credentialSpanInHeader, identifierForHeader } from './headers.js';
import { keyEvidenceOf, type KeyEvidence } from './keys.js';

export type RuleSetting = Severity | 'off';

export interface CheckOptions {
  /** Rules to run; the whole catalog by default. */
  readonly rules?: readonly Rule[];
  /** Per-rule severity overrides; `off` disables a rule. */
  readonly severities?: Readonly<Record<string, RuleSetting>>;
}

/** A fact core derived from another (the key inside an Authorization header), with its offset in the parent's value. */
interface DerivedFact {
  readonly fact: Fact;
  readonly parent: Fact;
  readonly offset: number;
}

function deriveFacts(fact: Fact): DerivedFact[] {
  if (fact.kind !== 'header') return [];
  const derived: DerivedFact[] = [];
  const credential = credentialSpanInHeader(fact.name, fact.value);
  // A credential only known at run time (a stand-in in the value) is no key to judge.
  const runtimeCredential = credential !== undefined && (fact.runtimeSpans ?? []).some((span) => span.start < credential.end && span.end > credential.start);
  if (credential !== undefined && !runtimeCredential) {
    const key: KeyFact = {
      kind: 'key',
      value: fact.value.slice(credential.start, credential.end),
      name: fact.name,
      literal: fact.literal,
      origin: fact.origin,
      ...(fact.destination === undefined ? {} : { destination: fact.destination }),
      ...(fact.provider === undefined ? {} : { provider: fact.provider }),
    };
    derived.push({ fact: key, parent: fact, offset: credential.start });
  }
  const identifier = identifierForHeader(fact as HeaderFact);
  if (identifier !== undefined) {
    const identifierFact: IdentifierFact = { kind: 'identifier', identifier, name: fact.name, value: fact.value, origin: fact.origin };
    derived.push({ fact: identifierFact, parent: fact, offset: 0 });
  }
  return derived;
}

function secretsOf(fact: Fact): string[] {
  switch (fact.kind) {
    case 'key':
    case 'header':
      return [fact.value];
    case 'env-variable':
      return fact.value === undefined ? [] : [fact.value];
    case 'env-definitions':
      return fact.definitions.map((definition) => definition.value);
    default:
      return [];
  }
}

function renderMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    name in data ? String(data[name]) : placeholder,
  );
}

function fieldLength(fact: Fact, field: 'value' | 'name'): number {
  if (fact.kind === 'endpoint') return field === 'value' ? fact.url.length : (fact.name ?? '').length;
  if (fact.kind === 'env-definitions' || fact.kind === 'client') return field === 'name' && fact.kind === 'env-definitions' ? fact.name.length : 0;
  if (field === 'name') return ('name' in fact ? (fact.name ?? '') : '').length;
  return ('value' in fact ? (fact.value ?? '') : '').length;
}

/**
 * Runs every rule that reads a fact's kind over that fact (and over facts core derives from it,
 * such as the key inside an `Authorization` header) and returns the findings, messages rendered
 * and redacted, spans in the coordinates of the fact the adapter passed in.
 */
export function checkFacts(facts: readonly Fact[], options: CheckOptions = {}): Finding[] {
  const activeRules = (options.rules ?? catalog).filter((rule) => options.severities?.[rule.id] !== 'off');
  // The rules that read each kind of fact, in catalog order, found once per call rather than once per fact.
  const rulesByKind = new Map<Fact['kind'], readonly { readonly rule: Rule; readonly severity: Severity }[]>();
  const rulesFor = (kind: Fact['kind']): readonly { readonly rule: Rule; readonly severity: Severity }[] => {
    let found = rulesByKind.get(kind);
    if (found === undefined) {
      found = activeRules
        .filter((rule) => rule.facts.includes(kind))
        .map((rule) => ({ rule, severity: (options.severities?.[rule.id] as Severity | undefined) ?? rule.severity }));
      rulesByKind.set(kind, found);
    }
    return found;
  };
  const findings: Finding[] = [];
  for (const fact of facts) {
    const candidates: DerivedFact[] = fact.kind === 'header' ? [{ fact, parent: fact, offset: 0 }, ...deriveFacts(fact)] : [{ fact, parent: fact, offset: 0 }];
    // Only a finding needs the secrets it must not print.
    let secrets: string[] | undefined;
    for (const candidate of candidates) {
      const rulesOfKind = rulesFor(candidate.fact.kind);
      if (rulesOfKind.length === 0) continue;
      // No key rule judges a value nothing says is an API key (see keyEvidenceOf).
      const evidence = candidate.fact.kind === 'key' ? keyEvidenceOf(candidate.fact) : undefined;
      if (candidate.fact.kind === 'key' && evidence === undefined) continue;
      for (const { rule, severity } of rulesOfKind) {
        const report = (descriptor: ReportDescriptor<string>): void => {
          secrets ??= candidates.flatMap((each) => secretsOf(each.fact));
          findings.push(buildFinding(rule, severity, candidate, descriptor, secrets, evidence));
        };
        rule.check(candidate.fact, { report });
      }
    }
  }
  return findings;
}

function shiftEdit(edit: ReportDescriptor<string>['fix'], offset: number, derived: boolean): TextEdit | undefined {
  if (edit === undefined) return undefined;
  const field = edit.field ?? 'value';
  // A derived fact's name is its parent's name; only value offsets move.
  const shift = derived && field === 'value' ? offset : 0;
  return { field, start: edit.start + shift, end: edit.end + shift, text: edit.text };
}

function buildFinding(
  rule: Rule,
  severity: Severity,
  candidate: DerivedFact,
  descriptor: ReportDescriptor<string>,
  secrets: readonly string[],
  evidence: KeyEvidence | undefined,
): Finding {
  const data = descriptor.data ?? {};
  const template = rule.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`Rule ${rule.id} has no message ${descriptor.messageId}`);
  const derived = candidate.fact !== candidate.parent;
  const field = descriptor.field ?? 'value';
  const shift = derived && field === 'value' ? candidate.offset : 0;
  const start = (descriptor.start ?? 0) + shift;
  const end = (descriptor.end ?? fieldLength(candidate.fact, field)) + shift;
  const location: FindingLocation = {
    field,
    start,
    end,
    ...(descriptor.definition === undefined ? {} : { definition: descriptor.definition }),
  };
  const stringData = Object.fromEntries(
    Object.entries(data).map(([name, value]) => [name, redactSecretsInText(String(value), secrets)]),
  );
  const suggestions: Suggestion[] | undefined = descriptor.suggestions?.map((suggestion) => ({
    messageId: suggestion.messageId,
    message: redactSecretsInText(renderMessage(rule.messages[suggestion.messageId] ?? suggestion.messageId, suggestion.data ?? {}), secrets),
    data: Object.fromEntries(Object.entries(suggestion.data ?? {}).map(([name, value]) => [name, redactSecretsInText(String(value), secrets)])),
    fix: shiftEdit(suggestion.fix, candidate.offset, derived) as TextEdit,
  }));
  const fix = shiftEdit(descriptor.fix, candidate.offset, derived);
  return {
    ruleId: rule.id,
    messageId: descriptor.messageId,
    message: redactSecretsInText(renderMessage(template, stringData), secrets),
    data: stringData,
    severity,
    fact: candidate.parent,
    location,
    ...(fix === undefined ? {} : { fix }),
    ...(suggestions === undefined || suggestions.length === 0 ? {} : { suggestions }),
    ...(evidence === undefined ? {} : { evidence }),
  };
}
