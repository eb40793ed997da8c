import envShadowed from '../../src/rules/env-shadowed.js';
import type { EnvDefinition, EnvDefinitionsFact, Loader } from '../../src/facts.js';
import { redact } from '../../src/redact.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const exported = fakeKey('openai-project', 'revoked');
const edited = fakeKey('openai-project', 'new');
const other = fakeKey('openai-project', 'other');

function definitions(loader: Loader, entries: readonly (readonly [string, string])[], mode?: string): EnvDefinitionsFact {
  const list: EnvDefinition[] = entries.map(([source, value], index) => ({ source, value, ...(source === 'process.env' ? {} : { filePath: source, line: index + 1 }) }));
  return { kind: 'env-definitions', name: 'OPENAI_API_KEY', loader, definitions: list, origin: origin('env', '.env'), ...(mode === undefined ? {} : { mode }) };
}

testRule(envShadowed, {
  valid: [
    { title: 'one definition', fact: definitions('nextjs', [['.env', edited]]) },
    { title: 'the same value in the shell and two files', fact: definitions('nextjs', [['process.env', edited], ['.env.local', edited], ['.env', edited]]) },
    { title: 'dotenv does not load .env.local, so it shadows nothing', fact: definitions('dotenv', [['.env', edited], ['.env.local', other]]) },
    { title: 'a production file is not loaded in development', fact: definitions('vite', [['.env', edited], ['.env.production', other]], 'development') },
    { title: 'nothing loaded at all', fact: definitions('nextjs', [['.env.production', edited]], 'development') },
  ],
  invalid: [
    {
      title: 'a stale exported key beats the edited .env under Next.js',
      fact: definitions('nextjs', [['.env.local', edited], ['process.env', exported]]),
      findings: [
        {
          messageId: 'shadowed',
          definition: 0,
          start: 0,
          end: edited.length,
          messageIncludes: [`OPENAI_API_KEY here (${redact(edited)}) is shadowed by the exported shell variable (${redact(exported)}), which wins under Next.js — unset it`],
        },
      ],
    },
    {
      title: 'every losing file is reported, each at its own definition',
      fact: definitions('nextjs', [['.env', other], ['.env.development.local', edited], ['.env.local', exported]]),
      findings: [
        { messageId: 'shadowed', definition: 0, messageIncludes: ['shadowed by .env.development.local', 'remove it from .env.development.local or update it there'] },
        { messageId: 'shadowed', definition: 2, messageIncludes: ['shadowed by .env.development.local'] },
      ],
    },
    {
      title: 'Vite: .env.[mode] beats .env.local',
      fact: definitions('vite', [['.env.local', edited], ['.env.staging', other]], 'staging'),
      findings: [{ messageId: 'shadowed', definition: 0, messageIncludes: ['shadowed by .env.staging', 'under Vite'] }],
    },
    {
      title: 'dotenv: the shell beats .env',
      fact: definitions('dotenv', [['.env', edited], ['process.env', exported]]),
      findings: [{ messageId: 'shadowed', definition: 0, messageIncludes: ['under dotenv'] }],
    },
    {
      title: 'a duplicate in one file: the later line wins',
      fact: definitions('dotenv', [['.env', edited], ['.env', other]]),
      findings: [{ messageId: 'shadowed', definition: 0, messageIncludes: ['shadowed by line 2 of .env', 'remove the duplicate'] }],
    },
    {
      title: 'values that redact alike are told apart by fingerprint',
      fact: definitions('nextjs', [['.env', 'https://a.example.com/v1'], ['.env.local', 'https://b.example.com/v1']]),
      findings: [{ messageId: 'shadowed', definition: 0, messageIncludes: ['chars, #'] }],
    },
  ],
});
