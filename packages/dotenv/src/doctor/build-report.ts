import { fingerprint, redactSecretsInText, type EnvDefinition, type Finding, type Loader } from '@keylint/core';
import { isShownAsIs, winningDefinition, type DiagnosedVariable, type Diagnosis } from './diagnose.js';
import type { ReadEnvFile } from './read-env-files.js';
import { DOCTOR_REPORT_VERSION, type LoaderChoice, type DoctorFinding, type DoctorOnline, type DoctorReport, type DoctorSource, type DoctorVariable } from './report.js';
import type { OnlineResult } from './run-online.js';

/** Turns the diagnosis (which holds values) into the report (which holds fingerprints only). */

export interface ReportInput {
  readonly directory: string;
  readonly loader: Loader;
  readonly loaderFrom: LoaderChoice;
  readonly mode: string;
  readonly online: boolean;
  readonly files: readonly ReadEnvFile[];
  readonly loadOrder: readonly string[];
  readonly diagnosis: Diagnosis;
  readonly onlineResults: readonly OnlineResult[];
  /** Variables `--online` did not send, with why. */
  readonly onlineSkipped: readonly { readonly name: string; readonly reason: string }[];
}

function sourceLabel(definition: EnvDefinition): string {
  return definition.line === undefined ? definition.source : `${definition.source}:${definition.line}`;
}

function findingSource(finding: Finding, variable: DiagnosedVariable): string {
  const index = finding.location.definition;
  const definition = finding.fact.kind === 'env-definitions' && index !== undefined ? variable.definitions[index] : winningDefinition(variable);
  return definition === undefined ? variable.name : sourceLabel(definition);
}

function sourcesOf(variable: DiagnosedVariable, redact: (text: string) => string): DoctorSource[] {
  const winner = winningDefinition(variable);
  const describe = (definition: EnvDefinition, loaded: boolean): DoctorSource => ({
    source: definition.source,
    path: definition.filePath ?? null,
    line: definition.line ?? null,
    loaded,
    winner: definition === winner,
    fingerprint: fingerprint(definition.value),
    value: isShownAsIs(variable.kind, definition.value) ? redact(definition.value) : null,
    sameAsWinner: winner !== undefined && definition !== winner && definition.value === winner.value,
  });
  return [...variable.definitions.map((definition) => describe(definition, true)), ...variable.unloaded.map((definition) => describe(definition, false))];
}

function onlineOf(result: OnlineResult | undefined, secrets: readonly string[]): DoctorOnline | null {
  if (result === undefined) return null;
  const { explanation } = result;
  return {
    verdict: explanation.verdict,
    ok: explanation.ok,
    url: redactSecretsInText(result.url, secrets),
    baseUrlFrom: result.target.baseUrlFrom,
    status: explanation.status ?? null,
    code: explanation.code ?? null,
    modelCount: explanation.modelCount ?? null,
    lines: explanation.lines.map((line) => redactSecretsInText(line, secrets)),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summaryOf(variables: readonly DoctorVariable[], errors: readonly string[], online: boolean, directory: string, nothingOnline: boolean): string {
  const offline = summaryOfVariables(variables, errors, online && !nothingOnline, directory);
  return nothingOnline ? `No OpenAI key to check online. ${offline.replace(/^OK: /, '')}` : offline;
}

function summaryOfVariables(variables: readonly DoctorVariable[], errors: readonly string[], online: boolean, directory: string): string {
  const problems = (variable: DoctorVariable): number => variable.findings.length + variable.notes.length + (variable.online !== null && !variable.online.ok ? 1 : 0);
  const withProblems = variables.filter((variable) => !variable.ok);
  if (variables.length === 0) {
    const unread = errors.length === 0 ? '' : ` (${plural(errors.length, 'file')} could not be read)`;
    return `No API keys or provider settings found in the process environment or the .env files of ${directory}${unread}.`;
  }
  if (withProblems.length === 0 && errors.length === 0) {
    const keys = variables.filter((variable) => variable.kind === 'key').length;
    const working = variables.filter((variable) => variable.online?.ok === true).length;
    const onlinePart = online ? `; ${plural(working, 'key')} accepted online` : '';
    return `OK: ${plural(variables.length, 'variable')} checked, ${plural(keys, 'key')}, no problems${onlinePart}.`;
  }
  const total = withProblems.reduce((sum, variable) => sum + problems(variable), 0) + errors.length;
  const names = withProblems.map((variable) => `${variable.name} (${problems(variable)})`);
  const unread = errors.length === 0 ? [] : [`${plural(errors.length, 'unreadable file')}`];
  return `${plural(total, 'problem')}: ${[...names, ...unread].join(', ')}.`;
}

export function buildReport(input: ReportInput): DoctorReport {
  const { diagnosis } = input;
  const secrets = diagnosis.secrets;
  const redact = (text: string): string => redactSecretsInText(text, secrets);
  const variables: DoctorVariable[] = diagnosis.variables.map((variable) => {
    const winner = winningDefinition(variable);
    const online = onlineOf(
      input.onlineResults.find((result) => result.target.variable === variable),
      secrets,
    );
    const skipped = input.onlineSkipped.find((entry) => entry.name === variable.name);
    const findings: DoctorFinding[] = variable.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: redact(finding.message),
      source: findingSource(finding, variable),
    }));
    const notes = variable.notes.map(redact);
    const endpoint = variable.facts.find((fact) => fact.kind === 'endpoint');
    return {
      name: variable.name,
      kind: variable.kind,
      provider: variable.provider ?? null,
      winner: winner === undefined ? null : { source: sourceLabel(winner), reason: variable.reason ?? '', fingerprint: fingerprint(winner.value) },
      url: variable.kind === 'base-url' && winner !== undefined && isShownAsIs(variable.kind, winner.value) ? redact(endpoint?.kind === 'endpoint' ? endpoint.url : winner.value) : null,
      sources: sourcesOf(variable, redact),
      findings,
      notes,
      online,
      onlineSkipped: skipped === undefined ? null : skipped.reason,
      ok: findings.length === 0 && notes.length === 0 && (online === null || online.ok),
    };
  });
  const errors = input.files.flatMap((file) => ('error' in file ? [`${file.filePath}: ${file.error}`] : []));
  const onlineFailed = input.online && input.onlineResults.length === 0;
  const summary = summaryOf(variables, errors, input.online, input.directory, onlineFailed);
  return {
    version: DOCTOR_REPORT_VERSION,
    directory: input.directory,
    loader: input.loader,
    loaderFrom: input.loaderFrom,
    mode: input.mode,
    online: input.online,
    files: input.files.map((file) => ({
      file: file.fileName,
      path: file.filePath,
      loaded: input.loadOrder.includes(file.fileName),
      error: 'error' in file ? file.error : null,
    })),
    variables,
    errors,
    ok: errors.length === 0 && variables.every((variable) => variable.ok) && !onlineFailed,
    summary,
  };
}
