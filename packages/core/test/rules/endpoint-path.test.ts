import endpointPath from '../../src/rules/endpoint-path.js';
import { endpointFact } from '../facts.js';
import { testRule } from '../rule-tester.js';

const request = (url: string, method = 'POST') => endpointFact(url, { method });
const openai = (path: string, method = 'POST') => request(`https://api.openai.com${path}`, method);
const PATH_START = 'https://api.openai.com'.length;

testRule(endpointPath, {
  valid: [
    { title: 'chat completions', fact: openai('/v1/chat/completions') },
    { title: 'listing stored chat completions', fact: openai('/v1/chat/completions', 'GET') },
    { title: 'a trailing slash', fact: openai('/v1/embeddings/') },
    { title: 'listing models', fact: openai('/v1/models', 'GET') },
    { title: 'a model with a colon in its id', fact: openai('/v1/models/ft:gpt-4o-mini:org:custom:abc', 'GET') },
    { title: 'file content with a parameter', fact: openai('/v1/files/file-abc123/content', 'GET') },
    { title: 'a Postman path variable', fact: openai('/v1/files/:file_id', 'GET') },
    { title: 'a Postman variable as the id', fact: openai('/v1/files/{{file_id}}/content', 'GET') },
    { title: 'a placeholder where a word belongs is not judged', fact: openai('/v1/{{resource}}') },
    { title: 'responses compact', fact: openai('/v1/responses/compact') },
    { title: 'the Admin API', fact: openai('/v1/organization/projects/proj_abc/api_keys', 'GET') },
    { title: 'project roles', fact: openai('/v1/projects/proj_abc/roles', 'GET') },
    { title: 'the Live API, announced after the spec snapshot', fact: openai('/v1/live/sessions/sess_abc/accept') },
    { title: 'Realtime translation client secrets (in the spec, not in the old hand-typed table)', fact: openai('/v1/realtime/translations/client_secrets') },
    { title: 'a Responses path the spec lists with ?beta=true', fact: openai('/v1/responses/input_tokens?beta=true') },
    { title: 'the key check endpoint', fact: openai('/v1/me', 'GET') },
    { title: 'ChatKit threads are not Assistants threads', fact: openai('/v1/chatkit/threads', 'GET') },
    { title: 'an unknown path with nothing close is left alone (new endpoints appear often)', fact: openai('/v1/brand_new_resource') },
    { title: 'a missing /v1 is endpoint-version’s business', fact: openai('/chat/completion') },
    { title: '/v1/v1 is endpoint-version’s business', fact: openai('/v1/v1/chat/completion') },
    { title: '// is endpoint-version’s business', fact: openai('/v1//chat/completion') },
    { title: 'a base URL is not an endpoint', fact: endpointFact('https://api.openai.com/v1/chat/completion', { role: 'base-url', name: 'OPENAI_BASE_URL' }) },
    { title: 'Anthropic messages', fact: request('https://api.anthropic.com/v1/messages') },
    { title: 'Anthropic count tokens', fact: request('https://api.anthropic.com/v1/messages/count_tokens') },
    { title: 'Anthropic batch results', fact: request('https://api.anthropic.com/v1/messages/batches/msgbatch_01/results', 'GET') },
    { title: 'an Anthropic endpoint keylint does not list', fact: request('https://api.anthropic.com/v1/files', 'GET') },
    { title: 'a local server', fact: request('http://127.0.0.1:8080/v1/chat/completion') },
    { title: 'Ollama', fact: request('http://localhost:11434/v1/chat/completion') },
    { title: 'a company gateway', fact: request('https://llm.internal.example.com/v1/chat/completion') },
    { title: 'Groq (its endpoint list is not tracked)', fact: request('https://api.groq.com/openai/v1/chat/completion') },
    { title: 'Azure v1', fact: request('https://my-resource.openai.azure.com/openai/v1/chat/completions') },
    { title: 'an Azure deployment', fact: request('https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21') },
    { title: 'an Azure path keylint does not know', fact: request('https://my-resource.openai.azure.com/openai/deployments/gpt-4o/extensions/chat/completions?api-version=2024-02-01') },
    { title: 'Azure deployments list', fact: request('https://my-resource.openai.azure.com/openai/deployments?api-version=2022-12-01', 'GET') },
    { title: 'removed OpenAI endpoints are not judged on Azure', fact: request('https://my-resource.openai.azure.com/openai/v1/assistants') },
    { title: 'a template host', fact: request('https://{{host}}/v1/chat/completion') },
    { title: 'not a URL', fact: request('{{baseUrl}}/chat/completion') },
  ],
  invalid: [
    {
      title: '/v1/chat/completion',
      fact: openai('/v1/chat/completion'),
      findings: [
        {
          messageId: 'unknown',
          start: PATH_START,
          end: PATH_START + '/v1/chat/completion'.length,
          suggested: ['https://api.openai.com/v1/chat/completions'],
          messageIncludes: ['The request URL calls /v1/chat/completion, which is not an endpoint of OpenAI (404) — did you mean /v1/chat/completions?'],
        },
      ],
    },
    { title: '/v1/chat/compeltions', fact: openai('/v1/chat/compeltions'), findings: [{ messageId: 'unknown', suggested: ['https://api.openai.com/v1/chat/completions'] }] },
    { title: '/v1/embedding', fact: openai('/v1/embedding'), findings: [{ messageId: 'unknown', suggested: ['https://api.openai.com/v1/embeddings'] }] },
    { title: '/v1/image/generations', fact: openai('/v1/image/generations'), findings: [{ messageId: 'unknown', suggested: ['https://api.openai.com/v1/images/generations'] }] },
    { title: 'a query string is kept', fact: openai('/v1/model?limit=5', 'GET'), findings: [{ messageId: 'unknown', suggested: ['https://api.openai.com/v1/models?limit=5'] }] },
    { title: 'hyphen instead of underscore', fact: openai('/v1/fine-tuning/jobs'), findings: [{ messageId: 'unknown', suggested: ['https://api.openai.com/v1/fine_tuning/jobs'] }] },
    {
      title: 'a typo next to a parameter keeps the parameter',
      fact: openai('/v1/vector-stores/vs_abc/files', 'GET'),
      findings: [{ messageId: 'unknown', suggested: ['https://api.openai.com/v1/vector_stores/vs_abc/files'] }],
    },
    {
      title: 'engines completions',
      fact: openai('/v1/engines/davinci/completions'),
      findings: [
        {
          messageId: 'removed',
          suggested: ['https://api.openai.com/v1/completions'],
          messageIncludes: ['calls /v1/engines/davinci/completions, which was shut down in 2023 when "engines" became "models"', 'with the engine name as "model" in the body'],
        },
      ],
    },
    { title: 'listing engines', fact: openai('/v1/engines', 'GET'), findings: [{ messageId: 'removed', suggested: ['https://api.openai.com/v1/models'] }] },
    { title: 'edits', fact: openai('/v1/edits'), findings: [{ messageId: 'removed', suggested: ['https://api.openai.com/v1/chat/completions'], messageIncludes: ['shut down on 2024-01-04'] }] },
    {
      title: 'legacy fine-tunes',
      fact: openai('/v1/fine-tunes/ft-abc/events', 'GET'),
      findings: [{ messageId: 'removed', suggested: ['https://api.openai.com/v1/fine_tuning/jobs'], messageIncludes: ['fine-tunes is the old API, fine_tuning the current one'] }],
    },
    { title: 'answers', fact: openai('/v1/answers'), findings: [{ messageId: 'removed' }] },
    { title: 'classifications', fact: openai('/v1/classifications'), findings: [{ messageId: 'removed' }] },
    { title: 'search', fact: openai('/v1/search'), findings: [{ messageId: 'removed' }] },
    {
      title: 'Assistants after the sunset',
      fact: openai('/v1/assistants', 'GET'),
      findings: [{ messageId: 'removed', suggested: ['https://api.openai.com/v1/responses'], messageIncludes: ['shut down on 2026-08-26', 'the Responses API'] }],
    },
    { title: 'an Assistants thread run', fact: openai('/v1/threads/thread_abc/runs'), findings: [{ messageId: 'removed', suggested: [] }] },
    {
      title: 'the Videos (Sora) API, shut down without a replacement',
      fact: openai('/v1/videos/video_abc/remix'),
      findings: [{ messageId: 'removedWithoutReplacement', start: PATH_START, end: PATH_START + '/v1/videos/video_abc/remix'.length, messageIncludes: ['calls /v1/videos/video_abc/remix, which was shut down on 2026-09-24 with the Videos (Sora) API; OpenAI offers no replacement'] }],
    },
    {
      title: 'the Evals API',
      fact: openai('/v1/evals/eval_abc/runs', 'GET'),
      findings: [{ messageId: 'removed', suggested: [], messageIncludes: ['shut down on 2026-11-30 with the Evals dashboard and API', 'Promptfoo'] }],
    },
    {
      title: 'stored prompts',
      fact: openai('/v1/prompts/pmpt_abc', 'GET'),
      findings: [{ messageId: 'removed', suggested: [], messageIncludes: ['shut down on 2026-11-30', 'prompt text kept in your code'] }],
    },
    { title: 'a removed endpoint behind a Postman variable', fact: openai('/v1/engines/{{engine}}/completions'), findings: [{ messageId: 'removed' }] },
    {
      title: 'a typo on an Azure deployment',
      fact: request('https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completion?api-version=2024-10-21'),
      findings: [{ messageId: 'unknown', suggested: ['https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21'], messageIncludes: ['not an endpoint of Azure OpenAI'] }],
    },
    { title: 'a typo on Azure v1', fact: request('https://my-resource.openai.azure.com/openai/v1/embedding'), findings: [{ messageId: 'unknown', suggested: ['https://my-resource.openai.azure.com/openai/v1/embeddings'] }] },
    { title: 'an Anthropic typo', fact: request('https://api.anthropic.com/v1/message'), findings: [{ messageId: 'unknown', suggested: ['https://api.anthropic.com/v1/messages'], messageIncludes: ['not an endpoint of Anthropic'] }] },
  ],
});
