import { checkFacts, type Finding, type FilePosition, type RuleSetting } from '@keylint/core';
import { applyFixes, lineEntries, runChecks, type CheckName, type DotenvSchema, type DotenvWarning } from './checks/index.js';
import type { LineEntry } from './checks/line-entry.js';
import type { DotenvDocument, DotenvEntry } from './parser/document.js';
import { envFileFacts, locateFinding } from './parser/facts.js';
import { loadedValues, parseDotenv } from './parser/parse.js';
import { serializeFixed } from './checks/serialize.js';

/** One problem in one file, from a dotenv-linter check or a keylint rule, ready for any output format. */
export interface Problem {
  readonly ruleId: string;
  readonly message: string;
  readonly severity: 'error' | 'warn';
  readonly position: FilePosition;
  /** dotenv-linter checks first, keylint rules next, whole-file schema warnings last (for same-line order). */
  readonly order: 0 | 1 | 2;
}

export interface LintOptions {
  readonly filePath: string;
  /** Check names and rule ids that are off. */
  readonly ignore?: ReadonlySet<string>;
  readonly severities?: Readonly<Record<string, RuleSetting>>;
  readonly schema?: DotenvSchema;
  readonly keyVariables?: readonly string[];
  /** The names the project's code reads, so env-name leaves them alone; undefined when unknown. */
  readonly namesReadByProject?: ReadonlySet<string>;
}

export interface LintOutcome {
  readonly document: DotenvDocument;
  readonly problems: Problem[];
  readonly warnings: DotenvWarning[];
}

function severityOf(id: string, fallback: 'error' | 'warn', severities: Readonly<Record<string, RuleSetting>> | undefined): 'error' | 'warn' {
  const setting = severities?.[id];
  return setting === 'error' || setting === 'warn' ? setting : fallback;
}

function wholeLine(document: DotenvDocument, number: number): FilePosition {
  const line = document.lines[number - 1];
  return { line: number, column: 1, endLine: number, endColumn: (line?.raw.length ?? 0) + 1 };
}

export function severitiesWithIgnores(options: Pick<LintOptions, 'ignore' | 'severities'>): Record<string, RuleSetting> {
  const severities: Record<string, RuleSetting> = { ...options.severities };
  for (const id of options.ignore ?? []) severities[id] = 'off';
  return severities;
}

/** Problems of the keylint rules (core's catalog) for the entries of one file. */
export function keyRuleProblems(document: DotenvDocument, options: LintOptions): Problem[] {
  const pairs = envFileFacts(document, {
    filePath: options.filePath,
    ...(options.keyVariables === undefined ? {} : { keyVariables: options.keyVariables }),
    ...(options.namesReadByProject === undefined ? {} : { namesReadByProject: options.namesReadByProject }),
  });
  const entryOfFact = new Map(pairs.map(({ fact, entry }) => [fact, entry] as const));
  const findings = checkFacts(
    pairs.map(({ fact }) => fact),
    { severities: severitiesWithIgnores(options) },
  );
  return findings.map((finding) => problemOfFinding(document, entryOfFact.get(finding.fact), finding));
}

export function problemOfFinding(document: DotenvDocument, entry: DotenvEntry | undefined, finding: Finding): Problem {
  const position = entry === undefined ? wholeLine(document, 1) : locateFinding(document, entry, finding);
  return { ruleId: finding.ruleId, message: finding.message, severity: finding.severity, position, order: 1 };
}

/** Runs dotenv-linter's checks and the keylint rules over one file's text. */
export function lintDotenvText(text: string, options: LintOptions): LintOutcome {
  const document = parseDotenv(text);
  const severities = severitiesWithIgnores(options);
  const ignore = new Set(Object.entries(severities).filter(([, setting]) => setting === 'off').map(([id]) => id));
  const warnings = runChecks(lineEntries(document), { ignore, ...(options.schema === undefined ? {} : { schema: options.schema }) });
  const perLineCount = warnings.length - countSchemaTail(warnings);
  const problems: Problem[] = warnings.map((warning, index) => ({
    ruleId: warning.check,
    message: warning.message,
    severity: severityOf(warning.check, 'warn', options.severities),
    position: wholeLine(document, warning.line),
    order: index < perLineCount ? 0 : 2,
  }));
  // One by one, not push(...): a value with 300 000 zero-width spaces has as many problems, more than a call takes arguments.
  for (const problem of keyRuleProblems(document, { ...options, ignore })) problems.push(problem);
  return { document, problems: sortProblems(problems), warnings };
}

