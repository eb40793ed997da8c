/**
 * OpenAI's REST endpoints as data, relative to the base URL `https://api.openai.com/v1`.
 *
 * Current endpoints: the `title="<method> <path>"` entries of openai-python's `api.md` (and its
 * responses, conversations, realtime and webhooks api.md files), summarised in
 * shared/reference/openai.md §4.1, plus the Admin API paths of OpenAI's OpenAPI spec and `GET /me`
 * (not in the SDK, but what key checkers call). Removed endpoints and their replacements: §4.2.
 * Paths use `{name}` for a path parameter.
 */
import { createPathMatcher } from '../path-patterns.js';

export { isTemplateSegment, pathSegments } from '../path-patterns.js';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface OpenAIEndpoint {
  readonly path: string;
  readonly methods: readonly HttpMethod[];
  /** Admin API: needs an admin key (`sk-admin-…`), not a project key. */
  readonly admin?: boolean;
}

export interface RemovedOpenAIEndpoint {
  readonly path: string;
  /** True when every path below this one is gone too (`/engines/...`). */
  readonly coversSubpaths?: boolean;
  /** When and how it went away, for the message. */
  readonly removed: string;
  /** What to call instead, for the message. */
  readonly replacement: string;
  /** The path that replaces it, when it is a one-to-one rename (relative to `/v1`). */
  readonly replacementPath?: string;
}

const GET: readonly HttpMethod[] = ['GET'];
const POST: readonly HttpMethod[] = ['POST'];
const GET_POST: readonly HttpMethod[] = ['GET', 'POST'];
const GET_DELETE: readonly HttpMethod[] = ['GET', 'DELETE'];
const GET_POST_DELETE: readonly HttpMethod[] = ['GET', 'POST', 'DELETE'];
const DELETE: readonly HttpMethod[] = ['DELETE'];
const POST_DELETE: readonly HttpMethod[] = ['POST', 'DELETE'];

function endpoint(path: string, methods: readonly HttpMethod[]): OpenAIEndpoint {
  return { path, methods };
}

function adminEndpoint(path: string, methods: readonly HttpMethod[]): OpenAIEndpoint {
  return { path, methods, admin: true };
}

