import keyPlaceholder from '../../src/rules/key-placeholder.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { headerFact, keyFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const tail = key.slice(-4);

testRule(keyPlaceholder, {
  valid: [
    // `process.env.OPENAI_API_KEY ?? ''`: the default after the real source; the code checks the key or the SDK reports it missing.
    { title: 'an empty fallback after the real source', fact: keyFact('', { fallback: true }) },
    { title: 'a real-looking project key', fact: keyFact(key) },
    { title: 'a short sk-None- key', fact: keyFact(fakeKey('openai-none-short')) },
    { title: 'an Anthropic key', fact: keyFact(fakeKey('anthropic'), { name: 'ANTHROPIC_API_KEY' }) },
    { title: 'a DeepSeek key', fact: keyFact(fakeKey('deepseek'), { name: 'DEEPSEEK_API_KEY' }) },
    { title: 'a Mistral key has no prefix', fact: keyFact(fakeKey('mistral'), { name: 'MISTRAL_API_KEY' }) },
    { title: 'a placeholder in .env.example is correct', fact: keyFact('your-api-key-here', { origin: origin('env-template', '.env.example') }) },
    { title: 'an empty value in .env.example is correct', fact: keyFact('', { origin: origin('env-template', '.env.example') }) },
    { title: 'a masked key in documentation', fact: keyFact('sk-proj-…Ab12', { origin: origin('docs', 'README.md') }) },
    { title: 'a dummy key for a local Ollama server', fact: keyFact('ollama', { destination: 'http://localhost:11434/v1/chat/completions', origin: origin('code', 'client.ts') }) },
    { title: 'a dummy key for LM Studio on 127.0.0.1', fact: keyFact('dummy', { destination: 'http://127.0.0.1:1234/v1/models', origin: origin('code', 'client.ts') }) },
    { title: '$OPENAI_API_KEY in a curl command is expanded by the shell', fact: headerFact('Authorization', 'Bearer $OPENAI_API_KEY', { origin: origin('curl', 'run.sh') }) },
    { title: 'a truncated key is key-format’s business', fact: keyFact(key.slice(0, 30)) },
    { title: 'a URL in the key slot is key-format’s business', fact: keyFact('https://api.openai.com/v1') },
  ],
  invalid: [
    { title: 'an empty value in .env', fact: keyFact(''), findings: [{ messageId: 'empty', messageIncludes: ['OPENAI_API_KEY is empty', "You didn't provide an API key"] }] },
    { title: 'only whitespace', fact: keyFact('  \r'), findings: [{ messageId: 'empty' }] },
    {
      title: 'an empty exported variable that also blocks dotenv',
      fact: keyFact('', { origin: origin('process-env', 'process.env') }),
      findings: [{ messageId: 'empty', messageIncludes: ['keeps dotenv from loading the one in .env'] }],
    },
    { title: 'YOUR_API_KEY', fact: keyFact('YOUR_API_KEY'), findings: [{ messageId: 'placeholder', messageIncludes: ['OPENAI_API_KEY is a placeholder, not a key', 'put your real key here'] }] },
    { title: '<your key>', fact: keyFact('<your key>'), findings: [{ messageId: 'placeholder', messageIncludes: ['the placeholder "<your key>"'] }] },
    { title: 'your-api-key-here', fact: keyFact('your-api-key-here'), findings: [{ messageId: 'placeholder' }] },
    { title: 'sk-xxxx', fact: keyFact('sk-xxxx'), findings: [{ messageId: 'placeholder', messageIncludes: ['"sk-xxxx"'] }] },
    { title: 'sk-...', fact: keyFact('sk-...'), findings: [{ messageId: 'placeholder' }] },
    { title: 'sk-123456789 (the semgrep false positive)', fact: keyFact('sk-123456789', { origin: origin('code', 'app.py'), name: 'openai.api_key', evidence: 'client', provider: 'openai' }), findings: [{ messageId: 'placeholder', messageIncludes: ['keep the real key in .env'] }] },
    { title: 'changeme', fact: keyFact('changeme'), findings: [{ messageId: 'placeholder', messageIncludes: ['"changeme"'] }] },
    { title: 'a placeholder as the fallback is still sent when the source is missing', fact: keyFact('YOUR_API_KEY', { fallback: true }), findings: [{ messageId: 'placeholder' }] },
    { title: 'dummy_api_key', fact: keyFact('dummy_api_key'), findings: [{ messageId: 'placeholder' }] },
    { title: 'test', fact: keyFact('test'), findings: [{ messageId: 'placeholder' }] },
    { title: 'a quoted placeholder', fact: keyFact('"YOUR_OPENAI_API_KEY"'), findings: [{ messageId: 'placeholder' }] },
    { title: 'undefined from a missing variable', fact: keyFact('undefined', { origin: origin('code', 'client.ts'), name: 'apiKey', evidence: 'client' }), findings: [{ messageId: 'missingValue', messageIncludes: ['the text "undefined"', 'make sure the variable is set'] }] },
    { title: 'null', fact: keyFact('null'), findings: [{ messageId: 'missingValue', messageIncludes: ['"null"'] }] },
    { title: 'Python None', fact: keyFact('None'), findings: [{ messageId: 'missingValue', messageIncludes: ['"None"'] }] },
    {
      title: '${OPENAI_API_KEY} that dotenv never expanded',
      fact: keyFact('${OPENAI_API_KEY}', { name: 'OPENAI_KEY' }),
      findings: [{ messageId: 'unexpanded', messageIncludes: ['OPENAI_KEY holds a reference to OPENAI_API_KEY that nothing expanded', 'dotenv-expand'] }],
    },
    {
      title: '$OPENAI_API_KEY in a Postman header',
      fact: headerFact('Authorization', 'Bearer $OPENAI_API_KEY', { origin: origin('collection', 'api.postman_collection.json'), destination: 'https://api.openai.com/v1/models' }),
      findings: [{ messageId: 'unexpanded', start: 7, end: 22, messageIncludes: ['Postman does not expand shell variables'] }],
    },
    {
      title: 'process.env.OPENAI_API_KEY written as a string',
      fact: keyFact('process.env.OPENAI_API_KEY', { name: 'apiKey', origin: origin('code', 'client.ts'), evidence: 'client' }),
      findings: [{ messageId: 'unexpanded', messageIncludes: ['apiKey holds a reference to OPENAI_API_KEY', 'read it from process.env'] }],
    },
    {
      title: 'the variable name instead of its value',
      fact: keyFact('OPENAI_API_KEY', { name: 'apiKey', origin: origin('code', 'client.ts'), evidence: 'client' }),
      findings: [{ messageId: 'variableName', messageIncludes: ['apiKey holds the name of a variable instead of its value'] }],
    },
    { title: 'a masked key from the dashboard: sk-proj-****abcd', fact: keyFact(`sk-proj-****${tail}`), findings: [{ messageId: 'masked', messageIncludes: ['create a new key and copy it then'] }] },
    { title: 'a masked key: sk-…abcd', fact: keyFact(`sk-\u2026${tail}`), findings: [{ messageId: 'masked' }] },
    { title: 'a masked key: sk-...abcd', fact: keyFact(`sk-...${tail}`), findings: [{ messageId: 'masked' }] },
    { title: 'a masked key: sk-proj-••••', fact: keyFact('sk-proj-\u2022\u2022\u2022\u2022'), findings: [{ messageId: 'masked' }] },
    { title: 'a masked key from an error message: sk-proj-Ab12****…wxyz', fact: keyFact(`sk-proj-${key.slice(8, 12)}****\u2026${tail}`), findings: [{ messageId: 'masked' }] },
    { title: 'a placeholder in a collection header', fact: headerFact('Authorization', 'Bearer YOUR_API_KEY', { origin: origin('collection', 'api.postman_collection.json'), destination: 'https://api.groq.com/openai/v1/models' }), findings: [{ messageId: 'placeholder', start: 7, end: 19 }] },
    { title: 'a placeholder sent to a remote gateway still fails', fact: keyFact('changeme', { destination: 'https://gateway.example.com/v1/chat/completions' }), findings: [{ messageId: 'placeholder' }] },
  ],
});
