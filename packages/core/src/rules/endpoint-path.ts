import { describeName } from '../describe.js';
import { abbreviate, analyzeUrl, azureEndpoints, endpointBelowVersion, providerEndpoints } from '../endpoints.js';
import { suggestPath } from '../path-patterns.js';
import { matchRemovedOpenAIPath } from '../providers/openai-endpoints.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'endpoint-path',
  category: 'endpoint',
  severity: 'error',
  description: 'Request URLs must name an endpoint the provider has: no typos, no shut-down endpoints (engines, edits, fine-tunes, Assistants, Videos, Evals, prompts).',
  facts: ['endpoint'],
  recommended: true,
  hasSuggestions: true,
  messages: {
    unknown: '{{name}} calls {{path}}, which is not an endpoint of {{provider}} (404) — did you mean {{suggestion}}?',
    removed: '{{name}} calls {{path}}, which was {{removed}} — use {{replacement}}',
    removedWithoutReplacement: '{{name}} calls {{path}}, which was {{removed}}; {{provider}} offers no replacement — remove the call',
    useEndpoint: 'Use {{suggestion}}',
  },
  check(fact, context) {
    if (fact.role !== 'request') return;
    const analysis = analyzeUrl(fact.url);
    if (analysis?.provider === undefined) return;
    const known = analysis.provider.id === 'azure-openai' ? azureEndpoints(analysis.provider, analysis.path) : providerEndpoints(analysis.provider);
    if (known === undefined) return;
    const rest = endpointBelowVersion(analysis, known.prefix);
    if (rest === undefined || known.match(rest) !== undefined) return;
    const name = describeName(fact);
    const path = abbreviate(known.prefix + rest);
    const span = { start: analysis.pathSpan.start, end: analysis.pathSpan.end };
    if (known.provider.id === 'openai') {
      const removed = matchRemovedOpenAIPath(rest)?.removedEndpoint;
      if (removed !== undefined) {
        const replacementPath = removed.replacementPath === undefined ? undefined : known.prefix + removed.replacementPath;
        // A Postman `{{variable}}` in the path would read as an unfilled message template: name the endpoint instead.
        const data = { name, path: analysis.pathTemplated ? known.prefix + removed.path : path, removed: removed.removed, provider: known.provider.name };
        if (removed.replacement === undefined) {
          context.report({ messageId: 'removedWithoutReplacement', data, ...span });
          return;
        }
        context.report({
          messageId: 'removed',
          data: { ...data, replacement: removed.replacement },
          ...span,
          ...(replacementPath === undefined ? {} : { suggestions: [{ messageId: 'useEndpoint', data: { suggestion: replacementPath }, fix: { ...span, text: replacementPath } }] }),
        });
        return;
      }
    }
    // A placeholder where a fixed word belongs (`/v1/{{resource}}`) cannot be judged.
    if (analysis.pathTemplated) return;
    const suggestion = suggestPath(known.endpoints, rest);
    if (suggestion === undefined) return;
    const suggestedPath = known.prefix + suggestion.path;
    context.report({
      messageId: 'unknown',
      data: { name, path, provider: known.provider.name, suggestion: suggestedPath },
      ...span,
      suggestions: [{ messageId: 'useEndpoint', data: { suggestion: suggestedPath }, fix: { ...span, text: suggestedPath } }],
    });
  },
});