/** Every current endpoint with the methods it accepts. */
export const openAIEndpoints: readonly OpenAIEndpoint[] = [
  // Responses
  endpoint('/responses', POST),
  endpoint('/responses/{response_id}', GET_DELETE),
  endpoint('/responses/{response_id}/cancel', POST),
  endpoint('/responses/{response_id}/input_items', GET),
  endpoint('/responses/compact', POST),
  endpoint('/responses/input_tokens', POST),
  // Conversations
  endpoint('/conversations', POST),
  endpoint('/conversations/{conversation_id}', GET_POST_DELETE),
  endpoint('/conversations/{conversation_id}/items', GET_POST),
  endpoint('/conversations/{conversation_id}/items/{item_id}', GET_DELETE),
  // Chat completions: GET lists stored completions, so it is valid.
  endpoint('/chat/completions', GET_POST),
  endpoint('/chat/completions/{completion_id}', GET_POST_DELETE),
  endpoint('/chat/completions/{completion_id}/messages', GET),
  endpoint('/completions', POST),
  endpoint('/embeddings', POST),
  endpoint('/moderations', POST),
  // Audio
  endpoint('/audio/speech', POST),
  endpoint('/audio/transcriptions', POST),
  endpoint('/audio/translations', POST),
  endpoint('/audio/voices', POST),
  endpoint('/audio/voice_consents', GET_POST),
  endpoint('/audio/voice_consents/{consent_id}', GET_POST_DELETE),
  // Images
  endpoint('/images/generations', POST),
  endpoint('/images/edits', POST),
  endpoint('/images/variations', POST),
  // Models
  endpoint('/models', GET),
  endpoint('/models/{model}', GET_DELETE),
  // Files and uploads
  endpoint('/files', GET_POST),
  endpoint('/files/{file_id}', GET_DELETE),
  endpoint('/files/{file_id}/content', GET),
  endpoint('/uploads', POST),
  endpoint('/uploads/{upload_id}/parts', POST),
  endpoint('/uploads/{upload_id}/complete', POST),
  endpoint('/uploads/{upload_id}/cancel', POST),
  // Batches
  endpoint('/batches', GET_POST),
  endpoint('/batches/{batch_id}', GET),
  endpoint('/batches/{batch_id}/cancel', POST),
  // Fine-tuning
  endpoint('/fine_tuning/jobs', GET_POST),
  endpoint('/fine_tuning/jobs/{fine_tuning_job_id}', GET),
  endpoint('/fine_tuning/jobs/{fine_tuning_job_id}/cancel', POST),
  endpoint('/fine_tuning/jobs/{fine_tuning_job_id}/pause', POST),
  endpoint('/fine_tuning/jobs/{fine_tuning_job_id}/resume', POST),
  endpoint('/fine_tuning/jobs/{fine_tuning_job_id}/events', GET),
  endpoint('/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints', GET),
  endpoint('/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions', GET_POST),
  endpoint('/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}', DELETE),
  endpoint('/fine_tuning/alpha/graders/run', POST),
  endpoint('/fine_tuning/alpha/graders/validate', POST),
  // Vector stores
  endpoint('/vector_stores', GET_POST),
  endpoint('/vector_stores/{vector_store_id}', GET_POST_DELETE),
  endpoint('/vector_stores/{vector_store_id}/search', POST),
  endpoint('/vector_stores/{vector_store_id}/files', GET_POST),
  endpoint('/vector_stores/{vector_store_id}/files/{file_id}', GET_POST_DELETE),
  endpoint('/vector_stores/{vector_store_id}/files/{file_id}/content', GET),
  endpoint('/vector_stores/{vector_store_id}/file_batches', POST),
  endpoint('/vector_stores/{vector_store_id}/file_batches/{batch_id}', GET),
  endpoint('/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel', POST),
  endpoint('/vector_stores/{vector_store_id}/file_batches/{batch_id}/files', GET),
  // Containers
  endpoint('/containers', GET_POST),
  endpoint('/containers/{container_id}', GET_DELETE),
  endpoint('/containers/{container_id}/files', GET_POST),
  endpoint('/containers/{container_id}/files/{file_id}', GET_DELETE),
  endpoint('/containers/{container_id}/files/{file_id}/content', GET),
  // Realtime
  endpoint('/realtime/client_secrets', POST),
  endpoint('/realtime/sessions', POST),
  endpoint('/realtime/transcription_sessions', POST),
  endpoint('/realtime/calls', POST),
  endpoint('/realtime/calls/{call_id}/accept', POST),
  endpoint('/realtime/calls/{call_id}/hangup', POST),
  endpoint('/realtime/calls/{call_id}/refer', POST),
  endpoint('/realtime/calls/{call_id}/reject', POST),
  // Videos
  endpoint('/videos', GET_POST),
  endpoint('/videos/{video_id}', GET_DELETE),
  endpoint('/videos/{video_id}/content', GET),
  endpoint('/videos/{video_id}/remix', POST),
  endpoint('/videos/edits', POST),
  endpoint('/videos/extensions', POST),
  endpoint('/videos/characters', POST),
  endpoint('/videos/characters/{character_id}', GET),
  // Evals
  endpoint('/evals', GET_POST),
  endpoint('/evals/{eval_id}', GET_POST_DELETE),
  endpoint('/evals/{eval_id}/runs', GET_POST),
  endpoint('/evals/{eval_id}/runs/{run_id}', GET_POST_DELETE),
  endpoint('/evals/{eval_id}/runs/{run_id}/output_items', GET),
  endpoint('/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}', GET),
  // Skills
  endpoint('/skills', GET_POST),
  endpoint('/skills/{skill_id}', GET_POST_DELETE),
  endpoint('/skills/{skill_id}/content', GET),
  endpoint('/skills/{skill_id}/versions', GET_POST),
  endpoint('/skills/{skill_id}/versions/{version}', GET_DELETE),
  endpoint('/skills/{skill_id}/versions/{version}/content', GET),
  // ChatKit
  endpoint('/chatkit/sessions', POST),
  endpoint('/chatkit/sessions/{session_id}/cancel', POST),
  endpoint('/chatkit/threads', GET),
  endpoint('/chatkit/threads/{thread_id}', GET_DELETE),
  endpoint('/chatkit/threads/{thread_id}/items', GET),
  // Other
  endpoint('/content_provenance_checks', POST),
  // Not in the SDK, but the call trufflehog and GitGuardian use to verify a key.
  endpoint('/me', GET),
  // Admin API
  adminEndpoint('/organization/admin_api_keys', GET_POST),
  adminEndpoint('/organization/admin_api_keys/{key_id}', GET_DELETE),
  adminEndpoint('/organization/audit_logs', GET),
  adminEndpoint('/organization/costs', GET),
  adminEndpoint('/organization/certificates', GET_POST),
  adminEndpoint('/organization/certificates/{certificate_id}', GET_POST_DELETE),
  adminEndpoint('/organization/certificates/activate', POST),
  adminEndpoint('/organization/certificates/deactivate', POST),
  adminEndpoint('/organization/groups', GET_POST),
  adminEndpoint('/organization/groups/{group_id}', POST_DELETE),
  adminEndpoint('/organization/groups/{group_id}/roles', GET_POST),
  adminEndpoint('/organization/groups/{group_id}/roles/{role_id}', DELETE),
  adminEndpoint('/organization/groups/{group_id}/users', GET_POST),
  adminEndpoint('/organization/groups/{group_id}/users/{user_id}', DELETE),
  adminEndpoint('/organization/invites', GET_POST),
  adminEndpoint('/organization/invites/{invite_id}', GET_DELETE),
  adminEndpoint('/organization/projects', GET_POST),
  adminEndpoint('/organization/projects/{project_id}', GET_POST),
  adminEndpoint('/organization/projects/{project_id}/archive', POST),
  adminEndpoint('/organization/projects/{project_id}/api_keys', GET),
  adminEndpoint('/organization/projects/{project_id}/api_keys/{key_id}', GET_DELETE),
  adminEndpoint('/organization/projects/{project_id}/certificates', GET),
  adminEndpoint('/organization/projects/{project_id}/certificates/activate', POST),
  adminEndpoint('/organization/projects/{project_id}/certificates/deactivate', POST),
  adminEndpoint('/organization/projects/{project_id}/groups', GET_POST),
  adminEndpoint('/organization/projects/{project_id}/groups/{group_id}', DELETE),
  adminEndpoint('/organization/projects/{project_id}/rate_limits', GET),
  adminEndpoint('/organization/projects/{project_id}/rate_limits/{rate_limit_id}', POST),
  adminEndpoint('/organization/projects/{project_id}/service_accounts', GET_POST),
  adminEndpoint('/organization/projects/{project_id}/service_accounts/{service_account_id}', GET_DELETE),
  adminEndpoint('/organization/projects/{project_id}/users', GET_POST),
  adminEndpoint('/organization/projects/{project_id}/users/{user_id}', GET_POST_DELETE),
  adminEndpoint('/organization/roles', GET_POST),
  adminEndpoint('/organization/roles/{role_id}', POST_DELETE),
  adminEndpoint('/organization/usage/audio_speeches', GET),
  adminEndpoint('/organization/usage/audio_transcriptions', GET),
  adminEndpoint('/organization/usage/code_interpreter_sessions', GET),
  adminEndpoint('/organization/usage/completions', GET),
  adminEndpoint('/organization/usage/embeddings', GET),
  adminEndpoint('/organization/usage/images', GET),
  adminEndpoint('/organization/usage/moderations', GET),
  adminEndpoint('/organization/usage/vector_stores', GET),
  adminEndpoint('/organization/users', GET),
  adminEndpoint('/organization/users/{user_id}', GET_POST_DELETE),
  adminEndpoint('/organization/users/{user_id}/roles', GET_POST),
  adminEndpoint('/organization/users/{user_id}/roles/{role_id}', DELETE),
  adminEndpoint('/projects/{project_id}/roles', GET_POST),
  adminEndpoint('/projects/{project_id}/roles/{role_id}', POST_DELETE),
  adminEndpoint('/projects/{project_id}/groups/{group_id}/roles', GET_POST),
  adminEndpoint('/projects/{project_id}/groups/{group_id}/roles/{role_id}', DELETE),
  adminEndpoint('/projects/{project_id}/users/{user_id}/roles', GET_POST),
  adminEndpoint('/projects/{project_id}/users/{user_id}/roles/{role_id}', DELETE),
];

