import { describeName } from '../describe.js';
import { analyzeUrl } from '../endpoints.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'endpoint-https',
  category: 'endpoint',
  severity: 'error',
  description: 'Requests to a provider API must use https: over http the API key travels in clear text.',
  facts: ['endpoint'],
  recommended: true,
  security: true,
  fixable: true,
  messages: {
    insecure: '{{name}} sends the API key to {{host}} over plain http, readable by anyone on the network — use https://{{host}}',
  },
  check(fact, context) {
    const analysis = analyzeUrl(fact.url);
    // Local servers (Ollama, LM Studio) speak http and keys to them never leave the machine or LAN;
    // unknown hosts may be an internal gateway behind TLS termination, which keylint cannot see.
    if (analysis === undefined || analysis.scheme !== 'http' || analysis.provider === undefined || analysis.local) return;
    const { start, end } = analysis.schemeSpan;
    context.report({
      messageId: 'insecure',
      data: { name: describeName(fact), host: analysis.host },
      start,
      end,
      fix: { start, end, text: 'https' },
    });
  },
});
