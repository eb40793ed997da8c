import { redactSecretsInText } from '../redact.js';
import { relativePath, type LintResult } from './results.js';

// Escaping as @actions/core does it: data escapes %, CR, LF; properties also escape : and ,.
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** GitHub Actions workflow commands: one `::error file=…::message` line per problem. */
export function formatGithub(results: readonly LintResult[], options: { readonly cwd?: string; readonly toolName?: string } = {}): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, options.cwd);
    for (const message of result.messages) {
      const command = message.severity === 2 ? 'error' : 'warning';
      const properties = [`file=${escapeProperty(file)}`, `line=${message.line}`];
      const endLine = message.endLine ?? message.line;
      if (endLine !== message.line) properties.push(`endLine=${endLine}`);
      // Columns may only be given when the problem sits on one line.
      if (endLine === message.line) {
        properties.push(`col=${message.column}`);
        if (message.endColumn !== undefined) properties.push(`endColumn=${message.endColumn}`);
      }
      const title = `${options.toolName ?? 'keylint'}${message.ruleId === null ? '' : ` (${message.ruleId})`}`;
      properties.push(`title=${escapeProperty(title)}`);
      lines.push(`::${command} ${properties.join(',')}::${escapeData(redactSecretsInText(message.message))}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
