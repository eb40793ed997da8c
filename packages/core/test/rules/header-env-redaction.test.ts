import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../src/check.js';
import type { Fact } from '../../src/facts.js';
import envName from '../../src/rules/env-name.js';
import envShadowed from '../../src/rules/env-shadowed.js';
import headerAuthName from '../../src/rules/header-auth-name.js';
import headerAuthScheme from '../../src/rules/header-auth-scheme.js';
import headerKeyInUrl from '../../src/rules/header-key-in-url.js';
import headerMissingRequired from '../../src/rules/header-missing-required.js';
import headerOpenaiIds from '../../src/rules/header-openai-ids.js';
import { fakeKey, fakeKeyKinds } from '../../src/testing/fake-keys.js';
import { endpointFact, envVariableFact, headerFact, origin } from '../facts.js';

const rules = [envName, envShadowed, headerAuthName, headerAuthScheme, headerKeyInUrl, headerMissingRequired, headerOpenaiIds];

/** Facts that put each kind of key where these rules speak about it. */
function factsCarrying(key: string): Fact[] {
  return [
    headerFact('Authorization', key, { destination: 'https://api.openai.com/v1/models' }),
    headerFact('Authorization', `Bearer: Bearer  ${key}`, { destination: 'https://api.openai.com/v1/models' }),
    headerFact('Authorisation', `Bearer ${key}`, { destination: 'https://api.openai.com/v1/models' }),
    headerFact('api-key', key, { destination: 'https://api.openai.com/v1/models' }),
    headerFact('OpenAI-Organization', key),
    headerFact('OpenAI-Project', key),
    endpointFact(`https://api.openai.com/v1/models?api_key=${key}&key=${key}`, { headers: [] }),
    envVariableFact('OPENAI_KEY', key),
    {
      kind: 'env-definitions',
      name: 'OPENAI_API_KEY',
      loader: 'nextjs',
      definitions: [
        { source: '.env', value: key },
        { source: 'process.env', value: `${key}x` },
      ],
      origin: origin(),
    },
  ];
}

describe('header and env rules never print a full key', () => {
  for (const kind of fakeKeyKinds) {
    it(kind, () => {
      const key = fakeKey(kind, 'redaction');
      const findings = checkFacts(factsCarrying(key), { rules });
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        const printed = [finding.message, ...Object.values(finding.data), ...(finding.suggestions ?? []).map((suggestion) => suggestion.message)];
        for (const text of printed) expect(text).not.toContain(key);
      }
    });
  }
});