const ASSISTANTS_SUNSET = 'shut down on August 26, 2026 with the rest of the Assistants API';
const USE_RESPONSES = 'the Responses API (POST /v1/responses, with /v1/conversations for threads)';

/** Endpoints that are gone, with what replaces them. */
export const removedOpenAIEndpoints: readonly RemovedOpenAIEndpoint[] = [
  {
    path: '/engines/{engine_id}/completions',
    removed: 'removed in 2023 when "engines" became "models"',
    replacement: 'POST /v1/completions (or /v1/chat/completions) with the engine name as "model" in the body',
    replacementPath: '/completions',
  },
  {
    path: '/engines/{engine_id}/search',
    removed: 'removed in 2023 with the Search endpoint',
    replacement: 'embeddings (POST /v1/embeddings) or a vector store search (POST /v1/vector_stores/{id}/search)',
  },
  { path: '/engines', coversSubpaths: true, removed: 'removed in 2023 when "engines" became "models"', replacement: 'GET /v1/models', replacementPath: '/models' },
  {
    path: '/answers',
    removed: 'removed in 2023',
    replacement: 'POST /v1/responses or /v1/chat/completions with the documents in the prompt, or file search',
  },
  { path: '/classifications', removed: 'removed in 2023', replacement: 'POST /v1/chat/completions (or /v1/responses) with a classification prompt, or embeddings' },
  { path: '/search', removed: 'removed in 2023', replacement: 'embeddings (POST /v1/embeddings) or a vector store search (POST /v1/vector_stores/{id}/search)' },
  { path: '/edits', removed: 'shut down on January 4, 2024', replacement: 'POST /v1/chat/completions with the instruction in the messages', replacementPath: '/chat/completions' },
  {
    path: '/fine-tunes',
    coversSubpaths: true,
    removed: 'shut down in January 2024 (note the hyphen: fine-tunes is the old API, fine_tuning the current one)',
    replacement: '/v1/fine_tuning/jobs',
    replacementPath: '/fine_tuning/jobs',
  },
  { path: '/assistants', coversSubpaths: true, removed: ASSISTANTS_SUNSET, replacement: USE_RESPONSES, replacementPath: '/responses' },
  { path: '/threads', coversSubpaths: true, removed: ASSISTANTS_SUNSET, replacement: USE_RESPONSES },
];

