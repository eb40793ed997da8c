import type { Severity } from '@keylint/core';
import type { CurlCommand } from './extract.js';
import type { Shell } from './tokenizer/types.js';

/** Where the docs of the cURL rules live; the web page, SARIF and the CLI link here. */
export const CURL_RULE_DOCS_BASE_URL = 'https://github.com/keylint/keylint/blob/main/apps/collections/docs/rules';

export interface CurlReportDescriptor<MessageId extends string> {
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Offsets in the original file. */
  readonly start: number;
  readonly end: number;
}

export interface CurlRuleContext<MessageId extends string> {
  report(descriptor: CurlReportDescriptor<MessageId>): void;
}

export interface CurlRuleMeta<MessageId extends string = string> {
  /** `curl-<name>`: a contract, like the ids of the core catalog. */
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  readonly recommended: boolean;
  readonly security?: boolean;
  readonly messages: Readonly<Record<MessageId, string>>;
}

export interface CurlRule<MessageId extends string = string> extends CurlRuleMeta<MessageId> {
  readonly url: string;
  check(command: CurlCommand, context: CurlRuleContext<MessageId>): void;
}

/** Declares a cURL rule, the same shape as a core rule but over a tokenized command instead of facts. */
export function defineCurlRule<MessageId extends string>(
  definition: CurlRuleMeta<MessageId> & { check(command: CurlCommand, context: CurlRuleContext<MessageId>): void },
): CurlRule<MessageId> {
  return { ...definition, url: `${CURL_RULE_DOCS_BASE_URL}/${definition.id}.md` };
}

/** How messages name a shell. */
export function shellName(shell: Shell): string {
  return shell === 'bash' ? 'bash' : shell === 'cmd' ? 'cmd.exe' : 'PowerShell';
}

/** How each shell reads an environment variable. */
export function environmentReference(shell: Shell, name: string): string {
  return shell === 'bash' ? `$${name}` : shell === 'cmd' ? `%${name}%` : `$env:${name}`;
}
