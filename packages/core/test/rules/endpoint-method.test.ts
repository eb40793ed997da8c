import endpointMethod from '../../src/rules/endpoint-method.js';
import { endpointFact } from '../facts.js';
import { testRule } from '../rule-tester.js';

const call = (method: string | undefined, url: string) => endpointFact(url, method === undefined ? {} : { method });
const openai = (method: string | undefined, path: string) => call(method, `https://api.openai.com${path}`);
const PATH_START = 'https://api.openai.com'.length;

testRule(endpointMethod, {
  valid: [
    { title: 'POST chat completions', fact: openai('POST', '/v1/chat/completions') },
    { title: 'GET chat completions lists stored completions', fact: openai('GET', '/v1/chat/completions') },
    { title: 'DELETE a stored chat completion', fact: openai('DELETE', '/v1/chat/completions/chatcmpl-abc') },
    { title: 'GET models', fact: openai('GET', '/v1/models') },
    { title: 'lower-case method', fact: openai('post', '/v1/embeddings') },
    { title: 'GET files', fact: openai('GET', '/v1/files') },
    { title: 'DELETE a file', fact: openai('DELETE', '/v1/files/file-abc') },
    { title: 'GET a response by id', fact: openai('GET', '/v1/responses/resp_abc') },
    { title: 'GET the key owner', fact: openai('GET', '/v1/me') },
    { title: 'POST an admin project update', fact: openai('POST', '/v1/organization/projects/proj_abc') },
    // The ten GET/POST methods the spec defines that the hand-typed table lacked.
    ...[
      ['GET', '/v1/organization/groups/group_abc'],
      ['GET', '/v1/organization/groups/group_abc/roles/role_abc'],
      ['GET', '/v1/organization/groups/group_abc/users/user_abc'],
      ['GET', '/v1/organization/projects/proj_abc/groups/group_abc'],
      ['POST', '/v1/organization/projects/proj_abc/service_accounts/svc_abc'],
      ['GET', '/v1/organization/roles/role_abc'],
      ['GET', '/v1/organization/users/user_abc/roles/role_abc'],
      ['GET', '/v1/projects/proj_abc/groups/group_abc/roles/role_abc'],
      ['GET', '/v1/projects/proj_abc/roles/role_abc'],
      ['GET', '/v1/projects/proj_abc/users/user_abc/roles/role_abc'],
    ].map(([method = '', path = '']) => ({ title: `${method} ${path}`, fact: openai(method, path) })),
    { title: 'no method known', fact: openai(undefined, '/v1/embeddings') },
    { title: 'HEAD is left alone', fact: openai('HEAD', '/v1/embeddings') },
    { title: 'OPTIONS (CORS preflight) is left alone', fact: openai('OPTIONS', '/v1/chat/completions') },
    { title: 'a templated method', fact: openai('{{method}}', '/v1/models') },
    { title: 'an unknown path is endpoint-path’s business', fact: openai('GET', '/v1/embedding') },
    { title: 'a removed path is endpoint-path’s business', fact: openai('GET', '/v1/engines/davinci/completions') },
    { title: 'a path without /v1 is endpoint-version’s business', fact: openai('GET', '/embeddings') },
    { title: 'a base URL', fact: endpointFact('https://api.openai.com/v1/embeddings', { role: 'base-url', name: 'OPENAI_BASE_URL', method: 'GET' }) },
    { title: 'a local server', fact: call('GET', 'http://127.0.0.1:8080/v1/embeddings') },
    { title: 'a company gateway', fact: call('GET', 'https://llm.internal.example.com/v1/embeddings') },
    { title: 'Groq', fact: call('GET', 'https://api.groq.com/openai/v1/embeddings') },
    { title: 'Anthropic messages', fact: call('POST', 'https://api.anthropic.com/v1/messages') },
    { title: 'Anthropic models', fact: call('GET', 'https://api.anthropic.com/v1/models') },
    { title: 'a Postman path variable', fact: openai('DELETE', '/v1/files/:file_id') },
  ],
  invalid: [
    {
      title: 'DELETE a project role’s group assignment list (the spec defines only GET and POST there)',
      fact: openai('DELETE', '/v1/projects/proj_abc/groups/group_abc/roles'),
      findings: [{ messageId: 'wrongMethod', messageIncludes: ['/v1/projects/{project_id}/groups/{group_id}/roles, which accepts only GET or POST'] }],
    },
    {
      title: 'GET embeddings',
      fact: openai('GET', '/v1/embeddings'),
      findings: [
        {
          messageId: 'wrongMethod',
          start: PATH_START,
          end: PATH_START + '/v1/embeddings'.length,
          messageIncludes: ['The request URL sends GET to /v1/embeddings, which accepts only POST — the API answers 404; it takes a JSON body, so use POST'],
        },
      ],
    },
    { title: 'POST models', fact: openai('POST', '/v1/models'), findings: [{ messageId: 'wrongMethod', messageIncludes: ['sends POST to /v1/models', 'accepts only GET'] }] },
    { title: 'DELETE the file list', fact: openai('DELETE', '/v1/files'), findings: [{ messageId: 'wrongMethod', messageIncludes: ['/v1/files, which accepts only GET or POST'] }] },
    {
      title: 'ids stay out of the message',
      fact: openai('POST', '/v1/files/file-abc/content'),
      findings: [{ messageId: 'wrongMethod', messageIncludes: ['sends POST to /v1/files/{file_id}/content, which accepts only GET'] }],
    },
    { title: 'PATCH an update', fact: openai('PATCH', '/v1/vector_stores/vs_abc'), findings: [{ messageId: 'wrongMethod', messageIncludes: ['accepts only GET or POST or DELETE — the API answers 404; updates use POST'] }] },
    { title: 'GET on a POST-only literal beside a parameter route', fact: openai('GET', '/v1/responses/compact'), findings: [{ messageId: 'wrongMethod', messageIncludes: ['/v1/responses/compact, which accepts only POST'] }] },
    { title: 'GET Anthropic messages', fact: call('GET', 'https://api.anthropic.com/v1/messages'), findings: [{ messageId: 'wrongMethod', messageIncludes: ['accepts only POST'] }] },
    { title: 'a method with whitespace', fact: openai(' get ', '/v1/audio/speech'), findings: [{ messageId: 'wrongMethod', messageIncludes: ['sends GET to /v1/audio/speech'] }] },
  ],
});
