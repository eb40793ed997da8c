import { redactSecretsInText } from '../redact.js';
import { relativePath, type LintResult } from './results.js';

export interface TextFormatOptions {
  readonly cwd?: string;
  /** ANSI colours; the CLI turns them on only on a TTY and never with NO_COLOR. */
  readonly color?: boolean;
}

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', underline: '\u001b[4m', reset: '\u001b[0m' };

function paint(text: string, style: keyof typeof ANSI, color: boolean): string {
  return color ? `${ANSI[style]}${text}${ANSI.reset}` : text;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** ESLint's "stylish" layout: a file header, one aligned line per problem, a summary. */
export function formatText(results: readonly LintResult[], options: TextFormatOptions = {}): string {
  const color = options.color ?? false;
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    lines.push(paint(relativePath(result.filePath, options.cwd), 'underline', color));
    const positions = result.messages.map((message) => `${message.line}:${message.column}`);
    // A reduce, not Math.max(...): a file with 300 000 messages would overflow the call stack.
    const width = positions.reduce((widest, position) => Math.max(widest, position.length), 0);
    result.messages.forEach((message, index) => {
      const severity = message.severity === 2 ? paint('error', 'red', color) : paint('warning', 'yellow', color);
      const severityPadding = message.severity === 2 ? '  ' : '';
      const rule = message.ruleId === null ? '' : `  ${paint(message.ruleId, 'dim', color)}`;
      lines.push(`  ${paint((positions[index] ?? '').padEnd(width), 'dim', color)}  ${severity}${severityPadding}  ${redactSecretsInText(message.message)}${rule}`);
    });
    lines.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  lines.push(paint(summary, errors > 0 ? 'red' : 'yellow', color));
  if (fixable > 0) lines.push(paint(`  ${plural(fixable, 'problem')} potentially fixable with \`fix\`.`, errors > 0 ? 'red' : 'yellow', color));
  return `${lines.join('\n')}\n`;
}
