import endpointAzureApiVersion from '../../src/rules/endpoint-azure-api-version.js';
import { endpointFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const HOST = 'https://my-resource.openai.azure.com';
const DEPLOYMENT = `${HOST}/openai/deployments/gpt-4o/chat/completions`;
const request = (url: string) => endpointFact(url, { method: 'POST' });
const baseUrl = (url: string, name = 'AZURE_OPENAI_ENDPOINT') => endpointFact(url, { role: 'base-url', name, origin: origin('env', '.env') });

testRule(endpointAzureApiVersion, {
  valid: [
    { title: 'a deployment URL with a GA version', fact: request(`${DEPLOYMENT}?api-version=2024-10-21`) },
    { title: 'a preview version', fact: request(`${DEPLOYMENT}?api-version=2025-04-01-preview`) },
    { title: 'api-version after another parameter', fact: request(`${DEPLOYMENT}?foo=bar&api-version=2024-06-01`) },
    { title: 'the v1 API needs no api-version', fact: request(`${HOST}/openai/v1/chat/completions`) },
    { title: 'the v1 API with preview', fact: request(`${HOST}/openai/v1/responses?api-version=preview`) },
    { title: 'the v1 API with latest', fact: request(`${HOST}/openai/v1/models?api-version=latest`) },
    { title: 'an Azure AI services host with a version', fact: request('https://my-resource.cognitiveservices.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21') },
    { title: 'a deployment base URL (the client adds the version)', fact: baseUrl(`${HOST}/openai/deployments/gpt-4o`, 'openai_api_base') },
    { title: 'the resource endpoint', fact: baseUrl(`${HOST}/`) },
    { title: 'a Postman variable as the version', fact: request(`${DEPLOYMENT}?api-version={{apiVersion}}`) },
    { title: 'a shell variable as the version', fact: request(`${DEPLOYMENT}?api-version=$OPENAI_API_VERSION`) },
    { title: 'a Postman variable as the whole query', fact: request(`${DEPLOYMENT}?{{query}}`) },
    { title: 'a templated host', fact: request('https://{{resource}}.openai.azure.com/openai/deployments/gpt-4o/chat/completions') },
    { title: 'OpenAI itself', fact: request('https://api.openai.com/v1/chat/completions') },
    { title: 'a gateway with an Azure-like path', fact: request('https://llm.internal.example.com/openai/deployments/gpt-4o/chat/completions') },
    { title: 'a local server', fact: request('http://localhost:8080/openai/deployments/x/chat/completions') },
    { title: 'not a URL', fact: request('{{azureEndpoint}}/openai/deployments/x/chat/completions') },
  ],
  invalid: [
    {
      title: 'a deployment URL without api-version',
      fact: request(DEPLOYMENT),
      findings: [
        {
          messageId: 'missing',
          start: HOST.length,
          end: DEPLOYMENT.length,
          suggested: [`${DEPLOYMENT}?api-version=2024-10-21`],
          messageIncludes: ['The request URL calls an Azure OpenAI deployment URL without ?api-version=; Azure answers 404', '/openai/v1/ API which needs none'],
        },
      ],
    },
    { title: 'other parameters but no api-version', fact: request(`${DEPLOYMENT}?foo=1`), findings: [{ messageId: 'missing', suggested: [`${DEPLOYMENT}?foo=1&api-version=2024-10-21`] }] },
    { title: 'listing deployments', fact: endpointFact(`${HOST}/openai/deployments`, { method: 'GET' }), findings: [{ messageId: 'missing', messageIncludes: ['an Azure OpenAI URL without'] }] },
    {
      title: 'api_version instead of api-version',
      fact: request(`${DEPLOYMENT}?api_version=2024-10-21`),
      findings: [{ messageId: 'misnamed', start: DEPLOYMENT.length + 1, end: DEPLOYMENT.length + 12, fixed: `${DEPLOYMENT}?api-version=2024-10-21`, messageIncludes: ['passes the Azure API version as api_version'] }],
    },
    { title: 'apiVersion', fact: request(`${DEPLOYMENT}?apiVersion=2024-10-21`), findings: [{ messageId: 'misnamed', fixed: `${DEPLOYMENT}?api-version=2024-10-21` }] },
    { title: 'an empty value', fact: request(`${DEPLOYMENT}?api-version=`), findings: [{ messageId: 'emptyValue' }] },
    { title: 'a bare parameter', fact: request(`${DEPLOYMENT}?api-version`), findings: [{ messageId: 'emptyValue' }] },
    {
      title: 'a malformed date',
      fact: request(`${DEPLOYMENT}?api-version=2024/10/21`),
      findings: [{ messageId: 'malformed', start: DEPLOYMENT.length + 13, end: DEPLOYMENT.length + 23, messageIncludes: ['api-version=2024/10/21, which is not a version: use YYYY-MM-DD or YYYY-MM-DD-preview'] }],
    },
    { title: 'an impossible month', fact: request(`${DEPLOYMENT}?api-version=2024-13-01`), findings: [{ messageId: 'malformed' }] },
    { title: 'a misspelled preview suffix', fact: request(`${DEPLOYMENT}?api-version=2024-10-01-previw`), findings: [{ messageId: 'malformed' }] },
    { title: 'v1 as a version value', fact: request(`${HOST}/openai/v1/chat/completions?api-version=v1`), findings: [{ messageId: 'malformed', messageIncludes: ['(or preview / latest on /openai/v1/)'] }] },
    { title: 'latest on a deployment URL', fact: request(`${DEPLOYMENT}?api-version=latest`), findings: [{ messageId: 'v1OnlyValue', messageIncludes: ['only the /openai/v1/ API understands'] }] },
    { title: 'a malformed version in the endpoint setting', fact: baseUrl(`${HOST}/openai/deployments/gpt-4o?api-version=2024-1-1`, 'openai_api_base'), findings: [{ messageId: 'malformed' }] },
  ],
});
