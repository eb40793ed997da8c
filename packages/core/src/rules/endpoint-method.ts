import { describeName } from '../describe.js';
import { analyzeUrl, endpointBelowVersion, providerEndpoints } from '../endpoints.js';
import { defineRule } from '../rule.js';

/** Methods a REST call can name; HEAD and OPTIONS (CORS preflight) are left alone. */
const CHECKED_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** The mix-ups worth a sentence of their own. */
function hintFor(method: string, allowed: readonly string[]): string {
  if ((method === 'PUT' || method === 'PATCH') && allowed.includes('POST')) return '; updates use POST';
  if (method === 'GET' && allowed.length === 1 && allowed[0] === 'POST') return '; it takes a JSON body, so use POST';
  return '';
}

export default defineRule({
  id: 'endpoint-method',
  category: 'endpoint',
  severity: 'error',
  description: 'Requests must use a method the endpoint accepts (`POST /v1/embeddings`, `GET /v1/models`).',
  facts: ['endpoint'],
  recommended: true,
  messages: {
    wrongMethod: '{{name}} sends {{method}} to {{path}}, which accepts only {{allowed}} — the API answers 404{{hint}}',
  },
  check(fact, context) {
    if (fact.role !== 'request' || fact.method === undefined) return;
    const method = fact.method.trim().toUpperCase();
    if (!CHECKED_METHODS.has(method)) return;
    const analysis = analyzeUrl(fact.url);
    if (analysis?.provider === undefined) return;
    const known = providerEndpoints(analysis.provider);
    if (known === undefined) return;
    const rest = endpointBelowVersion(analysis, known.prefix);
    const match = rest === undefined ? undefined : known.match(rest);
    if (match === undefined || match.item.methods.includes(method)) return;
    const allowed = match.item.methods;
    context.report({
      messageId: 'wrongMethod',
      data: {
        name: describeName(fact),
        method,
        // The endpoint pattern, not the URL as written: ids and `{{variables}}` stay out of the message.
        path: known.prefix + match.item.path,
        allowed: allowed.join(' or '),
        hint: hintFor(method, allowed),
      },
      start: analysis.pathSpan.start,
      end: analysis.pathSpan.end,
    });
  },
});
