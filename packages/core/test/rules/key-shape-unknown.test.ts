import keyShapeUnknown from '../../src/rules/key-shape-unknown.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { headerFact, keyFact } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
// A random body of key characters under none of OpenAI's prefixes, built at run time like every key-shaped value here.
const newFormat = `ok2_${fakeKey('mistral', 'new-format')}`;
const jwt = `eyJ${'a'.repeat(30)}.eyJ${'b'.repeat(60)}.${'c'.repeat(40)}`;

testRule(keyShapeUnknown, {
  valid: [
    { title: 'a key of a known shape', fact: keyFact(key) },
    { title: "a Gemini auth key (AQ.), Google's 2026 format", fact: keyFact(fakeKey('gemini-auth'), { name: 'GEMINI_API_KEY' }) },
    { title: 'a cut-off key of a known prefix is key-format\u2019s', fact: keyFact(key.slice(0, 30)) },
    { title: 'another provider\u2019s key is key-provider-mismatch\u2019s', fact: keyFact(fakeKey('anthropic')) },
    { title: 'an Entra ID token as Bearer to Azure', fact: headerFact('Authorization', `Bearer ${jwt}`, { destination: 'https://contoso.openai.azure.com/openai/v1/chat/completions' }) },
    { title: 'a placeholder is key-placeholder\u2019s', fact: keyFact('your-openai-api-key-here') },
    { title: 'a sentence is no plausible key', fact: keyFact('not a key at all, just words') },
    { title: 'a value of no provider', fact: keyFact(newFormat, { name: 'LLM_KEY' }) },
    { title: 'anything sent to a local server', fact: keyFact(newFormat, { destination: 'http://localhost:11434/v1' }) },
  ],
  invalid: [
    {
      title: 'a plausible value under none of OpenAI\u2019s prefixes: a warning, dated',
      fact: keyFact(newFormat),
      findings: [{ messageId: 'unknownShape', start: 0, end: newFormat.length, messageIncludes: ['not a shape keylint knows for OpenAI keys (as of 20', 'new key format'] }],
    },
  ],
});
