import type { KeyFact, Medium } from '../facts.js';
import { defineRule } from '../rule.js';
import { describeName } from '../describe.js';
import { cleanKeyCandidate, coreSpan, isKeyName, keyContextOf, keyProviderOf, keyShapeOf, looksLikeSecret, toConstantCase } from '../keys.js';
import { getProvider } from '../providers/providers.js';
import { redact } from '../redact.js';

type SuggestionId = 'useEnvironmentVariable' | 'useCollectionVariable' | 'clearValue' | 'useShellVariable' | 'usePlaceholder';

interface MediumAdvice {
  readonly where: string;
  readonly advice: (variable: string) => string;
  readonly suggestion: SuggestionId;
  readonly replacement: (variable: string) => string;
}

/**
 * Where a literal key is a leak, and what to write instead. `.env` files and the process
 * environment are missing on purpose: that is where keys belong.
 */
const MEDIA: Partial<Readonly<Record<Medium, MediumAdvice>>> = {
  // The ESLint surface replaces the whole literal with `process.env.X`; the edit here is for the other surfaces.
  code: { where: 'the source code', advice: (variable) => `read it from process.env.${variable}`, suggestion: 'useEnvironmentVariable', replacement: (variable) => `process.env.${variable}` },
  collection: { where: 'a request collection', advice: () => 'reference a collection or environment variable instead', suggestion: 'useCollectionVariable', replacement: (variable) => `{{${variable}}}` },
  environment: { where: 'an exported environment', advice: () => 'export environments without their secret values (or keep them in Postman Vault)', suggestion: 'clearValue', replacement: () => '' },
  curl: { where: 'a shell command', advice: (variable) => `use $${variable} and export the key in your shell`, suggestion: 'useShellVariable', replacement: (variable) => `$${variable}` },
  docs: { where: 'the documentation', advice: (variable) => `show $${variable} or a placeholder`, suggestion: 'useShellVariable', replacement: (variable) => `$${variable}` },
  'env-template': { where: 'a file that gets committed (a template, defaults or test settings)', advice: () => 'leave the value empty or a placeholder there', suggestion: 'usePlaceholder', replacement: () => '' },
};

const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** The environment variable the key should come from: the variable it is bound to, else the provider's own. */
function suggestedVariable(fact: KeyFact, candidate: string): string {
  if (fact.name !== undefined && CONSTANT_NAME.test(fact.name) && isKeyName(fact.name)) return fact.name;
  const provider = keyProviderOf(candidate) ?? keyContextOf(fact).provider;
  const providerVariable = provider === undefined ? undefined : getProvider(provider).keyEnvNames[0];
  if (providerVariable !== undefined) return providerVariable;
  if (fact.name !== undefined && isKeyName(fact.name)) return toConstantCase(fact.name);
  return 'API_KEY';
}

function describeSecret(candidate: string, fact: KeyFact): string {
  const shape = keyShapeOf(candidate, keyContextOf(fact).provider);
  if (shape === undefined) return 'a secret';
  return `${/^(?:[AEIOU]|xAI)/.test(shape.label) ? 'an' : 'a'} ${shape.label}`;
}

export default defineRule({
  id: 'key-hardcoded',
  category: 'key',
  severity: 'error',
  description: 'Real-looking keys must not be written into source code, collections, shell commands, docs or example files.',
  facts: ['key'],
  recommended: true,
  security: true,
  hasSuggestions: true,
  messages: {
    hardcoded: '{{name}} holds {{what}} ({{key}}) written into {{where}}; anyone who can read it can use your account — rotate the key and {{advice}}',
    useEnvironmentVariable: 'Read it from process.env.{{variable}}',
    useCollectionVariable: 'Replace it with the variable {{reference}}',
    clearValue: 'Remove the value',
    useShellVariable: 'Replace it with ${{variable}}',
    usePlaceholder: 'Leave the value empty',
  },
  check(fact, context) {
    if (!fact.literal) return;
    const medium = MEDIA[fact.origin.medium];
    if (medium === undefined) return;
    const keyContext = keyContextOf(fact);
    const secretContext = { ...(fact.name === undefined ? {} : { name: fact.name }), ...(keyContext.provider === undefined ? {} : { provider: keyContext.provider }) };
    if (!looksLikeSecret(fact.value, secretContext)) return;
    const candidate = cleanKeyCandidate(fact.value);
    const variable = suggestedVariable(fact, candidate);
    const { start, end } = coreSpan(fact.value);
    const data = {
      name: describeName(fact),
      what: describeSecret(candidate, fact),
      key: redact(candidate),
      where: medium.where,
      advice: medium.advice(variable),
      variable,
      reference: `{{${variable}}}`,
    };
    context.report({
      messageId: 'hardcoded',
      data,
      start,
      end,
      suggestions: [{ messageId: medium.suggestion, data, fix: { start, end, text: medium.replacement(variable) } }],
    });
  },
});