/** The "required" schema warnings come after every line; count them from the end. */
function countSchemaTail(warnings: readonly DotenvWarning[]): number {
  let count = 0;
  for (let index = warnings.length - 1; index >= 0; index -= 1) {
    const warning = warnings[index];
    if (warning?.check !== 'SchemaViolation' || !warning.message.endsWith(' key is required')) break;
    count += 1;
  }
  return count;
}

/** By line, then dotenv-linter checks (in their order) before keylint rules; stable otherwise. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((left, right) => {
      if (left.problem.order === 2 || right.problem.order === 2) return left.problem.order - right.problem.order || left.index - right.index;
      return left.problem.position.line - right.problem.position.line || left.problem.order - right.problem.order || left.index - right.index;
    })
    .map(({ problem }) => problem);
}

export interface FixOutcome {
  readonly warnings: DotenvWarning[];
  readonly fixed: number;
  /** The new file text; equal to the input when nothing changed. */
  readonly text: string;
  /** The line entries as dotenv-linter's dry run prints them. */
  readonly dryRunLines: string[];
}

function fixPass(text: string, ignore: ReadonlySet<string>): FixOutcome {
  const document = parseDotenv(text);
  const warnings = runChecks(lineEntries(document), { ignore });
  if (warnings.length === 0) return { warnings, fixed: 0, text, dryRunLines: [] };
  // Fixers work line by line; moving or rewriting a line with an unclosed quote can make the next read merge or split
  // the lines around it (a multi-line value becomes two keys). Such a fix would change what the app loads, so it is
  // dropped: first the reordering, the usual cause, then every fix of the pass.
  // The same goes for a fix that changes a value no warning was about (a backtick value read differently once lines are
  // rewritten, CR-only line endings), or moves a key below a line that uses it (a shell or python-dotenv would then
  // expand the reference to nothing).
  const meant = keysMeantToChange(document, warnings);
  for (const fixIgnore of [ignore, new Set([...ignore, 'UnorderedKey'])]) {
    const lines = lineEntries(document);
    const fixed = applyFixes(warnings, lines, fixIgnore);
    const fixedText = serializeFixed(document, lines);
    if (!keepsLineStructure(lines, fixedText)) continue;
    const fixedDocument = parseDotenv(fixedText);
    if (keepsLoadedValues(document, fixedDocument, meant) && keepsReferenceOrder(document, fixedDocument)) {
      return { warnings, fixed, text: fixedText, dryRunLines: lines.map((line) => line.raw) };
    }
  }
  return { warnings, fixed: 0, text, dryRunLines: [] };
}

/** Whether the fixed text reads back as exactly the line entries the fixers wrote, no more, no fewer. */
function keepsLineStructure(lines: readonly LineEntry[], fixedText: string): boolean {
  const written = lines.filter((line) => !line.isPseudo && !line.deleted).map((line) => line.raw);
  const readBack = lineEntries(parseDotenv(fixedText)).filter((line) => !line.isPseudo).map((line) => line.raw);
  // An empty last line written without a newline after it (the final newline deleted by ExtraBlankLine) reads back as
  // the newline of the line above it: the same structure.
  if (written.length === readBack.length + 1 && written[written.length - 1] === '') written.pop();
  return written.length === readBack.length && written.every((raw, index) => raw.replace(/\r\n/g, '\n') === readBack[index]?.replace(/\r\n/g, '\n'));
}

