import { redactSecretsInText } from '@keylint/core';
import { checkPostmanDocument, type LocatedFinding } from '../postman/check.js';
import { chooseVariableName } from './variable-names.js';

/**
 * A shareable copy of a Postman export: every hard-coded secret replaced by a `{{VARIABLE}}`
 * reference (or emptied, where it is itself a variable's value), every other byte as it was.
 * The text is edited at the secret's offsets, never re-serialised.
 */

export interface SanitizedVariable {
  readonly name: string;
}

export type SanitizeResult =
  | {
      readonly ok: true;
      readonly kind: 'collection' | 'environment' | 'globals';
      readonly text: string;
      /** Number of secrets replaced. */
      readonly replaced: number;
      /** Variables the sanitized copy needs, for the environment template. */
      readonly variables: readonly SanitizedVariable[];
      readonly collectionName?: string;
    }
  | { readonly ok: false; readonly reason: string };

const SECRET_RULE = 'key-hardcoded';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function nonOverlapping(findings: readonly LocatedFinding[]): LocatedFinding[] {
  const sorted = [...findings].sort((left, right) => left.start - right.start || right.end - left.end);
  const kept: LocatedFinding[] = [];
  for (const finding of sorted) {
    const last = kept.at(-1);
    if (last !== undefined && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept;
}

function collectionNameOf(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { info?: { name?: unknown }; collection?: { info?: { name?: unknown } }; name?: unknown };
    const name = parsed.info?.name ?? parsed.collection?.info?.name ?? parsed.name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** `{{ key }}`: the characters around the span, spaces skipped, are a reference's braces. Looks only at its neighbours, so many findings stay linear. */
function isBetweenBraces(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && text[before - 1] === ' ') before -= 1;
  let after = end;
  while (after < text.length && text[after] === ' ') after += 1;
  return text.startsWith('{{', before - 2) && text.startsWith('}}', after);
}

export function sanitizePostmanText(text: string, options: { readonly filePath: string; readonly keyVariables?: readonly string[] }): SanitizeResult {
  // The secret rule must run whatever the user's config says about it.
  const result = checkPostmanDocument(text, { filePath: options.filePath, severities: { [SECRET_RULE]: 'error' }, ...(options.keyVariables === undefined ? {} : { keyVariables: options.keyVariables }) });
  if (result.kind === undefined || result.source === undefined) {
    return { ok: false, reason: result.messages[0]?.message ?? `${options.filePath}: not a Postman export` };
  }
  // What core's secret rule reports, and any literal with a known key shape (core's key shapes) in case the rule is off or absent.
  const secrets = nonOverlapping([...result.located.filter((finding) => finding.ruleId === SECRET_RULE), ...result.keyShaped].filter((finding) => finding.exact));
  const namesBySecret = new Map<string, string>();
  const usedNames = new Map<string, string>();
  const variables: SanitizedVariable[] = [];
  const edits: Edit[] = [];
  for (const finding of secrets) {
    const secret = JSON.parse(`"${text.slice(finding.start, finding.end).replace(/^"|"$/g, '')}"`) as string;
    const definitionName = finding.anchors?.definition?.name;
    let name = namesBySecret.get(secret);
    if (name === undefined) {
      const wanted = chooseVariableName(secret, finding.fact, definitionName);
      name = wanted;
      for (let suffix = 2; usedNames.has(name) && usedNames.get(name) !== secret; suffix += 1) name = `${wanted}_${suffix}`;
      namesBySecret.set(secret, name);
      usedNames.set(name, secret);
      if (!variables.some((variable) => variable.name === name)) variables.push({ name });
    }
    // A variable's own value is emptied: `{{NAME}}` there would refer to itself. A key used as a
    // variable name (`{{sk-…}}`) becomes the name, so the braces stay one pair.
    const insideBraces = isBetweenBraces(text, finding.start, finding.end);
    edits.push({ start: finding.start, end: finding.end, text: definitionName !== undefined ? '' : insideBraces ? name : `{{${name}}}` });
  }
  let output = '';
  let cursor = 0;
  for (const edit of edits) {
    output += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  output += text.slice(cursor);
  // Named from the sanitized copy, so a key in `info.name` does not travel into the template; redacted for anything key-shaped the rules did not report.
  const sanitizedName = result.kind === 'collection' ? collectionNameOf(output) : undefined;
  const collectionName = sanitizedName === undefined ? undefined : redactSecretsInText(sanitizedName);
  return { ok: true, kind: result.kind, text: output, replaced: edits.length, variables, ...(collectionName === undefined ? {} : { collectionName }) };
}

/** A Postman environment listing the variables the sanitized copy needs, all empty, to fill in locally. */
export function environmentTemplate(result: Extract<SanitizeResult, { ok: true }>): string {
  const template = {
    name: `${result.collectionName ?? 'keylint'} (fill in locally; never commit the values)`,
    values: result.variables.map((variable) => ({ key: variable.name, value: '', type: 'secret', enabled: true })),
    _postman_variable_scope: 'environment',
    _postman_exported_using: 'keylint-collection sanitize',
  };
  return `${JSON.stringify(template, null, 2)}\n`;
}
