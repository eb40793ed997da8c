/**
 * Lint results in ESLint's shape (what `eslint --format json` prints), so that every tool that
 * reads ESLint JSON reads ours. Lines and columns are 1-based; columns count UTF-16 code units.
 */
export interface LintMessage {
  readonly ruleId: string | null;
  /** 1 = warning, 2 = error, as in ESLint. */
  readonly severity: 1 | 2;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly messageId?: string;
  /** A file-level problem (unreadable, binary, broken JSON): nothing in the file could be checked. */
  readonly fatal?: boolean;
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
  readonly suggestions?: readonly { readonly desc: string; readonly messageId?: string; readonly fix: { readonly range: readonly [number, number]; readonly text: string } }[];
}

export interface LintResult {
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly fatalErrorCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
}

/** What a report needs to know about a rule: catalog rules and surface-specific ones alike. */
export interface RuleDescriptor {
  readonly id: string;
  readonly description: string;
  readonly severity: 'error' | 'warn';
  readonly url?: string;
  /** A leaked-secret rule: SARIF gives it a security-severity so code scanning shows it as a security alert. */
  readonly security?: boolean;
}

/** Builds a result with the counts ESLint computes. */
export function createLintResult(filePath: string, messages: readonly LintMessage[]): LintResult {
  const sorted = [...messages].sort((left, right) => left.line - right.line || left.column - right.column);
  const errors = sorted.filter((message) => message.severity === 2);
  const warnings = sorted.filter((message) => message.severity === 1);
  return {
    filePath,
    messages: sorted,
    errorCount: errors.length,
    warningCount: warnings.length,
    fatalErrorCount: sorted.filter((message) => message.fatal === true).length,
    fixableErrorCount: errors.filter((message) => message.fix !== undefined).length,
    fixableWarningCount: warnings.filter((message) => message.fix !== undefined).length,
  };
}

/** One-line problem that stops a whole file from being checked (unreadable, not UTF-8, broken JSON). */
export function fatalMessage(message: string, line = 1, column = 1): LintMessage {
  return { ruleId: null, severity: 2, fatal: true, message, line, column };
}

/** A path relative to the working directory when it is inside it; forward slashes for SARIF and annotations. */
export function relativePath(filePath: string, cwd: string | undefined): string {
  const normalized = filePath.replaceAll('\\', '/');
  if (cwd === undefined) return normalized;
  const base = cwd.replaceAll('\\', '/').replace(/\/$/, '');
  return normalized.startsWith(`${base}/`) ? normalized.slice(base.length + 1) : normalized;
}

/** Where a finding sits in a file, as the adapter worked it out. */
export interface FilePosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}