/** A key with everything the fixers may rewrite taken out (case, leading junk, delimiters, spaces), so a renamed key is still known. */
function fixedKeyForm(key: string): string {
  return key.replace(/^[^\p{L}_]+/u, '').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The keys (in their fixed form) that a warning other than the reordering is about, where the linter and the loader
 * agree on what the line is: one linter line holding at most one loaded entry. Where they disagree (`B=1\rA=2` is one
 * line to the linter and two keys to the loader; a backtick or an unclosed-quote value the linter reads as separate
 * lines), a fix of the line was never meant to change what the loader reads, so nothing there counts as meant.
 */
function keysMeantToChange(document: DotenvDocument, warnings: readonly DotenvWarning[]): Set<string> {
  const warned = new Set(warnings.filter((warning) => warning.check !== 'UnorderedKey').map((warning) => warning.line));
  const meant = new Set<string>();
  const entries = document.entries;
  let next = 0;
  for (const line of lineEntries(document)) {
    const lastLine = line.number + (line.raw.match(/\n/g)?.length ?? 0);
    while (next < entries.length && (entries[next]?.line ?? 0) < line.number) next += 1;
    if (!warned.has(line.number) || line.key === undefined) continue;
    const inside = [];
    for (let index = next; index < entries.length && (entries[index]?.line ?? 0) <= lastLine; index += 1) inside.push(entries[index] as DotenvEntry);
    const key = fixedKeyForm(line.key);
    if (inside.length > 1 || inside.some((entry) => entry.endLine > lastLine || fixedKeyForm(entry.key) !== key)) continue;
    meant.add(key);
  }
  return meant;
}

/** Every key the loader loads keeps its value, and no key appears or disappears, except the keys a warning was about. */
function keepsLoadedValues(before: DotenvDocument, after: DotenvDocument, meant: ReadonlySet<string>): boolean {
  const beforeValues = loadedValues(before);
  const afterValues = loadedValues(after);
  for (const [key, value] of beforeValues) if (!meant.has(fixedKeyForm(key)) && afterValues.get(key) !== value) return false;
  for (const key of afterValues.keys()) if (!beforeValues.has(key) && !meant.has(fixedKeyForm(key))) return false;
  return true;
}

const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** For each definition of each key, in file order: each name its value refers to, and whether a definition of it is above. */
function referencesResolvedAbove(document: DotenvDocument): Map<string, Map<string, boolean>[]> {
  const defined = new Set<string>();
  const resolved = new Map<string, Map<string, boolean>[]>();
  for (const entry of document.entries) {
    const names = new Map<string, boolean>();
    if (entry.quote !== "'" && entry.value.includes('$')) {
      for (const match of entry.value.matchAll(REFERENCE)) {
        const name = match[1] ?? match[2] ?? '';
        names.set(name, defined.has(name));
      }
    }
    const occurrences = resolved.get(entry.key);
    if (occurrences === undefined) resolved.set(entry.key, [names]);
    else occurrences.push(names);
    defined.add(entry.key);
  }
  return resolved;
}

/**
 * A shell or python-dotenv expands `$NAME` to the definition above it: every reference kept by the fix must find a
 * definition above it exactly when it did before, so a key is never moved below a line that uses it (nor above one
 * that read an outer value of that name). References a fix rewrote (SubstitutionKey) are the fix's business.
 */
function keepsReferenceOrder(before: DotenvDocument, after: DotenvDocument): boolean {
  const afterReferences = referencesResolvedAbove(after);
  for (const [key, occurrences] of referencesResolvedAbove(before)) {
    const now = afterReferences.get(key);
    if (now === undefined) continue;
    for (let index = 0; index < Math.min(occurrences.length, now.length); index += 1) {
      const after = now[index] as Map<string, boolean>;
      for (const [name, above] of occurrences[index] as Map<string, boolean>) if (after.has(name) && after.get(name) !== above) return false;
    }
  }
  return true;
}

/** Upstream's fixer order can leave work for a second run (a duplicate commented out after sorting); a few passes settle it. */
const MAX_FIX_PASSES = 4;

/**
 * dotenv-linter's `fix` for one file's text: check, then run the fixers in upstream order, again
 * on the result until it stops changing, so that running `fix` twice changes nothing the second
 * time. Warnings and the fixed count are those of the first pass, as upstream reports them.
 */
export function fixDotenvText(text: string, ignore: ReadonlySet<string> = new Set()): FixOutcome {
  const first = fixPass(text, ignore);
  let current = first;
  for (let pass = 1; pass < MAX_FIX_PASSES && current.warnings.length > 0; pass += 1) {
    const next = fixPass(current.text, ignore);
    if (next.text === current.text) break;
    current = { ...next, dryRunLines: next.dryRunLines.length === 0 ? current.dryRunLines : next.dryRunLines };
  }
  return { ...first, text: current.text, dryRunLines: current === first ? first.dryRunLines : current.dryRunLines };
}

export type { CheckName };
