import { defineRule } from '../rule.js';
import { describeName } from '../describe.js';
import { cleanKeyCandidate, coreSpan, intendedShapeOf, isAccessToken, isPlausibleUnknownKey, keyContextOf, keyProviderOf, keyShapeOf, keyShapesOfProvider, placeholderOf } from '../keys.js';
import { factsCheckedOn, getProvider } from '../providers/providers.js';

/**
 * Providers change key formats without notice (Google's `AQ.` keys broke every scanner's regex).
 * A value with none of its provider's prefixes but otherwise plausible is most likely a new format,
 * or a key of another service: worth a look, never "a broken key". Damage (a key cut short, a
 * character no key has, another provider's key) stays key-format's and key-provider-mismatch's.
 */
export default defineRule({
  id: 'key-shape-unknown',
  category: 'key',
  severity: 'warn',
  description: 'A plausible key of no shape keylint knows for its provider is worth a look: a new format, or a key for another service.',
  facts: ['key'],
  recommended: false,
  messages: {
    unknownShape: '{{name}} is not a shape keylint knows for {{provider}} keys (as of {{date}}); if the API answers 401, check that it is a {{provider}} key — if requests work, {{provider}} has a new key format',
  },
  check(fact, context) {
    if (placeholderOf(fact.value) !== undefined) return;
    const keyContext = keyContextOf(fact);
    if (keyContext.local || keyContext.provider === undefined) return;
    const candidate = cleanKeyCandidate(fact.value);
    const shapes = keyShapesOfProvider(keyContext.provider);
    if (shapes.length === 0 || keyShapeOf(candidate, keyContext.provider) !== undefined) return;
    // Another provider's key, a token, or a damaged key of a known shape: the other rules say so.
    if (keyProviderOf(candidate) !== undefined || isAccessToken(candidate) || intendedShapeOf(candidate, shapes) !== undefined) return;
    if (!isPlausibleUnknownKey(candidate)) return;
    const provider = getProvider(keyContext.provider);
    const { start, end } = coreSpan(fact.value);
    context.report({ messageId: 'unknownShape', data: { name: describeName(fact), provider: provider.name, date: factsCheckedOn(provider) }, start, end });
  },
});
