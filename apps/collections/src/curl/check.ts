import {
  checkFacts,
  findingToLintMessage,
  redactSecretsInText,
  rules as catalog,
  type Finding,
  type LintMessage,
  type RuleSetting,
  type Severity,
} from '@keylint/core';
import { extractCurlCommands, type CurlCommand, type InputLanguage } from './extract.js';
import { factsFromCurlCommand, type CommandFacts, type FieldLocation } from './facts.js';
import { curlRules } from './rules.js';
import { LineMap } from './tokenizer/source.js';
import { isInsideExpansion, originalSpan } from './tokenizer/words.js';

export interface CheckCurlOptions {
  readonly filePath?: string;
  /** How to read the text; from the file extension when omitted, pasted text otherwise. */
  readonly language?: InputLanguage;
  /** Per-rule severity overrides (core and cURL rules); `off` disables a rule. */
  readonly severities?: Readonly<Record<string, RuleSetting>>;
}

const KEY_RULES = new Set(catalog.filter((rule) => rule.category === 'key').map((rule) => rule.id));

function renderMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => (name in data ? String(data[name]) : placeholder));
}

function position(lineMap: LineMap, start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
  const from = lineMap.position(start);
  const to = lineMap.position(Math.max(start, end));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

function fieldLocation(commandFacts: CommandFacts, finding: Finding): FieldLocation | undefined {
  const location = commandFacts.locations.get(finding.fact);
  return finding.location.field === 'name' ? (location?.name ?? location?.value) : location?.value;
}

/**
 * A key check needs the key's value. Where the command has a shell variable instead, the value
 * is unknown here, so key findings on that text say nothing about the real key.
 */
function isAboutUnknownValue(finding: Finding, field: FieldLocation): boolean {
  if (!KEY_RULES.has(finding.ruleId)) return false;
  return isInsideExpansion(field.word, field.offset + finding.location.start, field.offset + Math.max(finding.location.end, finding.location.start + 1));
}

/** A fix maps to the file only when the span is written verbatim (no quotes or escapes inside it). */
function mappedFix(field: FieldLocation, edit: NonNullable<Finding['fix']>): { range: [number, number]; text: string } | undefined {
  if (!/^[\w ./:-]*$/.test(edit.text)) return undefined;
  const start = field.offset + edit.start;
  const end = field.offset + edit.end;
  const span = originalSpan(field.word, start, end);
  if (span.end - span.start !== end - start) return undefined;
  return { range: [span.start, span.end], text: edit.text };
}

function coreMessages(command: CurlCommand, lineMap: LineMap, options: CheckCurlOptions): LintMessage[] {
  const commandFacts = factsFromCurlCommand(command, options.filePath);
  const findings = checkFacts(commandFacts.facts, options.severities === undefined ? {} : { severities: options.severities });
  const messages: LintMessage[] = [];
  for (const finding of findings) {
    const field = fieldLocation(commandFacts, finding);
    if (field === undefined) continue;
    if (isAboutUnknownValue(finding, field)) continue;
    const span = originalSpan(field.word, field.offset + finding.location.start, field.offset + finding.location.end);
    const message = findingToLintMessage(finding, position(lineMap, span.start, span.end));
    const fix = finding.fix === undefined ? undefined : mappedFix(field, finding.fix);
    const suggestions = (finding.suggestions ?? []).flatMap((suggestion) => {
      const suggestionFix = mappedFix(field, suggestion.fix);
      return suggestionFix === undefined ? [] : [{ desc: suggestion.message, messageId: suggestion.messageId, fix: suggestionFix }];
    });
    messages.push({ ...message, ...(fix === undefined ? {} : { fix }), ...(suggestions.length === 0 ? {} : { suggestions }) });
  }
  return messages;
}

function curlRuleMessages(command: CurlCommand, lineMap: LineMap, options: CheckCurlOptions): LintMessage[] {
  const messages: LintMessage[] = [];
  for (const rule of curlRules) {
    const setting = options.severities?.[rule.id];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.severity;
    rule.check(command, {
      report(descriptor) {
        const template = rule.messages[descriptor.messageId];
        if (template === undefined) throw new Error(`Rule ${rule.id} has no message ${descriptor.messageId}`);
        messages.push({
          ruleId: rule.id,
          severity: severity === 'error' ? 2 : 1,
          message: redactSecretsInText(renderMessage(template, descriptor.data ?? {})),
          messageId: descriptor.messageId,
          ...position(lineMap, descriptor.start, descriptor.end),
        });
      },
    });
  }
  return messages;
}

/**
 * Finds the curl commands in a shell script, a Markdown file or pasted text and checks them: the
 * core rules over the facts each command carries, and the cURL rules over its tokens. Runs in
 * the browser as well as in Node.
 */
export function checkCurlText(text: string, options: CheckCurlOptions = {}): LintMessage[] {
  const lineMap = new LineMap(text);
  const messages: LintMessage[] = [];
  for (const command of extractCurlCommands(text, options)) {
    // Appended one by one: a spread of a very long list overflows the call stack.
    for (const message of curlRuleMessages(command, lineMap, options)) messages.push(message);
    for (const message of coreMessages(command, lineMap, options)) messages.push(message);
  }
  const seen = new Set<string>();
  return messages
    .filter((message) => {
      const key = `${message.ruleId}:${message.messageId}:${message.line}:${message.column}:${message.endLine}:${message.endColumn}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((left, right) => left.line - right.line || left.column - right.column || (left.ruleId ?? '').localeCompare(right.ruleId ?? ''));
}
