import { parseControlComment } from './control-comment.js';
import type { DotenvCheck } from './define-check.js';
import DuplicatedKey from './DuplicatedKey.js';
import EndingBlankLine from './EndingBlankLine.js';
import ExtraBlankLine from './ExtraBlankLine.js';
import IncorrectDelimiter from './IncorrectDelimiter.js';
import KeyWithoutValue from './KeyWithoutValue.js';
import LeadingCharacter from './LeadingCharacter.js';
import type { LineEntry } from './line-entry.js';
import LowercaseKey from './LowercaseKey.js';
import type { CheckName } from './names.js';
import QuoteCharacter from './QuoteCharacter.js';
import type { DotenvSchema } from './schema.js';
import SchemaViolation from './SchemaViolation.js';
import SpaceCharacter from './SpaceCharacter.js';
import SubstitutionKey from './SubstitutionKey.js';
import TrailingWhitespace from './TrailingWhitespace.js';
import UnorderedKey from './UnorderedKey.js';
import ValueWithoutQuotes from './ValueWithoutQuotes.js';

/** Every check, in dotenv-linter's run order (same-line warnings come out in this order). */
export const dotenvChecks: readonly DotenvCheck[] = [
  DuplicatedKey,
  EndingBlankLine,
  ExtraBlankLine,
  IncorrectDelimiter,
  KeyWithoutValue,
  LeadingCharacter,
  LowercaseKey,
  QuoteCharacter,
  SpaceCharacter,
  SubstitutionKey,
  TrailingWhitespace,
  UnorderedKey,
  ValueWithoutQuotes,
  SchemaViolation,
];

/** The order fixers run in upstream: line fixers first, then the whole-file ones. */
const FIX_ORDER: readonly CheckName[] = [
  'KeyWithoutValue',
  'LowercaseKey',
  'SpaceCharacter',
  'TrailingWhitespace',
  'LeadingCharacter',
  'ValueWithoutQuotes',
  'QuoteCharacter',
  'IncorrectDelimiter',
  'ExtraBlankLine',
  'SubstitutionKey',
  'UnorderedKey',
  'DuplicatedKey',
  'EndingBlankLine',
];

export interface DotenvWarning {
  readonly line: number;
  readonly check: CheckName;
  readonly message: string;
}

export interface RunOptions {
  readonly ignore?: ReadonlySet<string>;
  readonly schema?: DotenvSchema;
}

/** Runs the checks line by line, honouring `# dotenv-linter:off/on` comments. */
export function runChecks(lines: readonly LineEntry[], options: RunOptions = {}): DotenvWarning[] {
  const active = dotenvChecks
    .filter((check) => !(options.ignore?.has(check.name) ?? false))
    .filter((check) => check.name !== 'SchemaViolation' || options.schema !== undefined)
    .map((check) => ({ check, run: check.create(options.schema === undefined ? {} : { schema: options.schema }) }));
  const disabled = new Set<string>();
  const warnings: DotenvWarning[] = [];
  for (const line of lines) {
    const control = line.comment === undefined ? undefined : parseControlComment(line.comment);
    if (control !== undefined) {
      for (const name of control.checks) {
        if (control.disable) disabled.add(name);
        else disabled.delete(name);
      }
    }
    for (const { check, run } of active) {
      if (line.isComment && check.seesComments !== true) continue;
      if (disabled.has(check.name)) continue;
      const message = run(line);
      if (message !== undefined) warnings.push({ line: line.number, check: check.name, message });
    }
  }
  for (const { check, run } of active) {
    for (const extra of run.finish?.() ?? []) warnings.push({ line: extra.line, check: check.name, message: extra.message });
  }
  return warnings;
}

/** Applies the fixers in upstream order; returns how many warnings were fixed. Lines are edited in place. */
export function applyFixes(warnings: readonly DotenvWarning[], lines: LineEntry[], ignore: ReadonlySet<string> = new Set()): number {
  if (warnings.length === 0) return 0;
  let count = 0;
  for (const name of FIX_ORDER) {
    if (ignore.has(name)) continue;
    const fixer = dotenvChecks.find((check) => check.name === name)?.fixer;
    if (fixer === undefined) continue;
    const warningLines = warnings.filter((warning) => warning.check === name).map((warning) => warning.line);
    if (fixer.mandatory !== true && warningLines.length === 0) continue;
    if (fixer.fixLines !== undefined) {
      const fixed = fixer.fixLines(warningLines, lines);
      if (fixed === undefined) return 0;
      count += fixed;
      continue;
    }
    // By number through a map: a find per warning is quadratic in a file with a warning on every line.
    const byNumber = new Map<number, LineEntry>();
    for (const line of lines) if (!byNumber.has(line.number)) byNumber.set(line.number, line);
    for (const number of warningLines) {
      const line = byNumber.get(number);
      if (line !== undefined && fixer.fixLine?.(line) === true) count += 1;
    }
  }
  for (let index = lines.length - 1; index >= 0; index -= 1) if (lines[index]?.deleted === true) lines.splice(index, 1);
  return count;
}

export { lineEntries, LineEntry } from './line-entry.js';
export { CHECK_NAMES, isCheckName, type CheckName } from './names.js';
export { parseSchema, SchemaError, type DotenvSchema } from './schema.js';
export { checkDocsUrl, type DotenvCheck } from './define-check.js';
