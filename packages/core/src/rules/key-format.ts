import type { KeyFact } from '../facts.js';
import { defineRule, type RuleContext } from '../rule.js';
import { describeName } from '../describe.js';
import { keyKindForUrl } from '../endpoints.js';
import { cleanKey, coreSpan, intendedShapeOf, isAccessToken, isKeyName, isProse, isPlausibleUnknownKey, keyContextOf, keyProviderOf, keyShapeOf, keyShapesOfProvider, placeholderOf, type CleanedKey } from '../keys.js';
import type { KeyShape } from '../providers/key-shapes.js';
import { getProvider, type ProviderId } from '../providers/providers.js';

type MessageId =
  | 'url'
  | 'prose'
  | 'structured'
  | 'scheme'
  | 'assignment'
  | 'prefix'
  | 'charset'
  | 'tooShort'
  | 'tooLong'
  | 'marker'
  | 'ending'
  | 'adminKey'
  | 'adminKeyName';

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^(?:[a-z0-9-]+\.)+[a-z]{2,6}(?::\d+)?(?:\/\S*)?$/i;
const STRUCTURED = /^\s*(?:\{[\s\S]*\}|\[[\s\S]*\])\s*$/;
const SCHEME = /^(Bearer|Token|Basic)(?:\s*:\s*|\s+)/i;
const ASSIGNMENT = /^(?:export\s+|set\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*/;

function prefixList(shapes: readonly KeyShape[]): string {
  const prefixes = [...new Set(shapes.map((shape) => shape.prefix).filter((prefix) => prefix.length > 0))];
  return prefixes.map((prefix) => `"${prefix}"`).join(', ');
}

/** "an OpenAI key", "a Groq key", "an xAI key". */
function withArticle(label: string): string {
  return `${/^(?:[AEIOU]|xAI)/.test(label) ? 'an' : 'a'} ${label}`;
}

/** Things that are never a key, whoever the provider: a URL, a sentence, a JSON object, a scheme word, an assignment. */
function reportNonKey(fact: KeyFact, cleaned: CleanedKey, context: RuleContext<MessageId>, name: string): boolean {
  const candidate = cleaned.text;
  const span = coreSpan(fact.value);
  const scheme = SCHEME.exec(fact.value.slice(span.start));
  if (scheme !== null && candidate.length > scheme[0].length) {
    const end = span.start + scheme[0].length;
    context.report({ messageId: 'scheme', data: { name, scheme: scheme[1] as string }, start: span.start, end, fix: { start: span.start, end, text: '' } });
    return true;
  }
  const assignment = ASSIGNMENT.exec(fact.value.slice(span.start));
  if (assignment !== null && isKeyName(assignment[1] as string) && candidate.length > assignment[0].length) {
    const end = span.start + assignment[0].length;
    const rest = cleaned.text.slice(cleaned.text.indexOf('=') + 1).trim();
    const fix = keyShapeOf(rest) === undefined ? undefined : { start: span.start, end, text: '' };
    context.report({ messageId: 'assignment', data: { name, variable: assignment[1] as string }, start: span.start, end, ...(fix === undefined ? {} : { fix }) });
    return true;
  }
  if (URL_LIKE.test(candidate)) {
    context.report({ messageId: 'url', data: { name }, start: span.start, end: span.end });
    return true;
  }
  if (STRUCTURED.test(candidate)) {
    context.report({ messageId: 'structured', data: { name }, start: span.start, end: span.end });
    return true;
  }
  if (isProse(candidate)) {
    context.report({ messageId: 'prose', data: { name }, start: span.start, end: span.end });
    return true;
  }
  return false;
}

/** The first character after the prefix that the shape never contains, with its place in the original value. */
function foreignCharacter(cleaned: CleanedKey, shape: KeyShape): { character: string; start: number; end: number } | undefined {
  const body = cleaned.text.slice(shape.prefix.length);
  for (let index = 0; index < body.length; index += 1) {
    const character = body.charAt(index);
    if (shape.bodyCharacters.test(character)) continue;
    const start = cleaned.offsets[shape.prefix.length + index] ?? 0;
    return { character, start, end: start + 1 };
  }
  return undefined;
}

function checkAgainstProvider(fact: KeyFact, cleaned: CleanedKey, provider: ProviderId, context: RuleContext<MessageId>, name: string): void {
  const candidate = cleaned.text;
  const span = coreSpan(fact.value);
  const providerName = getProvider(provider).name;
  const shapes = keyShapesOfProvider(provider);
  if (shapes.length === 0) return;
  const matched = keyShapeOf(candidate, provider);
  if (matched !== undefined && matched.provider === provider) {
    if (matched.admin !== true) return;
    const keyContext = keyContextOf(fact);
    if (keyContext.destination !== undefined && keyKindForUrl(keyContext.destination) === 'project') {
      context.report({ messageId: 'adminKey', data: { name, label: withArticle(matched.label), provider: providerName, path: keyContext.destination.pathname }, start: span.start, end: span.end });
    } else if (keyContext.destination === undefined && fact.name !== undefined && getProvider(provider).keyEnvNames[0] === fact.name) {
      context.report({ messageId: 'adminKeyName', data: { name, label: withArticle(matched.label) }, start: span.start, end: span.end });
    }
    return;
  }
  const target = intendedShapeOf(candidate, shapes);
  if (target === undefined) {
    // Plausible but of no shape keylint knows: maybe a new format (key-shape-unknown warns), not a damaged key.
    if (isPlausibleUnknownKey(candidate)) return;
    context.report({ messageId: 'prefix', data: { name, provider: providerName, providerKey: withArticle(`${providerName} key`), prefixes: prefixList(shapes) }, start: span.start, end: span.end });
    return;
  }
  const foreign = foreignCharacter(cleaned, target);
  if (foreign !== undefined) {
    context.report({
      messageId: 'charset',
      data: { name, character: foreign.character, position: foreign.start + 1, label: withArticle(target.label), charset: target.charsetLabel },
      start: foreign.start,
      end: foreign.end,
    });
    return;
  }
  const data = { name, label: target.label, aLabel: withArticle(target.label), provider: providerName, length: candidate.length, minimum: target.minLength, maximum: target.maxLength };
  const missingMarker = target.marker !== undefined && !candidate.includes(target.marker);
  // A bare `sk-` key without the marker is most likely another provider's or a proxy's: say that first.
  if (missingMarker && target.ambiguous === true) {
    const hint = ' (DeepSeek, LiteLLM and other proxies also issue "sk-" keys)';
    context.report({ messageId: 'marker', data: { ...data, hint, providerKey: withArticle(`${providerName} key`) }, start: span.start, end: span.end });
  } else if (candidate.length < target.minLength) {
    context.report({ messageId: 'tooShort', data, start: span.start, end: span.end });
  } else if (candidate.length > target.maxLength) {
    context.report({ messageId: 'tooLong', data, start: span.start, end: span.end });
  } else if (missingMarker) {
    context.report({ messageId: 'marker', data: { ...data, hint: '', providerKey: withArticle(`${providerName} key`) }, start: span.start, end: span.end });
  } else if (target.suffix !== undefined && !candidate.endsWith(target.suffix)) {
    context.report({ messageId: 'ending', data: { ...data, suffix: target.suffix }, start: span.start, end: span.end });
  }
}

export default defineRule({
  id: 'key-format',
  category: 'key',
  severity: 'error',
  description: 'API keys must be plausible keys for their provider: right prefix, charset, marker and length range; not a URL, a sentence or a JSON object.',
  facts: ['key'],
  recommended: true,
  fixable: true,
  messages: {
    url: '{{name}} holds a URL, not a key; the API will answer 401 — put the key here and the URL in the base URL setting',
    prose: '{{name}} holds a sentence, not a key; the API will answer 401 — paste only the key',
    structured: '{{name}} holds a JSON object or dictionary, not a key — pass only the key string',
    scheme: '{{name}} starts with "{{scheme}}", but the client adds the auth scheme itself and would send it twice — remove it',
    assignment: '{{name}} holds a whole assignment "{{variable}}=…" — keep only the key after "="',
    prefix: '{{name}} does not look like {{providerKey}}: {{provider}} keys start with {{prefixes}} — copy the key again from the {{provider}} dashboard',
    charset: '{{name}} contains "{{character}}" at position {{position}}, but {{label}} has only {{charset}} — copy the key again',
    tooShort: '{{name}} is {{length}} characters long, too short for {{aLabel}} (at least {{minimum}}); it was probably cut off when copied — copy the whole key',
    tooLong: '{{name}} is {{length}} characters long, longer than any {{label}} ({{maximum}} at most); was something pasted twice? — copy the key again',
    marker: '{{name}} lacks the part every {{label}} contains{{hint}}; it is truncated or not {{providerKey}} — copy the key again',
    ending: '{{name}} does not end in "{{suffix}}" like every {{label}}; it was probably cut off when copied — copy the whole key',
    adminKey: '{{name}} is {{label}}, which only works on the Admin API endpoints; {{path}} needs a regular {{provider}} API key — use one here',
    adminKeyName: '{{name}} holds {{label}}, which only works on the Admin API endpoints — put a project key here and the admin key in its own variable',
  },
  check(fact, context) {
    if (placeholderOf(fact.value) !== undefined) return;
    const keyContext = keyContextOf(fact);
    // A local model server accepts any key.
    if (keyContext.local) return;
    const cleaned = cleanKey(fact.value);
    const name = describeName(fact);
    if (reportNonKey(fact, cleaned, context, name)) return;
    // A key with a space inside is key-whitespace's (or key-invisible-char's); judging its format too would say the same twice.
    if (/\s/.test(cleaned.text)) return;
    if (keyContext.provider === undefined) return;
    // A key that certainly belongs to another provider is key-provider-mismatch's.
    const owner = keyProviderOf(cleaned.text);
    if (owner !== undefined && owner !== keyContext.provider) return;
    // An Entra ID token or an OAuth access token is a credential of its own kind, valid as Bearer.
    if (isAccessToken(cleaned.text)) return;
    checkAgainstProvider(fact, cleaned, keyContext.provider, context, name);
  },
});
