import endpointHttps from '../../src/rules/endpoint-https.js';
import { endpointFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const baseUrl = (url: string, name = 'OPENAI_BASE_URL') => endpointFact(url, { role: 'base-url', name, origin: origin('env', '.env') });

testRule(endpointHttps, {
  valid: [
    { title: 'https to OpenAI', fact: endpointFact('https://api.openai.com/v1/chat/completions', { method: 'POST' }) },
    { title: 'Ollama on localhost speaks http', fact: baseUrl('http://localhost:11434/v1') },
    { title: 'a local server on 127.0.0.1', fact: endpointFact('http://127.0.0.1:8080/v1/chat/completions', { method: 'POST' }) },
    { title: 'a LAN server', fact: baseUrl('http://192.168.1.20:1234/v1') },
    { title: 'a docker host alias', fact: baseUrl('http://host.docker.internal:11434/v1') },
    { title: 'an internal gateway over http (TLS may end in front of it)', fact: baseUrl('http://llm.internal.example.com/v1') },
    { title: 'an unknown host', fact: endpointFact('http://example.com/v1/chat/completions') },
    { title: 'a templated host', fact: endpointFact('http://{{host}}/v1/chat/completions') },
    { title: 'a shell variable', fact: baseUrl('${OPENAI_HOST}/v1') },
    { title: 'not a URL', fact: baseUrl('api.openai.com/v1') },
    { title: 'an empty value', fact: baseUrl('') },
  ],
  invalid: [
    {
      title: 'http to api.openai.com',
      fact: baseUrl('http://api.openai.com/v1'),
      findings: [{ messageId: 'insecure', start: 0, end: 4, fixed: 'https://api.openai.com/v1', messageIncludes: ['OPENAI_BASE_URL sends the API key to api.openai.com over plain http', 'use https://api.openai.com'] }],
    },
    {
      title: 'an upper-case scheme with leading whitespace keeps offsets',
      fact: endpointFact(' HTTP://api.anthropic.com/v1/messages', { method: 'POST' }),
      findings: [{ messageId: 'insecure', start: 1, end: 5, fixed: ' https://api.anthropic.com/v1/messages', messageIncludes: ['The request URL sends the API key to api.anthropic.com'] }],
    },
    {
      title: 'an Azure OpenAI resource host',
      fact: baseUrl('http://my-resource.openai.azure.com/openai/v1', 'AZURE_OPENAI_ENDPOINT'),
      findings: [{ messageId: 'insecure', fixed: 'https://my-resource.openai.azure.com/openai/v1' }],
    },
    {
      title: 'Groq with a port',
      fact: endpointFact('http://api.groq.com:80/openai/v1/chat/completions'),
      findings: [{ messageId: 'insecure', fixed: 'https://api.groq.com:80/openai/v1/chat/completions' }],
    },
  ],
});
