import { getProvider } from '@keylint/core';
import { LOADER_LABELS, type DoctorReport, type DoctorVariable, type VariableKind } from './report.js';

/** The readable doctor output: a section per variable, the winner marked, one-line reasons, a verdict. */

interface Palette {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLORS: Palette = { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39) };
const PLAIN: Palette = { bold: (text) => text, dim: (text) => text, red: (text) => text, yellow: (text) => text, green: (text) => text };

const KIND_LABELS: Readonly<Record<VariableKind, string>> = { key: 'key', 'base-url': 'base URL', organization: 'organization ID', project: 'project ID', other: 'variable' };

/** A value in quotes with every invisible or non-ASCII character escaped, so a stray `\r` or zero-width space shows. */
function visible(value: string): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

function renderVariable(variable: DoctorVariable, report: DoctorReport, palette: Palette): string[] {
  const provider = variable.provider === null ? '' : ` · ${getProvider(variable.provider).name}`;
  const lines = [palette.bold(`${variable.name}`) + palette.dim(` · ${KIND_LABELS[variable.kind]}${provider}`)];
  const labelWidth = Math.max(14, ...variable.sources.map((source) => (source.line === null ? source.source : `${source.source}:${source.line}`).length + 2));
  for (const source of variable.sources) {
    const label = source.line === null ? source.source : `${source.source}:${source.line}`;
    const marker = source.winner ? palette.green('*') : ' ';
    const tags = [
      ...(source.winner ? [palette.green('wins')] : []),
      ...(source.sameAsWinner ? [palette.dim('same value as the winner')] : []),
      ...(!source.loaded ? [palette.dim(`not loaded by ${LOADER_LABELS[report.loader]}${report.loader === 'dotenv' ? '' : ` in ${report.mode} mode`}`)] : []),
    ];
    lines.push(`  ${marker} ${pad(label, labelWidth)}${source.value === null ? source.fingerprint : visible(source.value)}${tags.length === 0 ? '' : `  ${tags.join(', ')}`}`);
  }
  if (variable.winner !== null && variable.winner.reason.length > 0) lines.push(`    ${palette.dim('why:')} ${variable.winner.reason}`);
  for (const finding of variable.findings) {
    const severity = finding.severity === 'error' ? palette.red('error') : palette.yellow('warn ');
    lines.push(`    ${severity} ${finding.message} ${palette.dim(`[${finding.ruleId}, ${finding.source}]`)}`);
  }
  for (const note of variable.notes) lines.push(`    ${palette.red('error')} ${note}`);
  if (variable.online !== null) {
    const status = variable.online.ok ? palette.green('online') : palette.red('online');
    lines.push(`    ${status} GET ${variable.online.url} ${palette.dim(`(base URL: ${variable.online.baseUrlFrom})`)}`);
    for (const line of variable.online.lines) lines.push(`           ${line}`);
  }
  if (variable.onlineSkipped !== null) lines.push(`    ${palette.dim(`online: ${variable.onlineSkipped}`)}`);
  return lines;
}

export interface TextOptions {
  readonly color: boolean;
  /** Only the variables with problems, and the verdict line. */
  readonly quiet?: boolean;
}

export function renderDoctorText(report: DoctorReport, options: TextOptions): string {
  const palette = options.color ? COLORS : PLAIN;
  const verdict = report.ok ? palette.green(`✔ ${report.summary}`) : palette.red(`✖ ${report.summary}`);
  if (options.quiet === true) {
    const problems = report.variables.filter((variable) => !variable.ok).flatMap((variable) => [...renderVariable(variable, report, palette), '']);
    return `${[...problems, verdict].join('\n')}\n`;
  }
  const loader = `${LOADER_LABELS[report.loader]} (${report.loaderFrom === 'option' ? '--loader' : report.loaderFrom})`;
  const lines = [palette.bold('keylint-env doctor') + ` ${report.directory} ${palette.dim(`· loader: ${loader} · mode: ${report.mode}`)}`];
  const files = report.files.map((file) => {
    if (file.error !== null) return palette.red(`${file.file} (unreadable: ${file.error})`);
    return file.loaded ? file.file : palette.dim(`${file.file} (not loaded)`);
  });
  lines.push(`${palette.dim('files:')} ${files.length === 0 ? 'no .env files' : files.join(', ')}`);
  for (const variable of report.variables) lines.push('', ...renderVariable(variable, report, palette));
  lines.push('', verdict);
  return `${lines.join('\n')}\n`;
}
