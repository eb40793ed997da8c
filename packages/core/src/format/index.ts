import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import type { LintResult, RuleDescriptor } from './results.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

export interface FormatOptions {
  readonly toolName: string;
  readonly toolVersion: string;
  readonly rules: readonly RuleDescriptor[];
  readonly cwd?: string;
  readonly color?: boolean;
}

/** One entry point for every CLI: the same results, in the format the user asked for. */
export function formatResults(format: OutputFormat, results: readonly LintResult[], options: FormatOptions): string {
  switch (format) {
    case 'text':
      return formatText(results, options);
    case 'json':
      return `${formatJson(results)}\n`;
    case 'sarif':
      return `${formatSarif(results, options)}\n`;
    case 'github':
      return formatGithub(results, options);
  }
}

export { formatGithub, formatJson, formatSarif, formatText };
export { createLintResult, fatalMessage, relativePath, type LintMessage, type LintResult, type RuleDescriptor } from './results.js';
