import { redactSecretsInText } from '../redact.js';
import type { LintResult } from './results.js';

/** ESLint's `json` formatter shape: an array of results. Messages are redacted once more on the way out. */
export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(
    results.map((result) => ({
      ...result,
      messages: result.messages.map((message) => ({ ...message, message: redactSecretsInText(message.message) })),
    })),
  );
}
