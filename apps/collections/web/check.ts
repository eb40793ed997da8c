import { redactSecretsInText, rules as catalog, type LintMessage } from '@keylint/core';
import { checkCurlText, curlRules } from '../src/curl/index.js';
import { checkPostmanText, collectionRules } from '../src/postman/index.js';

/** One input the page checked: its name and its messages, already redacted. */
export interface PageResult {
  readonly name: string;
  readonly kind: 'curl' | 'collection' | 'environment' | 'globals';
  readonly messages: readonly LintMessage[];
}

export interface InputFile {
  readonly name: string;
  readonly text: string;
}

const ruleUrls = new Map<string, string>([
  ...catalog.map((rule) => [rule.id, rule.url] as [string, string]),
  ...curlRules.map((rule) => [rule.id, rule.url] as [string, string]),
  ...collectionRules.map((rule) => [rule.id, rule.url] as [string, string]),
]);

/** The documentation page of a rule, for the link on each finding. */
export function ruleUrl(ruleId: string): string | undefined {
  return ruleUrls.get(ruleId);
}

/** JSON (a Postman export) or anything else (a curl command, a script, Markdown). */
export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
}

function postmanKind(text: string): PageResult['kind'] {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const scope = parsed['_postman_variable_scope'];
    if (scope === 'globals') return 'globals';
    if (scope === 'environment' || (Array.isArray(parsed['values']) && parsed['info'] === undefined && parsed['item'] === undefined)) return 'environment';
  } catch {
    // Broken JSON goes to the collection checker, which says where it breaks.
  }
  return 'collection';
}

/** Redacts once more on the way to the page: nothing key-shaped is ever put into the DOM. */
function safe(messages: readonly LintMessage[]): LintMessage[] {
  return messages.map((message) => ({
    ...message,
    message: redactSecretsInText(message.message),
    ...(message.suggestions === undefined ? {} : { suggestions: message.suggestions.map((suggestion) => ({ ...suggestion, desc: redactSecretsInText(suggestion.desc) })) }),
  }));
}

/** Checks pasted text: JSON goes to the Postman checker, everything else to the cURL checker. */
export function checkPastedText(text: string): PageResult {
  if (looksLikeJson(text)) {
    const kind = postmanKind(text);
    return { name: 'pasted JSON', kind, messages: safe(checkPostmanText(text, { filePath: `pasted.postman_${kind}.json` })) };
  }
  return { name: 'pasted text', kind: 'curl', messages: safe(checkCurlText(text, { language: 'text' })) };
}

/**
 * Checks chosen or dropped files together: environments and globals are applied to every
 * collection (as `newman -e` would), scripts and Markdown are checked for curl commands.
 */
export function checkFiles(files: readonly InputFile[]): PageResult[] {
  const json = files.filter((file) => /\.json$/i.test(file.name) || looksLikeJson(file.text));
  const other = files.filter((file) => !json.includes(file));
  const kinds = new Map(json.map((file) => [file, postmanKind(file.text)]));
  const environments = json.filter((file) => kinds.get(file) === 'environment').map((file) => file.text);
  const globals = json.find((file) => kinds.get(file) === 'globals')?.text;
  const collections = json.filter((file) => kinds.get(file) === 'collection');
  const results: PageResult[] = [];
  for (const file of collections) {
    const options = { filePath: file.name, environments, ...(globals === undefined ? {} : { globals }) };
    results.push({ name: file.name, kind: 'collection', messages: safe(checkPostmanText(file.text, options)) });
  }
  // Environments are checked on their own as well: a key in an export is a leak wherever it is used.
  for (const file of json.filter((candidate) => kinds.get(candidate) !== 'collection')) {
    results.push({ name: file.name, kind: kinds.get(file) ?? 'environment', messages: safe(checkPostmanText(file.text, { filePath: file.name })) });
  }
  for (const file of other) results.push({ name: file.name, kind: 'curl', messages: safe(checkCurlText(file.text, { filePath: file.name })) });
  return results;
}
