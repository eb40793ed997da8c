import type { EnvVariableFact } from '../facts.js';
import { defineRule, type RuleContext } from '../rule.js';
import { cleanKeyCandidate, isKeyName, keyProviderOf, keyShapeOf } from '../keys.js';
import { getProvider } from '../providers/providers.js';
import { redact } from '../redact.js';

type MessageId = 'secretName' | 'secretValue' | 'browserClient' | 'renameToServer';

/** Prefixes whose variables a framework inlines into the code it sends to the browser (shared/reference/openai.md §6.1). */
const PUBLIC_PREFIXES: readonly { readonly prefix: string; readonly framework: string }[] = [
  { prefix: 'NEXT_PUBLIC_', framework: 'Next.js' },
  { prefix: 'NUXT_PUBLIC_', framework: 'Nuxt' },
  { prefix: 'EXPO_PUBLIC_', framework: 'Expo' },
  { prefix: 'REACT_APP_', framework: 'Create React App' },
  { prefix: 'VITE_', framework: 'Vite' },
  { prefix: 'GATSBY_', framework: 'Gatsby' },
  { prefix: 'PUBLIC_', framework: 'SvelteKit and Astro' },
];

/**
 * Words of keys that are public by design and meant for the browser: publishable and anon keys,
 * site keys, Firebase and Maps keys (restricted by referrer), analytics ids. An LLM key under such
 * a name is still reported, by its value.
 */
const PUBLIC_BY_DESIGN = /(?:^|_)(?:PUBLISHABLE|ANON|PUBLIC|SITE_KEY|CLIENT_ID|FIREBASE|MAPS?|MAPBOX|RECAPTCHA|HCAPTCHA|TURNSTILE|POSTHOG|SEGMENT|ALGOLIA_SEARCH|SENTRY|MEASUREMENT|AMPLITUDE|MIXPANEL|INTERCOM)(?:_|$)/;

function publicPrefixOf(name: string): { prefix: string; framework: string } | undefined {
  return PUBLIC_PREFIXES.find((candidate) => name.startsWith(candidate.prefix) && name.length > candidate.prefix.length);
}

/** A provider key in the value, named for messages; undefined for anything else. Google keys are left to the name (Maps and Firebase keys are public). */
function exposedKeyOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const candidate = cleanKeyCandidate(value);
  const provider = keyProviderOf(candidate);
  if (provider === undefined || provider === 'gemini') return undefined;
  const shape = keyShapeOf(candidate);
  const label = shape?.provider === provider ? shape.label : `${getProvider(provider).name} key`;
  return `${/^(?:[AEIOU]|xAI)/.test(label) ? 'an' : 'a'} ${label}`;
}

function checkVariable(fact: EnvVariableFact, context: RuleContext<MessageId>): void {
  const exposure = publicPrefixOf(fact.name);
  if (exposure === undefined) return;
  const serverName = fact.name.slice(exposure.prefix.length);
  const what = exposedKeyOf(fact.value);
  const secretByName = isKeyName(serverName) && !PUBLIC_BY_DESIGN.test(serverName);
  if (!secretByName && what === undefined) return;
  const data = { name: fact.name, framework: exposure.framework, serverName, what: what ?? '', key: fact.value === undefined ? '' : redact(cleanKeyCandidate(fact.value)) };
  const rename = { messageId: 'renameToServer' as const, data, fix: { field: 'name' as const, start: 0, end: exposure.prefix.length, text: '' } };
  context.report({
    messageId: what === undefined ? 'secretName' : 'secretValue',
    data,
    field: 'name',
    start: 0,
    end: exposure.prefix.length,
    suggestions: [rename],
  });
}

export default defineRule({
  id: 'env-public-prefix',
  category: 'env',
  severity: 'error',
  description: 'Secrets must not live in browser-shipped variables (`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`, …) or in clients created with `dangerouslyAllowBrowser: true`.',
  facts: ['env-variable', 'client'],
  recommended: true,
  security: true,
  hasSuggestions: true,
  messages: {
    secretName: '{{name}} is inlined into the browser bundle by {{framework}}, so every visitor can read the secret — rename it to {{serverName}} and call the API from server code',
    secretValue: '{{name}} holds {{what}} ({{key}}) and {{framework}} inlines it into the browser bundle, where every visitor can read it — rotate the key, rename the variable to {{serverName}} and call the API from server code',
    browserClient: 'dangerouslyAllowBrowser: true sends the {{key}}, built into the bundle, from the browser, where every visitor can read it — call the API from a server route that keeps the key',
    renameToServer: 'Rename it to {{serverName}} (server-only)',
  },
  check(fact, context) {
    if (fact.kind === 'client') {
      // A key the user types in (bring-your-own-key apps) or fetches at run time is theirs to send: only a key built into the bundle leaks.
      if (fact.dangerouslyAllowBrowser === true && (fact.keySource === 'literal' || fact.keySource === 'environment')) {
        const provider = fact.provider ?? fact.sdk;
        context.report({ messageId: 'browserClient', data: { key: provider === undefined ? 'API key' : `${getProvider(provider).name} API key` } });
      }
      return;
    }
    checkVariable(fact, context);
  },
});
