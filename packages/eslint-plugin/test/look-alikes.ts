import { fakeKey } from '@keylint/core/testing';

/**
 * Correct code and files that resemble the mistakes: every rule must stay silent on all of them.
 * Keys are built at run time; nothing key-shaped is written here.
 */
export const correctCode: readonly string[] = [
  `const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, organization: process.env.OPENAI_ORG_ID });`,
  `const local = new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' });`,
  `const groq = new OpenAI({ apiKey: process.env.GROQ_API_KEY, baseURL: 'https://api.groq.com/openai/v1' });`,
  `const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });`,
  `import { fit } from 'sk-learn';\nconst digest = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';\nconst id = '123e4567-e89b-12d3-a456-426614174000';\nconst commit = '9fceb02d0ae598e95dc970b74767f19372d61af8';`,
  [
    `const BASE_URL = 'https://api.openai.com/v1';`,
    `await fetch(\`\${BASE_URL}/chat/completions\`, {`,
    `  method: 'POST',`,
    `  headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\`, 'Content-Type': 'application/json' },`,
    `  body: JSON.stringify({ model: 'gpt-4o-mini', messages }),`,
    `});`,
  ].join('\n'),
  [
    `await fetch('https://api.anthropic.com/v1/messages', {`,
    `  method: 'POST',`,
    `  headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },`,
    `  body: JSON.stringify(request),`,
    `});`,
  ].join('\n'),
  `await fetch('https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21', { method: 'POST', headers: { 'api-key': process.env.AZURE_OPENAI_API_KEY, 'Content-Type': 'application/json' }, body: JSON.stringify(request) });`,
  `const api = axios.create({ baseURL: 'https://api.openai.com/v1', headers: { Authorization: \`Bearer \${apiKey}\` } });\nawait api.post('/chat/completions', { model: 'gpt-4o-mini', messages });\nawait api.get('/models');`,
  `const models = await fetch('https://api.openai.com/v1/models', { headers: { Authorization: 'Bearer ' + process.env.OPENAI_API_KEY } });`,
  `const url = new URL('https://api.example.com/search'); url.searchParams.set('q', query);`,
];

export function correctEnvFiles(): readonly { readonly filename: string; readonly code: string }[] {
  return [
    { filename: '.env', code: `OPENAI_API_KEY=${fakeKey('openai-project', 'look-alike')}\nOPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_ORG_ID=org-${'a'.repeat(24)}\n` },
    { filename: '.env.local', code: `# local model server\nOPENAI_BASE_URL=http://localhost:11434/v1\n` },
    { filename: '.env.example', code: `OPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key\nOPENAI_BASE_URL=https://api.openai.com/v1\n` },
    { filename: '.env', code: `GIT_SHA=9fceb02d0ae598e95dc970b74767f19372d61af8\nREQUEST_ID=123e4567-e89b-12d3-a456-426614174000\nPYTHON_PACKAGE=sk-learn\n` },
  ];
}
