import keyProviderMismatch from '../../src/rules/key-provider-mismatch.js';
import { redact } from '../../src/redact.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { headerFact, keyFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const openaiKey = fakeKey('openai-project');
const openrouterKey = fakeKey('openrouter');
const anthropicKey = fakeKey('anthropic');
const groqKey = fakeKey('groq');
const code = origin('code', 'client.ts');

testRule(keyProviderMismatch, {
  valid: [
    { title: 'an OpenAI key in OPENAI_API_KEY', fact: keyFact(openaiKey) },
    { title: 'an OpenRouter key in OPENROUTER_API_KEY', fact: keyFact(openrouterKey, { name: 'OPENROUTER_API_KEY' }) },
    { title: 'an OpenRouter key sent to OpenRouter through an OpenAI client', fact: keyFact(openrouterKey, { destination: 'https://openrouter.ai/api/v1/chat/completions', provider: 'openai', origin: code }) },
    { title: 'a Groq key under a generic name', fact: keyFact(groqKey, { name: 'API_KEY' }) },
    { title: 'an Anthropic key under a generic option name', fact: keyFact(anthropicKey, { name: 'apiKey', origin: code }) },
    { title: 'any key sent to a local Ollama server', fact: keyFact(anthropicKey, { destination: 'http://localhost:11434/v1/chat/completions', origin: code }) },
    { title: 'any key sent to 127.0.0.1', fact: keyFact(groqKey, { destination: 'http://127.0.0.1:8000/v1/chat/completions', origin: code }) },
    { title: 'any key sent to an OpenAI-compatible gateway', fact: keyFact(openrouterKey, { destination: 'https://litellm.internal.example.com/v1/chat/completions', origin: code }) },
    { title: 'a DeepSeek-shaped sk- key proves nothing about its provider', fact: keyFact(fakeKey('deepseek')) },
    { title: 'a Mistral key has no prefix to tell', fact: keyFact(fakeKey('mistral')) },
    { title: 'a placeholder', fact: keyFact('sk-or-v1-xxxx', { name: 'OPENAI_API_KEY' }) },
    { title: 'a Gemini key sent to the Gemini OpenAI-compatible endpoint', fact: headerFact('Authorization', `Bearer ${fakeKey('gemini')}`, { destination: 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions' }) },
    // facts-2026-12.md: *.services.ai.azure.com also hosts Claude on Foundry under /anthropic/.
    { title: 'an Anthropic key sent to Claude on Azure Foundry', fact: headerFact('x-api-key', anthropicKey, { destination: 'https://contoso.services.ai.azure.com/anthropic/v1/messages' }) },
  ],
  invalid: [
    {
      title: 'an Anthropic key sent to Azure OpenAI on the same Foundry host',
      fact: headerFact('api-key', anthropicKey, { destination: 'https://contoso.services.ai.azure.com/openai/v1/chat/completions' }),
      findings: [{ messageId: 'destination', messageIncludes: ['which only accepts Azure OpenAI keys'] }],
    },
    {
      title: 'an OpenRouter key sent to api.openai.com',
      fact: headerFact('Authorization', `Bearer ${openrouterKey}`, { destination: 'https://api.openai.com/v1/chat/completions' }),
      findings: [
        {
          messageId: 'destination',
          start: 7,
          end: 7 + openrouterKey.length,
          messageIncludes: [`holds an OpenRouter key (${redact(openrouterKey)}) but is sent to api.openai.com`, 'only accepts OpenAI keys', 'https://openrouter.ai/api/v1'],
        },
      ],
    },
    {
      title: 'an OpenRouter key in OPENAI_API_KEY',
      fact: keyFact(openrouterKey),
      findings: [{ messageId: 'variable', messageIncludes: ['OPENAI_API_KEY holds an OpenRouter key', 'move it to OPENROUTER_API_KEY', 'OPENAI_BASE_URL points at https://openrouter.ai/api/v1'] }],
    },
    {
      title: 'an Anthropic key in OPENAI_API_KEY',
      fact: keyFact(anthropicKey),
      findings: [{ messageId: 'variable', messageIncludes: ['holds an Anthropic API key', 'which OpenAI will reject with 401', 'move it to ANTHROPIC_API_KEY'] }],
    },
    {
      title: 'a truncated Anthropic key is still Anthropic’s',
      fact: keyFact(anthropicKey.slice(0, 40)),
      findings: [{ messageId: 'variable', messageIncludes: ['holds an Anthropic'] }],
    },
    {
      title: 'a Groq key sent to api.openai.com',
      fact: keyFact(groqKey, { name: 'apiKey', destination: 'https://api.openai.com/v1/chat/completions', origin: code }),
      findings: [{ messageId: 'destination', messageIncludes: ['holds a Groq key', 'https://api.groq.com/openai/v1'] }],
    },
    {
      title: 'an OpenAI key in ANTHROPIC_API_KEY',
      fact: keyFact(openaiKey, { name: 'ANTHROPIC_API_KEY' }),
      findings: [{ messageId: 'variable', messageIncludes: ['ANTHROPIC_API_KEY holds an OpenAI project key', 'Anthropic will reject', 'move it to OPENAI_API_KEY'] }],
    },
    {
      title: 'an OpenAI key passed to the Anthropic client',
      fact: keyFact(openaiKey, { name: 'apiKey', provider: 'anthropic', origin: code }),
      findings: [{ messageId: 'client', messageIncludes: ['goes to the Anthropic client', 'pass an Anthropic key'] }],
    },
    {
      title: 'an OpenAI key sent to an Azure OpenAI resource',
      fact: headerFact('api-key', openaiKey, { destination: 'https://my-resource.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21' }),
      findings: [{ messageId: 'destination', messageIncludes: ['sent to my-resource.openai.azure.com', 'only accepts Azure OpenAI keys', 'use an Azure OpenAI key there'] }],
    },
    {
      title: 'the message never shows the whole key',
      fact: keyFact(openrouterKey, { name: 'GROQ_API_KEY' }),
      findings: [{ messageId: 'variable', messageIncludes: [redact(openrouterKey)] }],
    },
  ],
});
