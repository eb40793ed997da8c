/**
 * OpenAI's REST endpoints as data, relative to the base URL `https://api.openai.com/v1`.
 *
 * The table itself is generated (openai-endpoint-table.ts, by scripts/openai-endpoint-table.mjs)
 * from the official OpenAPI spec's endpoint list in data/openai-endpoints.tsv plus what OpenAI
 * announced after that snapshot, in data/openai-endpoint-changes.json. Edit the data, then run
 * `pnpm generate`; CI fails while the table is stale. Paths use `{name}` for a path parameter.
 */
import { createPathMatcher } from '../path-patterns.js';
import { openAIEndpointSource, openAIEndpointTable, refusedOpenAIHeaderTable, shutDownOpenAIEndpointTable } from './openai-endpoint-table.js';

export { isTemplateSegment, pathSegments } from '../path-patterns.js';
export { openAIEndpointSource };

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface OpenAIEndpoint {
  readonly path: string;
  readonly methods: readonly HttpMethod[];
  /** Admin API (the spec's AdminApiKeyAuth): needs an admin key (`sk-admin-…`), not a project key. */
  readonly admin?: boolean;
}

export interface RemovedOpenAIEndpoint {
  readonly path: string;
  /** True when every path below this one is gone too (`/engines/...`). */
  readonly coversSubpaths?: boolean;
  /** When it was shut down: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where only that much is known. */
  readonly shutDown: string;
  /** When and how it went away, for the message: "shut down on 2026-09-24 with the Videos (Sora) API". */
  readonly removed: string;
  /** What to call instead, for the message; undefined when OpenAI offers no replacement. */
  readonly replacement?: string;
  /** The path that replaces it, when it is a one-to-one rename (relative to `/v1`). */
  readonly replacementPath?: string;
}

/** A header value the API refuses since the feature it selected was shut down (`OpenAI-Beta: realtime=v1`). */
export interface RefusedOpenAIHeader {
  /** The header name as OpenAI writes it (matched case-insensitively). */
  readonly header: string;
  readonly value: string;
  readonly shutDown: string;
  readonly removed: string;
  readonly replacement: string;
}

/** Every current endpoint with the methods it accepts. */
export const openAIEndpoints: readonly OpenAIEndpoint[] = openAIEndpointTable;

/** Endpoints that are gone, with what replaces them. */
export const removedOpenAIEndpoints: readonly RemovedOpenAIEndpoint[] = shutDownOpenAIEndpointTable;

/** Header values the API refuses. */
export const refusedOpenAIHeaders: readonly RefusedOpenAIHeader[] = refusedOpenAIHeaderTable;

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
