import envPublicPrefix from '../../src/rules/env-public-prefix.js';
import type { ClientFact } from '../../src/facts.js';
import { redact } from '../../src/redact.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { envVariableFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const code = origin('code', 'app/page.tsx');

function clientFact(overrides: Partial<Omit<ClientFact, 'kind'>> = {}): ClientFact {
  return { kind: 'client', origin: code, ...overrides };
}

testRule(envPublicPrefix, {
  valid: [
    { title: 'a server-side key variable', fact: envVariableFact('OPENAI_API_KEY', key) },
    { title: 'a public variable that is not a secret', fact: envVariableFact('NEXT_PUBLIC_SITE_URL', 'https://example.com') },
    { title: 'a publishable Stripe key is public by design', fact: envVariableFact('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY', 'pk_live_abc') },
    { title: 'a Supabase anon key is public by design', fact: envVariableFact('NEXT_PUBLIC_SUPABASE_ANON_KEY', 'eyJhbGciOi') },
    { title: 'a Firebase web API key is public by design', fact: envVariableFact('VITE_FIREBASE_API_KEY', fakeKey('gemini')) },
    { title: 'a Maps key is public by design', fact: envVariableFact('NEXT_PUBLIC_GOOGLE_MAPS_API_KEY', fakeKey('gemini')) },
    { title: 'a reCAPTCHA site key is public by design', fact: envVariableFact('REACT_APP_RECAPTCHA_SITE_KEY', '6LcXyz') },
    { title: 'the prefix alone is no variable', fact: envVariableFact('VITE_', 'x') },
    { title: 'a public max-tokens setting is no secret', fact: envVariableFact('NEXT_PUBLIC_MAX_TOKENS', '4096') },
    { title: 'a client without dangerouslyAllowBrowser', fact: clientFact({ provider: 'openai' }) },
    { title: 'a client with dangerouslyAllowBrowser: false', fact: clientFact({ provider: 'openai', dangerouslyAllowBrowser: false, keySource: 'literal' }) },
    // Bring-your-own-key apps: the user types the key into the page, which sends it from the browser on purpose.
    { title: 'dangerouslyAllowBrowser: true with a key known only at run time', fact: clientFact({ provider: 'groq', sdk: 'groq', dangerouslyAllowBrowser: true, keySource: 'runtime' }) },
    { title: 'dangerouslyAllowBrowser: true without a key option', fact: clientFact({ provider: 'openai', dangerouslyAllowBrowser: true }) },
  ],
  invalid: [
    {
      title: 'an OpenAI key in NEXT_PUBLIC_OPENAI_API_KEY',
      fact: envVariableFact('NEXT_PUBLIC_OPENAI_API_KEY', key),
      findings: [
        {
          messageId: 'secretValue',
          field: 'name',
          start: 0,
          end: 12,
          messageIncludes: [`NEXT_PUBLIC_OPENAI_API_KEY holds an OpenAI project key (${redact(key)}) and Next.js inlines it`, 'rename the variable to OPENAI_API_KEY'],
          suggested: ['OPENAI_API_KEY'],
        },
      ],
    },
    {
      title: 'REACT_APP_OPENAI_KEY read in code (GPT-Helper #26)',
      fact: envVariableFact('REACT_APP_OPENAI_KEY', undefined, { access: 'read', origin: code }),
      findings: [{ messageId: 'secretName', field: 'name', start: 0, end: 10, messageIncludes: ['inlined into the browser bundle by Create React App', 'rename it to OPENAI_KEY'], suggested: ['OPENAI_KEY'] }],
    },
    { title: 'VITE_ANTHROPIC_API_KEY', fact: envVariableFact('VITE_ANTHROPIC_API_KEY', ''), findings: [{ messageId: 'secretName', end: 5, messageIncludes: ['by Vite'], suggested: ['ANTHROPIC_API_KEY'] }] },
    { title: 'EXPO_PUBLIC_ secret token', fact: envVariableFact('EXPO_PUBLIC_BOT_TOKEN', 'abc'), findings: [{ messageId: 'secretName', messageIncludes: ['by Expo'] }] },
    { title: 'NUXT_PUBLIC_ secret', fact: envVariableFact('NUXT_PUBLIC_API_SECRET', 'abc'), findings: [{ messageId: 'secretName', end: 12, messageIncludes: ['by Nuxt', 'rename it to API_SECRET'] }] },
    { title: 'SvelteKit / Astro PUBLIC_', fact: envVariableFact('PUBLIC_GROQ_API_KEY', fakeKey('groq')), findings: [{ messageId: 'secretValue', end: 7, messageIncludes: ['a Groq key', 'SvelteKit and Astro'] }] },
    { title: 'GATSBY_ key', fact: envVariableFact('GATSBY_OPENAI_API_KEY', 'YOUR_KEY', { origin: origin('env-template', '.env.example') }), findings: [{ messageId: 'secretName', messageIncludes: ['by Gatsby'] }] },
    { title: 'a key-shaped value under a harmless-sounding public name', fact: envVariableFact('VITE_CONFIG', fakeKey('anthropic')), findings: [{ messageId: 'secretValue', messageIncludes: ['an Anthropic API key'], suggested: ['CONFIG'] }] },
    { title: 'an LLM key under a public-by-design name is still a leak', fact: envVariableFact('NEXT_PUBLIC_MAPS_KEY', key), findings: [{ messageId: 'secretValue' }] },
    { title: 'a Gemini key named for Gemini', fact: envVariableFact('VITE_GEMINI_API_KEY', fakeKey('gemini')), findings: [{ messageId: 'secretName', messageIncludes: ['rename it to GEMINI_API_KEY'] }] },
    {
      title: 'dangerouslyAllowBrowser: true',
      fact: clientFact({ provider: 'openai', dangerouslyAllowBrowser: true, keySource: 'environment' }),
      findings: [{ messageId: 'browserClient', messageIncludes: ['dangerouslyAllowBrowser: true sends the OpenAI API key, built into the bundle, from the browser'] }],
    },
    {
      title: 'dangerouslyAllowBrowser: true on an Anthropic client with a key written in the file',
      fact: clientFact({ provider: 'anthropic', dangerouslyAllowBrowser: true, keySource: 'literal' }),
      findings: [{ messageId: 'browserClient', messageIncludes: ['the Anthropic API key'] }],
    },
    {
      title: 'a Groq client names Groq, not OpenAI, even pointed at a gateway',
      fact: clientFact({ sdk: 'groq', dangerouslyAllowBrowser: true, keySource: 'environment' }),
      findings: [{ messageId: 'browserClient', messageIncludes: ['the Groq API key'] }],
    },
  ],
});
