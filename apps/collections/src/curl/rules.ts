import type { RuleDescriptor } from '@keylint/core';
import curlBrokenContinuation from '../rules/curl-broken-continuation.js';
import curlInsecure from '../rules/curl-insecure.js';
import curlPowershellAlias from '../rules/curl-powershell-alias.js';
import curlUnquotedAmpersand from '../rules/curl-unquoted-ampersand.js';
import curlUnexpandedVariable from '../rules/curl-unexpanded-variable.js';
import type { CurlRule } from './rule.js';

/** The cURL rules, sorted by id; a test checks that every `src/rules/curl-*.ts` file is listed with a doc page. */
export const curlRules: readonly CurlRule[] = [curlBrokenContinuation, curlInsecure, curlPowershellAlias, curlUnexpandedVariable, curlUnquotedAmpersand] as readonly CurlRule[];

/** The cURL rules as report descriptors, for SARIF and `--help`. */
export function curlRuleDescriptors(): RuleDescriptor[] {
  return curlRules.map((rule) => ({
    id: rule.id,
    description: rule.description,
    severity: rule.severity,
    url: rule.url,
    ...(rule.security === true ? { security: true } : {}),
  }));
}
