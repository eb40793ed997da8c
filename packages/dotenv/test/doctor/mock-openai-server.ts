import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the OpenAI API on 127.0.0.1, answering `GET …/models` with the bodies the
 * real API sends (shared/reference/openai.md §2). The first path segment picks the scenario, so
 * one server serves every test: `http://127.0.0.1:PORT/<scenario>/v1`.
 */
export type Scenario =
  | 'ok'
  | 'invalid-key'
  | 'invalid-key-echo'
  | 'no-key'
  | 'mismatched-organization'
  | 'region'
  | 'insufficient-quota'
  | 'rate-limit'
  | 'unknown-url'
  | 'server-error'
  | 'hang'
  | 'redirect'
  | 'html';

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface MockServer {
  readonly origin: string;
  readonly port: number;
  readonly requests: ReceivedRequest[];
  baseUrl(scenario: Scenario, suffix?: string): string;
  /** Where the `redirect` scenario points. */
  redirectTarget?: string;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function errorBody(message: string, type: string, code: string | null): unknown {
  return { error: { message, type, param: null, code } };
}

function bearerToken(headers: IncomingHttpHeaders): string {
  const header = headers.authorization ?? '';
  return header.replace(/^Bearer /, '');
}

/** What the real API does with a rejected key: shows a masked form of what it received. */
function maskedLikeTheApi(key: string): string {
  return `${key.slice(0, 8)}${'*'.repeat(20)}${key.slice(-4)}`;
}

export async function startMockServer(): Promise<MockServer> {
  const requests: ReceivedRequest[] = [];
  const mock: { redirectTarget?: string } = {};
  const server: Server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    const [, scenario = ''] = (request.url ?? '').split('/');
    const key = bearerToken(request.headers);
    switch (scenario as Scenario) {
      case 'ok':
        return sendJson(response, 200, { object: 'list', data: [{ id: 'gpt-4o', object: 'model' }, { id: 'gpt-4o-mini', object: 'model' }, { id: 'text-embedding-3-small', object: 'model' }] });
      case 'invalid-key':
        return sendJson(response, 401, errorBody(`Incorrect API key provided: ${maskedLikeTheApi(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key'));
      case 'invalid-key-echo':
        // A careless gateway that echoes the whole key back: the doctor must still never print it.
        return sendJson(response, 401, errorBody(`Incorrect API key provided: ${key}`, 'invalid_request_error', 'invalid_api_key'));
      case 'no-key':
        return sendJson(response, 401, errorBody("You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", 'invalid_request_error', null));
      case 'mismatched-organization':
        return sendJson(response, 401, errorBody('OpenAI-Organization header should match organization for API key', 'invalid_request_error', 'mismatched_organization'));
      case 'region':
        return sendJson(response, 403, { error: { code: 'unsupported_country_region_territory', message: 'Country, region, or territory not supported', param: null, type: 'request_forbidden' } });
      case 'insufficient-quota':
        return sendJson(response, 429, errorBody('You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota', 'insufficient_quota'));
      case 'rate-limit':
        return sendJson(response, 429, errorBody('Rate limit reached for requests in organization org-test on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.', 'requests', 'rate_limit_exceeded'));
      case 'unknown-url':
        return sendJson(response, 404, errorBody('Unknown request URL: GET /models. Please check the URL for typos.', 'invalid_request_error', 'unknown_url'));
      case 'server-error':
        return sendJson(response, 503, errorBody('The server is overloaded or not ready yet.', 'server_error', null));
      case 'html':
        response.writeHead(200, { 'content-type': 'text/html' });
        return response.end('<html><body>Sign in to the proxy</body></html>');
      case 'redirect':
        response.writeHead(302, { location: mock.redirectTarget ?? 'http://localhost:1/v1/models' });
        return response.end();
      case 'hang':
        // Never answers; the client's timeout must fire. close() destroys the socket.
        return;
      default:
        return sendJson(response, 404, errorBody(`Unknown request URL: ${request.method} ${request.url}.`, 'invalid_request_error', 'unknown_url'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    baseUrl: (scenario, suffix = '/v1') => `${origin}/${scenario}${suffix}`,
    set redirectTarget(target: string | undefined) {
      if (target === undefined) delete mock.redirectTarget;
      else mock.redirectTarget = target;
    },
    get redirectTarget() {
      return mock.redirectTarget;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on: opened, then closed again. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
