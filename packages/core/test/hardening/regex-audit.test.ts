import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { regexProblems } from './regex-analysis.js';

/**
 * Linear-time audit: every regular expression in every package's `src/` (literals and
 * `new RegExp(…)`), found with the TypeScript parser, must be free of the shapes that backtrack
 * exponentially. A pattern built at run time cannot be audited and must be in ALLOWED with why.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const SOURCE_DIRECTORIES = ['packages/core/src', 'packages/dotenv/src', 'packages/eslint-plugin/src', 'apps/collections/src', 'apps/collections/web'];

interface FoundRegex {
  readonly file: string;
  readonly line: number;
  /** undefined when the pattern is only known at run time. */
  readonly source?: string;
  readonly flags: string;
  /** What the code says, for the report and the allowlist. */
  readonly text: string;
}

/** Patterns allowed although the audit cannot prove them safe, each with the reason it is. */
const ALLOWED: readonly { readonly file: string; readonly text: string; readonly why: string }[] = [
  {
    file: 'packages/core/src/settings.ts',
    text: 'new RegExp(`(?:^|_)${hint}(?:_|$)`)',
    why: 'hint is a fixed upper-case word from the provider table (OPENAI, ANTHROPIC…): no quantifier, run on one variable name',
  },
  {
    file: 'packages/core/src/keys.ts',
    text: 'new RegExp(`(?:^|_)${hint}_(?:API_?)?(?:KEY|TOKEN|SECRET_KEY)$`)',
    why: 'hint is a fixed upper-case word from the provider table; the only quantifier is a single optional `_`',
  },
  {
    file: 'packages/dotenv/src/checks/schema.ts',
    text: "new RegExp(entry['regex'], 'u')",
    why: "the user's own dotenv-linter schema regex, run on their own values as dotenv-linter does; not ours to audit",
  },
];

function sourceFiles(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(ROOT, directory), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The value of a string expression when it is known without running the code (literals, String.raw, `+`, same-file constants). */
function staticString(node: ts.Expression, file: ts.SourceFile, depth = 0): string | undefined {
  if (depth > 10) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return staticString(node.expression, file, depth + 1);
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = staticString(node.left, file, depth + 1);
    const right = staticString(node.right, file, depth + 1);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isIdentifier(node)) {
    let value: string | undefined;
    const visit = (candidate: ts.Node): void => {
      if (ts.isVariableDeclaration(candidate) && ts.isIdentifier(candidate.name) && candidate.name.text === node.text && candidate.initializer !== undefined) {
        value = staticString(candidate.initializer, file, depth + 1);
      }
      ts.forEachChild(candidate, visit);
    };
    visit(file);
    return value;
  }
  return undefined;
}

function regexesIn(path: string): FoundRegex[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const lineOf = (node: ts.Node): number => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const end = literal.lastIndexOf('/');
      found.push({ file: path, line: lineOf(node), source: literal.slice(1, end), flags: literal.slice(end + 1), text: literal });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [patternArgument, flagsArgument] = node.arguments ?? [];
      const source = patternArgument === undefined ? '' : staticString(patternArgument, file);
      const flags = flagsArgument === undefined ? '' : (staticString(flagsArgument, file) ?? '');
      found.push({ file: path, line: lineOf(node), flags, text: node.getText(file), ...(source === undefined ? {} : { source }) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function allowed(regex: FoundRegex): boolean {
  return ALLOWED.some((entry) => entry.file === regex.file && entry.text === regex.text);
}

describe('the regex analysis itself', () => {
  it.each([
    ['(a+)+', 'nested-quantifier'],
    ['(\\w*\\s?)*', 'nested-quantifier'],
    ['^(?:[a-z]+)*$', 'nested-quantifier'],
    ['((ab)+)+x', 'nested-quantifier'],
    ['(a{1,3})+', 'nested-quantifier'],
    ['(a|a)*', 'overlapping-alternation'],
    ['(\\w|\\d)+', 'overlapping-alternation'],
    ['(?:\\s|\\u00a0)*x', 'overlapping-alternation'],
  ])('flags %s', (source, kind) => {
    expect(regexProblems(source, 'u').map((problem) => problem.kind)).toContain(kind);
  });

  it.each([
    '(\\.\\d+)*',
    '[a-z]+',
    '(a|b)*',
    '(?:sk-|gsk_|xai-)[A-Za-z0-9_-]{12,}',
    '(a|ab)*c',
    "'(?:\\\\'|[^'])*'",
    '(?:\\d{1,3}\\.){3}\\d{1,3}',
    '(?=(a+))\\1',
    '^[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*$',
  ])('passes %s', (source) => {
    expect(regexProblems(source, 'u')).toEqual([]);
  });
});

describe('every regex in every package source', () => {
  const regexes = SOURCE_DIRECTORIES.flatMap(sourceFiles).flatMap(regexesIn);

  it('finds the regexes (the extraction works)', () => {
    expect(regexes.length).toBeGreaterThan(100);
    expect(new Set(regexes.map((regex) => regex.file.split('/').slice(0, 2).join('/')))).toEqual(new Set(['packages/core', 'packages/dotenv', 'packages/eslint-plugin', 'apps/collections']));
  });

  it('has no nested quantifier and no repeated overlapping alternation', () => {
    const problems = regexes
      .filter((regex) => regex.source !== undefined && !allowed(regex))
      .flatMap((regex) => regexProblems(regex.source ?? '', regex.flags).map((problem) => `${regex.file}:${regex.line} ${regex.text}: ${problem.kind} in ${problem.part}`));
    expect(problems).toEqual([]);
  });

  it('builds no pattern at run time unless it is allowed with a reason', () => {
    const dynamic = regexes.filter((regex) => regex.source === undefined && !allowed(regex)).map((regex) => `${regex.file}:${regex.line} ${regex.text}`);
    expect(dynamic).toEqual([]);
  });

  it('keeps no stale allowlist entry', () => {
    for (const entry of ALLOWED) {
      expect(entry.why.length).toBeGreaterThan(20);
      expect(regexes.some((regex) => regex.file === entry.file && regex.text === entry.text), `${entry.file}: ${entry.text}`).toBe(true);
    }
  });

  it('every pattern parses', () => {
    for (const regex of regexes) if (regex.source !== undefined) expect(() => regexProblems(regex.source ?? '', regex.flags), `${regex.file}:${regex.line}`).not.toThrow();
  });
});
