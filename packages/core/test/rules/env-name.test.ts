import envName from '../../src/rules/env-name.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { envVariableFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const read = { access: 'read' as const, origin: origin('code', 'server.ts') };

function renamed(name: string, replacement: string, messageId: string, messageIncludes: readonly string[] = []) {
  return {
    title: `${name} → ${replacement}`,
    fact: envVariableFact(name, 'value'),
    findings: [{ messageId, field: 'name' as const, start: 0, end: name.length, suggested: [replacement], messageIncludes: [name, replacement, ...messageIncludes] }],
  };
}

testRule(envName, {
  valid: [
    { title: 'OPENAI_API_KEY', fact: envVariableFact('OPENAI_API_KEY', key) },
    { title: 'OPENAI_BASE_URL itself', fact: envVariableFact('OPENAI_BASE_URL', 'https://api.openai.com/v1') },
    { title: 'OPENAI_ORG_ID and OPENAI_PROJECT_ID', fact: envVariableFact('OPENAI_PROJECT_ID', 'proj_abc') },
    { title: 'Azure SDK names', fact: envVariableFact('AZURE_OPENAI_ENDPOINT', 'https://contoso.openai.azure.com/') },
    { title: 'OPENAI_API_VERSION (Azure)', fact: envVariableFact('OPENAI_API_VERSION', '2024-10-21') },
    { title: 'an unrelated variable', fact: envVariableFact('DATABASE_URL', 'postgres://localhost/app') },
    { title: 'NODE_ENV', fact: envVariableFact('NODE_ENV', 'production') },
    { title: 'a numbered second key is another variable', fact: envVariableFact('OPENAI_API_KEY_2', key) },
    { title: 'a plural list of keys', fact: envVariableFact('OPENAI_API_KEYS', key) },
    { title: 'an app-specific prefix', fact: envVariableFact('MY_APP_OPENAI_API_KEY', key) },
    { title: 'OPENAI_MODEL is an app setting, not a typo of OPENAI_LOG', fact: envVariableFact('OPENAI_MODEL', 'gpt-4o-mini') },
    { title: 'GROK_API_KEY is not a typo of GROQ_API_KEY', fact: envVariableFact('GROK_API_KEY', 'value') },
    { title: 'AI_API_KEY is not a typo of XAI_API_KEY', fact: envVariableFact('AI_API_KEY', 'value') },
    { title: 'LiteLLM’s Azure names', fact: envVariableFact('AZURE_API_BASE', 'https://contoso.openai.azure.com/') },
    { title: 'AZURE_OPENAI_DEPLOYMENT used by many apps', fact: envVariableFact('AZURE_OPENAI_DEPLOYMENT', 'gpt-4o') },
    { title: 'a browser-prefixed name is the app’s own (env-public-prefix judges it)', fact: envVariableFact('NEXT_PUBLIC_OPENAI_APIKEY', key) },
    { title: 'VITE_ prefixed legacy name', fact: envVariableFact('VITE_OPENAI_API_BASE', 'https://api.openai.com/v1') },
    { title: 'code reading the current name', fact: envVariableFact('OPENAI_API_KEY', undefined, read) },
    { title: 'other providers’ key names', fact: envVariableFact('ANTHROPIC_API_KEY', 'value') },
    { title: 'a made-up name the project’s own code reads', fact: { ...envVariableFact('OPENAI_API_BASE_URL', 'https://gateway.internal/v1'), readByProject: true } },
    { title: 'a legacy name the project’s own code reads', fact: { ...envVariableFact('OPENAI_API_BASE', 'https://gateway.internal/v1'), readByProject: true } },
    { title: 'a near-typo the project’s own code reads', fact: { ...envVariableFact('OPEN_ROUTER_API_KEY', 'value'), readByProject: true } },
  ],
  invalid: [
    renamed('OPENAI_APIKEY', 'OPENAI_API_KEY', 'alias', ['OpenAI SDK reads']),
    { ...renamed('OPENAI_API_BASE', 'OPENAI_BASE_URL', 'legacy'), title: 'a legacy name the scanned project does not read', fact: { ...envVariableFact('OPENAI_API_BASE', 'https://gateway.internal/v1'), readByProject: false } },
    renamed('OPEN_AI_API_KEY', 'OPENAI_API_KEY', 'alias'),
    renamed('OPENAI_KEY', 'OPENAI_API_KEY', 'alias'),
    renamed('OPENAI_TOKEN', 'OPENAI_API_KEY', 'alias'),
    renamed('OPENAI_SECRET_KEY', 'OPENAI_API_KEY', 'alias'),
    renamed('OPENAI_API_BASE', 'OPENAI_BASE_URL', 'legacy', ['pre-1.0 name', 'openai>=1', 'rename it to OPENAI_BASE_URL']),
    renamed('OPENAI_API_BASE_URL', 'OPENAI_BASE_URL', 'alias'),
    renamed('OPENAI_BASE', 'OPENAI_BASE_URL', 'alias'),
    renamed('OPENAI_API_HOST', 'OPENAI_BASE_URL', 'alias'),
    renamed('OPENAI_URL', 'OPENAI_BASE_URL', 'alias'),
    renamed('OPENAI_ORGANIZATION', 'OPENAI_ORG_ID', 'legacy'),
    renamed('ANTHROPIC_KEY', 'ANTHROPIC_API_KEY', 'alias', ['Anthropic SDK']),
    renamed('CLAUDE_API_KEY', 'ANTHROPIC_API_KEY', 'alias'),
    renamed('AZURE_OPENAI_KEY', 'AZURE_OPENAI_API_KEY', 'alias', ['Azure OpenAI SDK']),
    renamed('OPENAI_API_KYE', 'OPENAI_API_KEY', 'typo', ['looks like a misspelling']),
    renamed('OPENAI_BASE_ULR', 'OPENAI_BASE_URL', 'typo'),
    renamed('GROQ_APIKEY', 'GROQ_API_KEY', 'typo'),
    renamed('ANTHROPIC_API_KEYY', 'ANTHROPIC_API_KEY', 'typo'),
    renamed('openai_api_key', 'OPENAI_API_KEY', 'wrongCase', ['only in case']),
    renamed('openai_api_base', 'OPENAI_BASE_URL', 'legacy'),
    {
      title: 'code reading a legacy name',
      fact: envVariableFact('OPENAI_API_BASE', undefined, read),
      findings: [{ messageId: 'legacy', suggested: ['OPENAI_BASE_URL'], messageIncludes: ['read OPENAI_BASE_URL instead'] }],
    },
  ],
});