const matchEndpoint = createPathMatcher(openAIEndpoints);
const matchRemoved = createPathMatcher(removedOpenAIEndpoints, (item) => item.coversSubpaths === true);

export interface OpenAIPathMatch {
  readonly endpoint: OpenAIEndpoint;
  /** Values of the `{param}` segments, by name. */
  readonly parameters: Readonly<Record<string, string>>;
}

export interface RemovedOpenAIPathMatch {
  readonly removedEndpoint: RemovedOpenAIEndpoint;
}

/**
 * The current endpoint a path (relative to `/v1`, e.g. `/files/file-abc/content`) refers to, or
 * undefined. `{param}` segments match any value; template placeholders (`{{id}}`, `:id`) only match
 * `{param}` segments.
 */
export function matchOpenAIPath(path: string): OpenAIPathMatch | undefined {
  const match = matchEndpoint(path);
  return match === undefined ? undefined : { endpoint: match.item, parameters: match.parameters };
}

/** The removed endpoint a path (relative to `/v1`) refers to, or undefined. */
export function matchRemovedOpenAIPath(path: string): RemovedOpenAIPathMatch | undefined {
  const match = matchRemoved(path);
  return match === undefined ? undefined : { removedEndpoint: match.item };
}

/**
 * The inference endpoints, longest first: what an SDK appends to its base URL, so a base URL
 * that already ends in one of them is a full request URL used by mistake.
 */
export const openAIInferencePaths: readonly string[] = [
  '/audio/transcriptions',
  '/images/generations',
  '/audio/translations',
  '/images/variations',
  '/chat/completions',
  '/audio/speech',
  '/images/edits',
  '/moderations',
  '/completions',
  '/embeddings',
  '/responses',
];
