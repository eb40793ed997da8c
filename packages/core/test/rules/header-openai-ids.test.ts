import headerOpenaiIds from '../../src/rules/header-openai-ids.js';
import type { IdentifierFact } from '../../src/facts.js';
import { fakeKey, fakeOrganizationId, fakeProjectId } from '../../src/testing/fake-keys.js';
import { headerFact, origin } from '../facts.js';
import { testRule } from '../rule-tester.js';

const organization = fakeOrganizationId();
const project = fakeProjectId();
const key = fakeKey('openai-project');

function identifierFact(identifier: IdentifierFact['identifier'], name: string, value: string): IdentifierFact {
  return { kind: 'identifier', identifier, name, value, origin: origin() };
}

const organizationVariable = (value: string) => identifierFact('openai-organization', 'OPENAI_ORG_ID', value);
const projectVariable = (value: string) => identifierFact('openai-project', 'OPENAI_PROJECT_ID', value);

testRule(headerOpenaiIds, {
  valid: [
    { title: 'an organization ID', fact: organizationVariable(organization) },
    { title: 'a project ID', fact: projectVariable(project) },
    { title: 'the organization header (derived from a header fact)', fact: headerFact('OpenAI-Organization', organization) },
    { title: 'the project header', fact: headerFact('OpenAI-Project', project) },
    { title: 'an empty variable: the SDK sends nothing', fact: organizationVariable('') },
    { title: 'a header unrelated to IDs', fact: headerFact('OpenAI-Beta', 'assistants=v2') },
  ],
  invalid: [
    {
      title: 'a project ID in the organization slot',
      fact: organizationVariable(project),
      findings: [{ messageId: 'swapped', start: 0, end: project.length, messageIncludes: ['OPENAI_ORG_ID holds a project ID (`proj_…`)', 'move it to OPENAI_PROJECT_ID'] }],
    },
    {
      title: 'an organization ID in the project header',
      fact: headerFact('OpenAI-Project', organization),
      findings: [{ messageId: 'swapped', messageIncludes: ['OpenAI-Project holds an organization ID', 'move it to OpenAI-Organization'] }],
    },
    {
      title: 'swapped SDK options',
      fact: identifierFact('openai-project', 'project', organization),
      findings: [{ messageId: 'swapped', messageIncludes: ['move it to organization'] }],
    },
    {
      title: 'proj- with a hyphen',
      fact: projectVariable(`proj-${project.slice(5)}`),
      findings: [{ messageId: 'wrongSeparator', start: 0, end: 5, fixed: project, messageIncludes: ['starts with `proj-`', 'replace `proj-` with `proj_`'] }],
    },
    {
      title: 'org_ with an underscore',
      fact: organizationVariable(`org_${organization.slice(4)}`),
      findings: [{ messageId: 'wrongSeparator', fixed: organization }],
    },
    {
      title: 'a key pasted in the organization header, never printed',
      fact: headerFact('OpenAI-Organization', key),
      findings: [{ messageId: 'keyInId', messageIncludes: ['OpenAI-Organization holds an API key (sk-proj-…', 'move it to OPENAI_API_KEY'] }],
    },
    {
      title: 'a project key (sk-proj-) in the project slot',
      fact: projectVariable(key),
      findings: [{ messageId: 'keyInId' }],
    },
    {
      title: 'a placeholder',
      fact: organizationVariable('org-YOUR_ORG_ID'),
      findings: [{ messageId: 'placeholder', messageIncludes: ['still holds a placeholder'] }],
    },
    {
      title: 'a masked placeholder',
      fact: projectVariable('proj_xxxxxxxx'),
      findings: [{ messageId: 'placeholder' }],
    },
    {
      title: 'the organization name instead of its ID',
      fact: organizationVariable('Personal'),
      findings: [{ messageId: 'badShape', messageIncludes: ['OPENAI_ORG_ID is not an organization ID', '`org-` followed by about 24 letters and digits'] }],
    },
    {
      title: 'a truncated ID',
      fact: organizationVariable('org-abc'),
      findings: [{ messageId: 'badShape' }],
    },
    {
      title: 'a trailing carriage return from a CRLF file',
      fact: organizationVariable(`${organization}\r`),
      findings: [{ messageId: 'whitespace', start: organization.length, end: organization.length + 1, fixed: organization }],
    },
  ],
});
