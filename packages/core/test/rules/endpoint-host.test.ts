import endpointHost from '../../src/rules/endpoint-host.js';
import { endpointFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const baseUrl = (url: string, name = 'OPENAI_BASE_URL') => endpointFact(url, { role: 'base-url', name, origin: origin('env', '.env') });

testRule(endpointHost, {
  valid: [
    { title: 'the OpenAI API host', fact: baseUrl('https://api.openai.com/v1') },
    { title: 'the EU data-residency host', fact: baseUrl('https://eu.api.openai.com/v1') },
    { title: 'the US data-residency host', fact: baseUrl('https://us.api.openai.com/v1') },
    { title: 'the UAE data-residency host', fact: baseUrl('https://ae.api.openai.com/v1') },
    { title: 'an upper-case host', fact: baseUrl('https://API.OPENAI.COM/v1') },
    { title: 'a host with a trailing dot', fact: baseUrl('https://api.openai.com./v1') },
    { title: 'Anthropic', fact: endpointFact('https://api.anthropic.com/v1/messages') },
    { title: 'an Azure OpenAI resource', fact: baseUrl('https://my-resource.openai.azure.com/openai/v1', 'AZURE_OPENAI_ENDPOINT') },
    { title: 'Azure Government', fact: baseUrl('https://my-resource.openai.azure.us/', 'AZURE_OPENAI_ENDPOINT') },
    { title: 'Azure China', fact: baseUrl('https://my-resource.openai.azure.cn/', 'AZURE_OPENAI_ENDPOINT') },
    { title: 'an Azure AI services host', fact: baseUrl('https://my-resource.cognitiveservices.azure.com/', 'AZURE_OPENAI_ENDPOINT') },
    { title: 'Azure API Management in front of Azure OpenAI', fact: baseUrl('https://my-apim.azure-api.net/openai') },
    { title: 'Groq', fact: baseUrl('https://api.groq.com/openai/v1') },
    { title: 'OpenRouter', fact: baseUrl('https://openrouter.ai/api/v1') },
    { title: 'Gemini', fact: baseUrl('https://generativelanguage.googleapis.com/v1beta/openai/') },
    { title: 'Zhipu, one letter from xAI', fact: baseUrl('https://api.z.ai/api/paas/v4') },
    { title: 'a company gateway', fact: baseUrl('https://llm.internal.example.com/v1') },
    { title: 'a proxy with openai in its name', fact: baseUrl('https://api.openai-proxy.com/v1') },
    { title: 'Ollama', fact: baseUrl('http://localhost:11434/v1') },
    { title: 'a local server on 127.0.0.1', fact: endpointFact('http://127.0.0.1:8080/v1/chat/completions') },
    { title: 'an IP address', fact: baseUrl('https://10.0.0.12/v1') },
    { title: 'a Postman variable host', fact: endpointFact('https://{{host}}/v1/chat/completions') },
    { title: 'a shell variable host', fact: endpointFact('https://${OPENAI_HOST}/v1/chat/completions') },
    { title: 'not a URL', fact: baseUrl('${OPENAI_BASE_URL}') },
  ],
  invalid: [
    {
      title: 'api.openai.co',
      fact: baseUrl('https://api.openai.co/v1'),
      findings: [{ messageId: 'wrongHost', start: 8, end: 21, fixed: 'https://api.openai.com/v1', messageIncludes: ['OPENAI_BASE_URL points at api.openai.co, which is a typo; the OpenAI API is api.openai.com'] }],
    },
    { title: 'api.opeani.com', fact: baseUrl('https://api.opeani.com/v1'), findings: [{ messageId: 'wrongHost', fixed: 'https://api.openai.com/v1' }] },
    {
      title: 'the website host',
      fact: endpointFact('https://openai.com/v1/chat/completions'),
      findings: [{ messageId: 'wrongHost', fixed: 'https://api.openai.com/v1/chat/completions', messageIncludes: ['not the API host (that is the website or app)'] }],
    },
    { title: 'www.openai.com', fact: baseUrl('https://www.openai.com/v1'), findings: [{ messageId: 'wrongHost', fixed: 'https://api.openai.com/v1' }] },
    { title: 'the dashboard host', fact: baseUrl('https://platform.openai.com/v1'), findings: [{ messageId: 'wrongHost', fixed: 'https://api.openai.com/v1' }] },
    { title: 'the ChatGPT app host', fact: baseUrl('https://chat.openai.com/v1'), findings: [{ messageId: 'wrongHost', fixed: 'https://api.openai.com/v1' }] },
    { title: 'chatgpt.com', fact: baseUrl('https://chatgpt.com/v1'), findings: [{ messageId: 'wrongHost', fixed: 'https://api.openai.com/v1' }] },
    {
      title: 'anthropic.com',
      fact: endpointFact('https://anthropic.com/v1/messages'),
      findings: [{ messageId: 'wrongHost', fixed: 'https://api.anthropic.com/v1/messages', messageIncludes: ['the Anthropic API is api.anthropic.com'] }],
    },
    { title: 'api.antropic.com', fact: baseUrl('https://api.antropic.com', 'ANTHROPIC_BASE_URL'), findings: [{ messageId: 'wrongHost', fixed: 'https://api.anthropic.com' }] },
    {
      title: 'a userinfo and port keep the host span exact',
      fact: endpointFact('https://user:pw@api.openai.co:443/v1/models'),
      findings: [{ messageId: 'wrongHost', start: 16, end: 29, fixed: 'https://user:pw@api.openai.com:443/v1/models' }],
    },
    {
      title: 'a typo of the Anthropic host is a suggestion, not a fix',
      fact: endpointFact('https://api.anthrpic.com/v1/messages'),
      findings: [{ messageId: 'typo', suggested: ['https://api.anthropic.com/v1/messages'], messageIncludes: ['looks like a typo of api.anthropic.com (Anthropic)'] }],
    },
    { title: 'a typo of the Groq host', fact: baseUrl('https://api.grq.com/openai/v1'), findings: [{ messageId: 'typo', suggested: ['https://api.groq.com/openai/v1'] }] },
    { title: 'a typo of the OpenRouter host', fact: baseUrl('https://openrouter.ia/api/v1'), findings: [{ messageId: 'typo', suggested: ['https://openrouter.ai/api/v1'] }] },
    {
      title: 'a typo of the Gemini host',
      fact: baseUrl('https://generativelanguage.googleapi.com/v1beta/openai/'),
      findings: [{ messageId: 'typo', suggested: ['https://generativelanguage.googleapis.com/v1beta/openai/'] }],
    },
    { title: 'a one-letter TLD typo', fact: baseUrl('https://api.openai.cm/v1'), findings: [{ messageId: 'typo', suggested: ['https://api.openai.com/v1'] }] },
    {
      title: 'api.openai.azure.com mixes OpenAI and Azure',
      fact: baseUrl('https://api.openai.azure.com/v1'),
      findings: [{ messageId: 'azureApiHost', suggested: ['https://api.openai.com/v1'], messageIncludes: ['neither OpenAI (api.openai.com) nor an Azure OpenAI resource'] }],
    },
    {
      title: 'Azure without a resource name',
      fact: baseUrl('https://openai.azure.com/', 'AZURE_OPENAI_ENDPOINT'),
      findings: [{ messageId: 'azureNoResource', messageIncludes: ['AZURE_OPENAI_ENDPOINT points at openai.azure.com without a resource name'] }],
    },
    {
      title: 'Azure labels swapped (the SDK docstring example)',
      fact: baseUrl('https://example-resource.azure.openai.com/', 'AZURE_OPENAI_ENDPOINT'),
      findings: [{ messageId: 'azureSwapped', fixed: 'https://example-resource.openai.azure.com/' }],
    },
    { title: 'Azure .net instead of .com', fact: baseUrl('https://my-resource.openai.azure.net/', 'AZURE_OPENAI_ENDPOINT'), findings: [{ messageId: 'azureSuffixTypo', fixed: 'https://my-resource.openai.azure.com/' }] },
    {
      title: 'another near miss of the Azure suffix is a suggestion',
      fact: baseUrl('https://my-resource.openai.azrue.com/', 'AZURE_OPENAI_ENDPOINT'),
      findings: [{ messageId: 'azureSuffixTypo', suggested: ['https://my-resource.openai.azure.com/'] }],
    },
  ],
});
