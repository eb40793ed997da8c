import { redactSecretsInText } from '../redact.js';
import { relativePath, type LintResult, type RuleDescriptor } from './results.js';

export interface SarifFormatOptions {
  readonly toolName: string;
  readonly toolVersion: string;
  readonly informationUri?: string;
  /** Every rule the tool can report, so code scanning can show descriptions and help. */
  readonly rules: readonly RuleDescriptor[];
  readonly cwd?: string;
}

/** FNV-1a of a normalised line, hex; code scanning uses it to follow an alert across commits. */
function lineHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function level(severity: 1 | 2 | 'error' | 'warn'): 'error' | 'warning' {
  return severity === 2 || severity === 'error' ? 'error' : 'warning';
}

function pascalCase(id: string): string {
  return id.replace(/(^|[-/])([a-z])/g, (_match, _separator: string, letter: string) => letter.toUpperCase());
}

function fileUri(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

/**
 * SARIF 2.1.0 with everything GitHub code scanning requires: rules with short and full
 * descriptions and help, results with a location and `partialFingerprints`, and a
 * `security-severity` on leaked-secret rules so they show as security alerts.
 */
export function formatSarif(results: readonly LintResult[], options: SarifFormatOptions): string {
  const reportedRuleIds = new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId ?? `${options.toolName}/fatal`)));
  const descriptors: RuleDescriptor[] = [...options.rules];
  for (const id of reportedRuleIds) {
    if (!descriptors.some((rule) => rule.id === id)) {
      descriptors.push({ id, description: id.endsWith('/fatal') ? 'A file could not be checked.' : `Problem reported by ${id}.`, severity: 'error' });
    }
  }
  const ruleIndex = new Map(descriptors.map((rule, index) => [rule.id, index]));
  const sarifRules = descriptors.map((rule) => ({
    id: rule.id,
    // SARIF1001: a name identical to the id must be left out (dotenv-linter's check ids are already PascalCase).
    ...(pascalCase(rule.id) === rule.id ? {} : { name: pascalCase(rule.id) }),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    ...(rule.url === undefined ? {} : { helpUri: rule.url }),
    help: {
      text: rule.url === undefined ? rule.description : `${rule.description} See ${rule.url}`,
      markdown: rule.url === undefined ? rule.description : `${rule.description} [Documentation](${rule.url})`,
    },
    defaultConfiguration: { level: level(rule.severity) },
    properties: {
      tags: rule.security === true ? ['security', 'secret'] : ['correctness'],
      precision: 'high',
      ...(rule.security === true ? { 'security-severity': '8.0' } : {}),
    },
  }));
  const occurrences = new Map<string, number>();
  const sarifResults = results.flatMap((result) => {
    const uri = relativePath(result.filePath, options.cwd);
    return result.messages.map((message) => {
      const ruleId = message.ruleId ?? `${options.toolName}/fatal`;
      // Same rule on the same line twice gets distinct fingerprints, stable across runs.
      const baseKey = `${uri}:${ruleId}:${message.line}`;
      const occurrence = (occurrences.get(baseKey) ?? 0) + 1;
      occurrences.set(baseKey, occurrence);
      const region: Record<string, number> = { startLine: message.line, startColumn: message.column };
      if (message.endLine !== undefined) region['endLine'] = message.endLine;
      if (message.endColumn !== undefined) region['endColumn'] = message.endColumn;
      return {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId) ?? 0,
        level: level(message.severity),
        message: { text: redactSecretsInText(message.message) },
        locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(uri), uriBaseId: '%SRCROOT%' }, region } }],
        partialFingerprints: { primaryLocationLineHash: `${lineHash(`${ruleId}:${uri}:${message.line}:${message.column}`)}:${occurrence}` },
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName,
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri ?? 'https://github.com/keylint/keylint',
            rules: sarifRules,
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
