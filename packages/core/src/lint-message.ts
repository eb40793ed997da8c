import type { Finding } from './findings.js';
import type { FilePosition, LintMessage, RuleDescriptor } from './format/results.js';
import { rules } from './rules/index.js';

/** A finding as an ESLint-shaped message, at the position the adapter mapped it to. */
export function findingToLintMessage(finding: Finding, position: FilePosition): LintMessage {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    message: finding.message,
    messageId: finding.messageId,
    line: position.line,
    column: position.column,
    endLine: position.endLine,
    endColumn: position.endColumn,
  };
}

/** The catalog as report descriptors (for SARIF), to which each surface adds its own rules. */
export function catalogRuleDescriptors(): RuleDescriptor[] {
  return rules.map((rule) => ({
    id: rule.id,
    description: rule.description,
    severity: rule.severity,
    url: rule.url,
    ...(rule.security === true ? { security: true } : {}),
  }));
}
