import { fatalMessage, redactSecretsInText, rules as catalog, type LintMessage } from '@keylint/core';
import { checkCurlText, curlRules } from '../src/curl/index.js';
import { MAXIMUM_FILE_BYTES, tooLargeReason } from '../src/limits.js';
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

/** UTF-8 is at least one byte per UTF-16 unit and at most three: most texts are decided without encoding them. */
function isTooLarge(text: string): boolean {
  if (text.length > MAXIMUM_FILE_BYTES) return true;
  if (text.length * 3 <= MAXIMUM_FILE_BYTES) return false;
  return new TextEncoder().encode(text).length > MAXIMUM_FILE_BYTES;
}

/** Whether a chosen file may be read: the page keeps the CLI's size limit, decided from the size before reading. */
export function isReadableSize(bytes: number): boolean {
  return bytes <= MAXIMUM_FILE_BYTES;
}

/** The result for an input over the size limit: one line naming it, as the CLI prints. */
export function tooLargeResult(name: string): PageResult {
  const shown = redactSecretsInText(name);
  return { name: shown, kind: /\.json$/i.test(name) ? 'collection' : 'curl', messages: [fatalMessage(tooLargeReason(shown))] };
}

/** Checks pasted text: JSON goes to the Postman checker, everything else to the cURL checker. */
export function checkPastedText(text: string): PageResult {
  if (isTooLarge(text)) return tooLargeResult('pasted text');
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
export function checkFiles(chosen: readonly InputFile[]): PageResult[] {
  const tooLarge = chosen.filter((file) => isTooLarge(file.text));
  const files = chosen.filter((file) => !tooLarge.includes(file));
  const json = files.filter((file) => /\.json$/i.test(file.name) || looksLikeJson(file.text));
  const other = files.filter((file) => !json.includes(file));
  const kinds = new Map(json.map((file) => [file, postmanKind(file.text)]));
  const environments = json.filter((file) => kinds.get(file) === 'environment').map((file) => file.text);
  const globals = json.find((file) => kinds.get(file) === 'globals')?.text;
  const collections = json.filter((file) => kinds.get(file) === 'collection');
  const results: PageResult[] = tooLarge.map((file) => tooLargeResult(file.name));
  for (const file of collections) {
    const options = { filePath: file.name, environments, ...(globals === undefined ? {} : { globals }) };
    results.push({ name: redactSecretsInText(file.name), kind: 'collection', messages: safe(checkPostmanText(file.text, options)) });
  }
  // Environments are checked on their own as well: a key in an export is a leak wherever it is used.
  for (const file of json.filter((candidate) => kinds.get(candidate) !== 'collection')) {
    results.push({ name: redactSecretsInText(file.name), kind: kinds.get(file) ?? 'environment', messages: safe(checkPostmanText(file.text, { filePath: file.name })) });
  }
  for (const file of other) results.push({ name: redactSecretsInText(file.name), kind: 'curl', messages: safe(checkCurlText(file.text, { filePath: file.name })) });
  return results;
}
