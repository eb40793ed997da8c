import { describeName } from '../describe.js';
import { abbreviate, analyzeUrl, hasTemplateMarker, isUnderPrefix, withoutTrailingSlash, type UrlAnalysis } from '../endpoints.js';
import { defineRule } from '../rule.js';

const PARAMETER = 'api-version';

/** Spellings of the parameter seen in configs; Azure ignores them and answers as if it were missing. */
const MISSPELLED_PARAMETERS = new Set(['api_version', 'apiversion', 'api-versions', 'apiver', 'api-ver', 'version', 'api.version']);

/** A GA version to offer when one is missing; the message says to pick the one the deployment supports. */
const SUGGESTED_VERSION = '2024-10-21';

/** Values only the v1 API (`/openai/v1/`) understands. */
const V1_ONLY_VALUES = new Set(['latest', 'preview']);

interface QueryParameter {
  readonly name: string;
  readonly value: string | undefined;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** Query parameters with their positions in the URL string. */
function queryParameters(analysis: UrlAnalysis): QueryParameter[] {
  const parameters: QueryParameter[] = [];
  let start = analysis.querySpan.start;
  const end = analysis.querySpan.end;
  while (start < end) {
    const ampersand = analysis.text.indexOf('&', start);
    const partEnd = ampersand === -1 || ampersand > end ? end : ampersand;
    const equals = analysis.text.indexOf('=', start);
    const hasValue = equals !== -1 && equals < partEnd;
    const nameEnd = hasValue ? equals : partEnd;
    parameters.push({
      name: analysis.text.slice(start, nameEnd),
      value: hasValue ? analysis.text.slice(equals + 1, partEnd) : undefined,
      nameStart: start,
      nameEnd,
      valueStart: hasValue ? equals + 1 : partEnd,
      valueEnd: partEnd,
    });
    start = partEnd + 1;
  }
  return parameters;
}

function isDigits(text: string): boolean {
  return text.length > 0 && [...text].every((character) => character >= '0' && character <= '9');
}

/** `YYYY-MM-DD` or `YYYY-MM-DD-preview`, with a real month and day. */
function isDatedVersion(value: string): boolean {
  const date = value.toLowerCase().endsWith('-preview') ? value.slice(0, -'-preview'.length) : value;
  const [year, month, day, ...rest] = date.split('-');
  if (rest.length > 0 || year?.length !== 4 || month?.length !== 2 || day?.length !== 2) return false;
  if (!isDigits(year) || !isDigits(month) || !isDigits(day)) return false;
  return Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31;
}

type Shape = 'v1' | 'classic' | 'other';

/** `/openai/v1/...` needs no api-version; every other `/openai/...` data-plane path needs one. */
function shapeOf(path: string): Shape {
  const normalized = withoutTrailingSlash(path).toLowerCase();
  if (isUnderPrefix(normalized, '/openai/v1')) return 'v1';
  if (normalized.startsWith('/openai/') && normalized.length > '/openai/'.length) return 'classic';
  return 'other';
}

export default defineRule({
  id: 'endpoint-azure-api-version',
  category: 'endpoint',
  severity: 'error',
  description: 'Azure OpenAI deployment URLs need a well-formed `api-version` query parameter; the `/openai/v1/` API needs none.',
  facts: ['endpoint'],
  recommended: true,
  fixable: true,
  hasSuggestions: true,
  messages: {
    missing:
      '{{name}} calls an Azure OpenAI {{what}} without ?api-version=; Azure answers 404 — add the API version your resource supports, or move to the /openai/v1/ API which needs none',
    addVersion: 'Add api-version={{version}} (a GA version; pick the one your resource supports)',
    misnamed: '{{name}} passes the Azure API version as {{parameter}}, which Azure ignores — the parameter is api-version',
    emptyValue: '{{name}} has an empty api-version; Azure rejects the request — set a version like {{version}}',
    malformed: '{{name}} has api-version={{value}}, which is not a version: use YYYY-MM-DD or YYYY-MM-DD-preview{{v1Hint}}',
    v1OnlyValue: '{{name}} has api-version={{value}}, which only the /openai/v1/ API understands — use a dated version (YYYY-MM-DD) on /openai/deployments/… URLs',
  },
  check(fact, context) {
    const analysis = analyzeUrl(fact.url);
    if (analysis === undefined || analysis.hostTemplated || analysis.provider?.id !== 'azure-openai') return;
    const shape = shapeOf(analysis.path);
    if (shape === 'other') return;
    const name = describeName(fact);
    const parameters = queryParameters(analysis);
    const versionParameter = parameters.find((parameter) => parameter.name.toLowerCase() === PARAMETER);
    if (versionParameter === undefined) {
      const misnamed = parameters.find((parameter) => MISSPELLED_PARAMETERS.has(parameter.name.toLowerCase()) || parameter.name === 'apiVersion');
      if (misnamed !== undefined && shape === 'classic') {
        context.report({
          messageId: 'misnamed',
          data: { name, parameter: abbreviate(misnamed.name) },
          start: misnamed.nameStart,
          end: misnamed.nameEnd,
          fix: { start: misnamed.nameStart, end: misnamed.nameEnd, text: PARAMETER },
        });
        return;
      }
      // The Azure client adds api-version to base URLs itself; only full request URLs must carry it.
      if (fact.role !== 'request' || shape !== 'classic' || hasTemplateMarker(analysis.query)) return;
      const insertAt = analysis.querySpan.end;
      const text = analysis.query.length > 0 ? `&${PARAMETER}=${SUGGESTED_VERSION}` : `?${PARAMETER}=${SUGGESTED_VERSION}`;
      const deployment = analysis.path.toLowerCase().includes('/deployments/');
      context.report({
        messageId: 'missing',
        data: { name, what: deployment ? 'deployment URL' : 'URL' },
        start: analysis.pathSpan.start,
        end: analysis.pathSpan.end,
        suggestions: [{ messageId: 'addVersion', data: { version: SUGGESTED_VERSION }, fix: { start: insertAt, end: insertAt, text } }],
      });
      return;
    }
    const value = versionParameter.value ?? '';
    if (hasTemplateMarker(value) || value.includes('$')) return;
    const span = { start: versionParameter.valueStart, end: versionParameter.valueEnd };
    if (value.length === 0) {
      context.report({ messageId: 'emptyValue', data: { name, version: SUGGESTED_VERSION }, start: versionParameter.nameStart, end: versionParameter.valueEnd });
      return;
    }
    if (isDatedVersion(value)) return;
    if (V1_ONLY_VALUES.has(value.toLowerCase())) {
      if (shape === 'classic') context.report({ messageId: 'v1OnlyValue', data: { name, value: abbreviate(value) }, ...span });
      return;
    }
    context.report({ messageId: 'malformed', data: { name, value: abbreviate(value), v1Hint: shape === 'v1' ? ' (or preview / latest on /openai/v1/)' : '' }, ...span });
  },
});
