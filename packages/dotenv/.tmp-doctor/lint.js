import { checkFacts } from '@keylint/core';
import { applyFixes, lineEntries, runChecks } from './checks/index.js';
import { envFileFacts, locateFinding } from './parser/facts.js';
import { parseDotenv } from './parser/parse.js';
import { serializeFixed } from './checks/serialize.js';
function severityOf(id, fallback, severities) {
    const setting = severities?.[id];
    return setting === 'error' || setting === 'warn' ? setting : fallback;
}
function wholeLine(document, number) {
    const line = document.lines[number - 1];
    return { line: number, column: 1, endLine: number, endColumn: (line?.raw.length ?? 0) + 1 };
}
export function severitiesWithIgnores(options) {
    const severities = { ...options.severities };
    for (const id of options.ignore ?? [])
        severities[id] = 'off';
    return severities;
}
/** Problems of the keylint rules (core's catalog) for the entries of one file. */
export function keyRuleProblems(document, options) {
    const pairs = envFileFacts(document, { filePath: options.filePath, ...(options.keyVariables === undefined ? {} : { keyVariables: options.keyVariables }) });
    const entryOfFact = new Map(pairs.map(({ fact, entry }) => [fact, entry]));
    const findings = checkFacts(pairs.map(({ fact }) => fact), { severities: severitiesWithIgnores(options) });
    return findings.map((finding) => problemOfFinding(document, entryOfFact.get(finding.fact), finding));
}
export function problemOfFinding(document, entry, finding) {
    const position = entry === undefined ? wholeLine(document, 1) : locateFinding(document, entry, finding);
    return { ruleId: finding.ruleId, message: finding.message, severity: finding.severity, position, order: 1 };
}
/** Runs dotenv-linter's checks and the keylint rules over one file's text. */
export function lintDotenvText(text, options) {
    const document = parseDotenv(text);
    const severities = severitiesWithIgnores(options);
    const ignore = new Set(Object.entries(severities).filter(([, setting]) => setting === 'off').map(([id]) => id));
    const warnings = runChecks(lineEntries(document), { ignore, ...(options.schema === undefined ? {} : { schema: options.schema }) });
    const perLineCount = warnings.length - countSchemaTail(warnings);
    const problems = warnings.map((warning, index) => ({
        ruleId: warning.check,
        message: warning.message,
        severity: severityOf(warning.check, 'warn', options.severities),
        position: wholeLine(document, warning.line),
        order: index < perLineCount ? 0 : 2,
    }));
    problems.push(...keyRuleProblems(document, { ...options, ignore }));
    return { document, problems: sortProblems(problems), warnings };
}
/** The "required" schema warnings come after every line; count them from the end. */
function countSchemaTail(warnings) {
    let count = 0;
    for (let index = warnings.length - 1; index >= 0; index -= 1) {
        const warning = warnings[index];
        if (warning?.check !== 'SchemaViolation' || !warning.message.endsWith(' key is required'))
            break;
        count += 1;
    }
    return count;
}
/** By line, then dotenv-linter checks (in their order) before keylint rules; stable otherwise. */
export function sortProblems(problems) {
    return problems
        .map((problem, index) => ({ problem, index }))
        .sort((left, right) => {
        if (left.problem.order === 2 || right.problem.order === 2)
            return left.problem.order - right.problem.order || left.index - right.index;
        return left.problem.position.line - right.problem.position.line || left.problem.order - right.problem.order || left.index - right.index;
    })
        .map(({ problem }) => problem);
}
/** dotenv-linter's `fix` for one file's text: check, then run the fixers in upstream order. */
export function fixDotenvText(text, ignore = new Set()) {
    const document = parseDotenv(text);
    const lines = lineEntries(document);
    const warnings = runChecks(lines, { ignore });
    if (warnings.length === 0)
        return { warnings, fixed: 0, text, dryRunLines: [] };
    const fixed = applyFixes(warnings, lines, ignore);
    return { warnings, fixed, text: serializeFixed(document, lines), dryRunLines: lines.map((line) => line.raw) };
}
//# sourceMappingURL=lint.js.map