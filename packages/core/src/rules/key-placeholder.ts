import type { KeyFact, Medium } from '../facts.js';
import { defineRule } from '../rule.js';
import { describeName } from '../describe.js';
import { cleanKeyCandidate, keyContextOf, placeholderOf } from '../keys.js';

/**
 * Where a placeholder is the right thing to write: example files and documentation show the
 * shape of a key without one (a real key there is key-hardcoded's business).
 */
const PLACEHOLDER_MEDIA: ReadonlySet<Medium> = new Set(['env-template', 'docs']);

/** Short enough to quote back; longer values are never echoed, even placeholders, so nothing that might be a key is printed. */
const ECHO_LIMIT = 12;

/** Values that are what a language prints for a missing value. */
const MISSING_VALUE_WORDS = new Set(['undefined', 'null', 'none', 'nil', 'nan']);

function placeholderWhat(candidate: string): string {
  return candidate.length < ECHO_LIMIT ? `the placeholder "${candidate}"` : 'a placeholder';
}

function emptyAdvice(medium: Medium): string {
  if (medium === 'process-env') return 'unset it or export the real key (an empty exported variable also keeps dotenv from loading the one in .env)';
  if (medium === 'code') return 'pass the real key, read from the environment';
  return 'set it to your key';
}

function placeholderAdvice(medium: Medium): string {
  return medium === 'code' ? 'keep the real key in .env and read it from process.env' : 'put your real key here';
}

function unexpandedAdvice(medium: Medium): string {
  switch (medium) {
    case 'env':
      return 'dotenv does not expand variables: write the key itself, or load the file with dotenv-expand';
    case 'code':
      return 'read it from process.env instead of writing it in a string';
    case 'collection':
    case 'environment':
      return 'Postman does not expand shell variables: use a Postman variable';
    default:
      return 'the shell did not expand it (single quotes?): export the key itself';
  }
}

/** Postman's `{{name}}`: a variable reference, resolved by the collection adapter when it can and reported by collection-undefined-variable when it cannot. */
const POSTMAN_REFERENCE = /\{\{[^{}]*\}\}/;

function isExempt(fact: KeyFact): boolean {
  if (PLACEHOLDER_MEDIA.has(fact.origin.medium)) return true;
  if ((fact.origin.medium === 'collection' || fact.origin.medium === 'environment') && POSTMAN_REFERENCE.test(fact.value)) return true;
  // A local model server (Ollama, LM Studio) accepts any key, and its docs say to pass a dummy one.
  return keyContextOf(fact).local;
}

export default defineRule({
  id: 'key-placeholder',
  category: 'key',
  severity: 'error',
  description: 'API keys must be real keys, not empty values, placeholders, masked keys or unexpanded variable references.',
  facts: ['key'],
  recommended: true,
  messages: {
    empty: '{{name}} is empty; the API will answer "You didn\'t provide an API key" — {{advice}}',
    placeholder: '{{name}} is {{what}}, not a key; the API will answer 401 — {{advice}}',
    missingValue: '{{name}} is the text "{{value}}": the code turned a missing value into a string — make sure the variable is set before it is read',
    masked: '{{name}} holds a masked key copied from a key list or an error message; the full key is shown only once, when it is created — create a new key and copy it then',
    unexpanded: '{{name}} holds a reference to {{variable}} that nothing expanded, so the API receives the text itself — {{advice}}',
    variableName: '{{name}} holds the name of a variable instead of its value — {{advice}}',
  },
  check(fact, context) {
    if (isExempt(fact)) return;
    const placeholder = placeholderOf(fact.value);
    if (placeholder === undefined) return;
    const name = describeName(fact);
    const { medium } = fact.origin;
    const candidate = cleanKeyCandidate(fact.value);
    switch (placeholder.kind) {
      case 'empty':
        // `key ?? ''`: an empty default after the real source, which the code checks or the SDK reports as missing.
        if (fact.fallback === true) return;
        context.report({ messageId: 'empty', data: { name, advice: emptyAdvice(medium) } });
        return;
      case 'masked':
        context.report({ messageId: 'masked', data: { name } });
        return;
      case 'unexpanded':
        // In a shell command the shell expands `$X` at run time; quoting mistakes there are the collection linter's.
        if (medium === 'curl') return;
        context.report({ messageId: 'unexpanded', data: { name, variable: placeholder.variable ?? 'a variable', advice: unexpandedAdvice(medium) } });
        return;
      case 'variable-name':
        // `const OPENAI_API_KEY = 'OPENAI_API_KEY'` names the variable on purpose, to read it by that name.
        if (medium === 'code' && candidate === fact.name) return;
        context.report({ messageId: 'variableName', data: { name, advice: medium === 'code' ? 'read it from process.env' : 'write the key itself' } });
        return;
      default:
        if (MISSING_VALUE_WORDS.has(candidate.toLowerCase())) context.report({ messageId: 'missingValue', data: { name, value: candidate } });
        else context.report({ messageId: 'placeholder', data: { name, what: placeholderWhat(candidate), advice: placeholderAdvice(medium) } });
    }
  },
});
