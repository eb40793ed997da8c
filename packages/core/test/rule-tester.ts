import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check.js';
import type { Fact } from '../src/facts.js';
import type { Finding } from '../src/findings.js';
import type { Rule } from '../src/rule.js';

export interface ExpectedFinding {
  readonly messageId: string;
  /** Span inside the field of the fact passed in; checked when given. */
  readonly start?: number;
  readonly end?: number;
  readonly field?: 'value' | 'name';
  readonly definition?: number;
  /** Text the message must contain (the variable name, the fix). */
  readonly messageIncludes?: readonly string[];
  /** The fixed field value, when the rule offers a fix. */
  readonly fixed?: string;
  /** The field value after applying each suggestion, in order. */
  readonly suggested?: readonly string[];
}

export interface RuleTestCases {
  /** Look-alikes the rule must stay silent on. */
  readonly valid: readonly { readonly title: string; readonly fact: Fact }[];
  /** Mistakes the rule must flag, with every finding it must report, in order. */
  readonly invalid: readonly { readonly title: string; readonly fact: Fact; readonly findings: readonly ExpectedFinding[] }[];
}

function fieldText(fact: Fact, field: 'value' | 'name'): string {
  if (field === 'name') return 'name' in fact && typeof fact.name === 'string' ? fact.name : '';
  if (fact.kind === 'endpoint') return fact.url;
  return 'value' in fact && typeof fact.value === 'string' ? fact.value : '';
}

function applyEdit(fact: Fact, edit: NonNullable<Finding['fix']>): string {
  const text = fieldText(fact, edit.field);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Runs one rule over tables of facts through the same `checkFacts` every surface uses. */
export function testRule(rule: Rule, cases: RuleTestCases): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.title, () => {
          const findings = checkFacts([testCase.fact], { rules: [rule] });
          expect(findings.map((finding) => `${finding.messageId}: ${finding.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.title, () => {
          const findings = checkFacts([testCase.fact], { rules: [rule] });
          expect(findings.map((finding) => finding.messageId)).toEqual(testCase.findings.map((expected) => expected.messageId));
          testCase.findings.forEach((expected, index) => {
            const finding = findings[index] as Finding;
            expect(finding.ruleId).toBe(rule.id);
            expect(finding.fact).toBe(testCase.fact);
            expect(finding.message).not.toMatch(/\{\{/);
            if (expected.field !== undefined) expect(finding.location.field).toBe(expected.field);
            if (expected.start !== undefined) expect(finding.location.start).toBe(expected.start);
            if (expected.end !== undefined) expect(finding.location.end).toBe(expected.end);
            if (expected.definition !== undefined) expect(finding.location.definition).toBe(expected.definition);
            for (const text of expected.messageIncludes ?? []) expect(finding.message).toContain(text);
            if (expected.fixed !== undefined) {
              expect(finding.fix).toBeDefined();
              expect(applyEdit(testCase.fact, finding.fix as NonNullable<Finding['fix']>)).toBe(expected.fixed);
            } else {
              expect(finding.fix).toBeUndefined();
            }
            if (expected.suggested !== undefined) {
              expect((finding.suggestions ?? []).map((suggestion) => applyEdit(testCase.fact, suggestion.fix))).toEqual(expected.suggested);
            }
          });
        });
      }
    });
  });
}
