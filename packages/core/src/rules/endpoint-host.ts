import { describeName } from '../describe.js';
import { closestMatch, editDistance } from '../did-you-mean.js';
import { abbreviate, analyzeUrl, type UrlAnalysis } from '../endpoints.js';
import type { EndpointFact } from '../facts.js';
import { providers, type Provider } from '../providers/providers.js';
import { defineRule, type RuleContext } from '../rule.js';

type MessageId = 'wrongHost' | 'typo' | 'useHost' | 'azureApiHost' | 'azureNoResource' | 'azureSwapped' | 'azureSuffixTypo';

const AZURE_SUFFIX = '.openai.azure.com';

/** Misspelled Azure OpenAI host endings seen in configs, each certainly meant as `.openai.azure.com`. */
const AZURE_SUFFIX_TYPOS: readonly string[] = [
  '.azure.openai.com',
  '.openai.azure.net',
  '.openai.azure.org',
  '.openai.azure.co',
  '.openai.azur.com',
  '.openia.azure.com',
  '.opeani.azure.com',
  '.openai.azure.cm',
];

/** Real endings close to `.openai.azure.com`: Azure Government, Azure China. */
const AZURE_SOVEREIGN_SUFFIXES: readonly string[] = ['.openai.azure.us', '.openai.azure.cn'];

/** Real hosts one or two edits away from a provider host: never a typo. */
const LEGITIMATE_LOOKALIKES = new Set(['api.z.ai', 'api.grok.com']);

const PROVIDER_HOSTS: readonly { readonly host: string; readonly provider: Provider }[] = providers.flatMap((provider) =>
  provider.hosts.map((host) => ({ host, provider })),
);

const WRONG_HOSTS: ReadonlyMap<string, Provider> = new Map(
  providers.flatMap((provider) => (provider.wrongHosts ?? []).map((host) => [host, provider] as const)),
);

function isIpLiteral(host: string): boolean {
  if (host.startsWith('[')) return true;
  for (const character of host) {
    if ((character < '0' || character > '9') && character !== '.') return false;
  }
  return true;
}

/** A typo needs a small distance relative to the host: one edit for short hosts, two for long ones. */
function typoDistance(host: string): number {
  return host.length >= 16 ? 2 : 1;
}

function reasonFor(host: string, expected: string): string {
  return editDistance(host, expected, 2) <= 2 ? 'a typo' : 'not the API host (that is the website or app)';
}

type Report = RuleContext<MessageId>['report'];

function replaceHost(report: Report, fact: EndpointFact, analysis: UrlAnalysis, messageId: MessageId, expected: string, data: Record<string, string>, certain: boolean): void {
  const { start, end } = analysis.hostSpan;
  const edit = { start, end, text: expected };
  report({
    messageId,
    data: { name: describeName(fact), host: abbreviate(analysis.host), expected: abbreviate(expected), ...data },
    start,
    end,
    ...(certain ? { fix: edit } : { suggestions: [{ messageId: 'useHost', data: { expected }, fix: edit }] }),
  });
}

function checkAzure(report: Report, fact: EndpointFact, analysis: UrlAnalysis): boolean {
  const { host } = analysis;
  if (host === 'api.openai.azure.com') {
    report({
      messageId: 'azureApiHost',
      data: { name: describeName(fact) },
      start: analysis.hostSpan.start,
      end: analysis.hostSpan.end,
      suggestions: [{ messageId: 'useHost', data: { expected: 'api.openai.com' }, fix: { ...analysis.hostSpan, text: 'api.openai.com' } }],
    });
    return true;
  }
  if (host === AZURE_SUFFIX.slice(1)) {
    report({ messageId: 'azureNoResource', data: { name: describeName(fact) }, start: analysis.hostSpan.start, end: analysis.hostSpan.end });
    return true;
  }
  if (host.endsWith(AZURE_SUFFIX) || AZURE_SOVEREIGN_SUFFIXES.some((suffix) => host.endsWith(suffix))) return false;
  const typo = AZURE_SUFFIX_TYPOS.find((suffix) => host.endsWith(suffix) && host.length > suffix.length);
  if (typo !== undefined) {
    const expected = host.slice(0, host.length - typo.length) + AZURE_SUFFIX;
    replaceHost(report, fact, analysis, typo === '.azure.openai.com' ? 'azureSwapped' : 'azureSuffixTypo', expected, {}, true);
    return true;
  }
  // `{resource}.<three labels>` where the three labels are a near miss of openai.azure.com.
  const labels = host.split('.');
  if (labels.length >= 4) {
    const ending = labels.slice(-3).join('.');
    if ((ending.includes('azure') || ending.startsWith('openai.')) && editDistance(ending, AZURE_SUFFIX.slice(1), 2) <= 2) {
      const expected = labels.slice(0, -3).join('.') + AZURE_SUFFIX;
      replaceHost(report, fact, analysis, 'azureSuffixTypo', expected, {}, false);
      return true;
    }
  }
  return false;
}

export default defineRule({
  id: 'endpoint-host',
  category: 'endpoint',
  severity: 'error',
  description: 'Provider URLs must use the API host: no typos, no website hosts, and Azure OpenAI hosts shaped `{resource}.openai.azure.com`.',
  facts: ['endpoint'],
  recommended: true,
  fixable: true,
  hasSuggestions: true,
  messages: {
    wrongHost: '{{name}} points at {{host}}, which is {{reason}}; the {{provider}} API is {{expected}} — use it',
    typo: '{{name}} points at {{host}}, which looks like a typo of {{expected}} ({{provider}}); the request will not reach the API',
    useHost: 'Use {{expected}}',
    azureApiHost:
      '{{name}} points at api.openai.azure.com, which is neither OpenAI (api.openai.com) nor an Azure OpenAI resource (<your-resource>.openai.azure.com)',
    azureNoResource: '{{name}} points at openai.azure.com without a resource name — use https://<your-resource>.openai.azure.com (Azure portal → your resource → Keys and Endpoint)',
    azureSwapped: '{{name}} has {{host}}: Azure OpenAI hosts end in .openai.azure.com, not .azure.openai.com — use {{expected}}',
    azureSuffixTypo: '{{name}} has {{host}}: Azure OpenAI hosts end in .openai.azure.com — use {{expected}}',
  },
  check(fact, context) {
    const analysis = analyzeUrl(fact.url);
    if (analysis === undefined || analysis.hostTemplated || analysis.local || isIpLiteral(analysis.host)) return;
    const { host } = analysis;
    const wrongFor = WRONG_HOSTS.get(host);
    if (wrongFor !== undefined) {
      const expected = wrongFor.hosts[0] as string;
      replaceHost(context.report, fact, analysis, 'wrongHost', expected, { provider: wrongFor.name, reason: reasonFor(host, expected) }, true);
      return;
    }
    if (checkAzure(context.report, fact, analysis)) return;
    if (analysis.provider !== undefined || LEGITIMATE_LOOKALIKES.has(host) || host.length < 10) return;
    const closest = closestMatch(
      host,
      PROVIDER_HOSTS.map((entry) => entry.host),
      { maximumDistance: typoDistance(host), caseSensitive: true },
    );
    if (closest === undefined) return;
    const provider = PROVIDER_HOSTS.find((entry) => entry.host === closest)?.provider as Provider;
    replaceHost(context.report, fact, analysis, 'typo', closest, { provider: provider.name }, false);
  },
});
