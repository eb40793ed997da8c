import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

/**
 * Shapes of correct code that real projects (the SDKs' own repositories, chat apps, libraries
 * with no AI code) are full of, and that an earlier keylint reported. Each must stay quiet under
 * the presets. Our own examples, modelled on what was seen there.
 */
const presets = {
  recommended: [plugin.configs.recommended].flat(),
  strict: [plugin.configs.strict].flat(),
};

function lint(code: string, filename: string, preset: keyof typeof presets): string[] {
  const configs = [{ files: ['**/*.{js,ts,tsx,mjs,cjs}'], languageOptions: { parser: tsParser } }, ...presets[preset]];
  return new Linter().verify(code, configs as never, filename).map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`);
}

const APPLICATION_CODE: readonly { readonly title: string; readonly code: string }[] = [
  { title: 'a parser token', code: `const token = { type: 'Punctuator', token: '{' };` },
  { title: 'an express-session secret', code: `app.use(session({ secret: 'keyboard cat', resave: false }));` },
  { title: 'a streamed LLM output token', code: `for await (const part of stream) { const token = ' world'; onToken({ token, text: 'Hello' }); }` },
  { title: 'a constant that names a variable on purpose', code: `const LANGSMITH_API_KEY = "LANGSMITH_API_KEY";\nconst OPENAI_API_KEY = "OPENAI_API_KEY";\nexport const secrets = { openAIApiKey: "OPENAI_API_KEY", azureOpenAIApiKey: "AZURE_OPENAI_API_KEY" };` },
  { title: 'an alias table of option names', code: `const ALIASES = { openAIApiKey: "openai_api_key", openAIApiVersion: "openai_api_version" };` },
  { title: 'a GCP project for Vertex', code: `import { createVertex } from '@ai-sdk/google-vertex';\nconst vertex = createVertex({ project: 'my-gcp-project', location: 'us-central1' });` },
  { title: 'a wandb project and an organization name', code: `wandb.init({ project: 'runs' });\nconst team = { organization: 'acme', project: 'website' };` },
  { title: 'an empty default filled after a check', code: `import OpenAI from 'openai';\nif (!profile.openai_api_key) throw new Error('Set your key');\nconst openai = new OpenAI({ apiKey: profile.openai_api_key || '' });` },
  { title: 'an empty fallback after an environment read', code: `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY ?? '' });` },
  { title: "Nuxt's runtimeConfig filled from NUXT_OPENAI_API_KEY at run time", code: `export default defineNuxtConfig({ runtimeConfig: { openaiApiKey: '', public: { apiBase: '/api' } } });` },
  { title: 'a Proxy-Authorization header', code: `fetch(url, { headers: { 'Proxy-Authorization': 'Basic ' + credentials } });` },
  { title: "undici's token option takes the whole header value", code: `import { ProxyAgent } from 'undici';\nconst agent = new ProxyAgent({ uri: 'http://proxy:8080', token: 'Bearer xyz' });` },
  { title: 'a base URL the code appends a query to', code: `const baseUrl = 'https://api.openai.com/v1/realtime';\nconst ws = new WebSocket(\`\${baseUrl}?model=gpt-realtime\`);\nfetch(\`\${baseUrl}/calls?model=gpt-realtime\`, { method: 'POST', headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` } });` },
  { title: 'a public endpoint that needs no key', code: `const models = await fetch('https://openrouter.ai/api/v1/models').then((response) => response.json());` },
  { title: 'headers built with new Headers() and append', code: `const headers = new Headers();\nheaders.append('Authorization', \`Bearer \${process.env.OPENAI_API_KEY}\`);\nheaders.append('Content-Type', 'application/json');\nawait fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', headers, body: JSON.stringify(payload) });` },
  { title: 'a Groq client that allows the browser with a key the user types in', code: `import Groq from 'groq-sdk';\nconst groq = new Groq({ apiKey: userKey, dangerouslyAllowBrowser: true });` },
  { title: 'a password field in a login form', code: `const form = { username: 'admin', password: 'hunter2' };` },
  { title: 'a GitHub token read from the environment with an empty default', code: `const token = process.env.GITHUB_TOKEN || '';\nconst octokit = new Octokit({ auth: token });` },
];

const TEST_CODE: readonly { readonly title: string; readonly code: string }[] = [
  { title: 'a placeholder key in a test', code: `import OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: 'My API Key', baseURL: 'http://localhost:4010' });` },
  { title: 'an empty key in a test', code: `import OpenAI from 'openai';\nexpect(() => new OpenAI({ apiKey: '' })).toThrow();` },
  { title: 'a mock access token in a test', code: `const response = { access_token: 'mock.jwt.token', token_type: 'Bearer' };` },
  { title: 'a test that the SDK strips a path from its base URL', code: `import OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: 'test', baseURL: 'https://api.openai.com/v1/responses' });\nexpect(client.baseURL).toBe('https://api.openai.com/v1');` },
];

const TEST_FILE_NAMES = ['src/client.test.ts', 'src/client.spec.js', 'src/__tests__/client.ts', 'test/client.ts', 'packages/a/tests/client.ts', 'src/__mocks__/openai.ts', 'test/fixtures/request.js'];

describe('quiet on correct application code', () => {
  for (const preset of ['recommended', 'strict'] as const) {
    it.each(APPLICATION_CODE)(`${preset}: $title`, ({ code }) => {
      expect(lint(code, 'src/app.ts', preset)).toEqual([]);
    });
  }
});

describe('tests are tests: placeholders, empty and mock values in test files are correct', () => {
  for (const preset of ['recommended', 'strict'] as const) {
    it.each(TEST_CODE)(`${preset}: $title`, ({ code }) => {
      for (const filename of TEST_FILE_NAMES) expect(lint(code, filename, preset), filename).toEqual([]);
    });
  }
});
