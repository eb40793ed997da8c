import type { IdentifierFact } from '../facts.js';
import { keyShapeOf } from '../keys.js';
import { knownKeyPrefixes } from '../providers/key-shapes.js';
import { redact } from '../redact.js';
import { defineRule } from '../rule.js';
import { lookupTable } from '../table.js';

/** Observed shapes (shared/reference/openai.md §1.1): `org-` and `proj_` followed by 24 letters and digits; a range, never one length. */
const ORGANIZATION_ID = /^org-[A-Za-z0-9]{16,40}$/;
const PROJECT_ID = /^proj_[A-Za-z0-9]{16,40}$/;
const PLACEHOLDER = /your|<|>|\{|\}|x{3,}|\.{3}|…|\*{3,}|changeme|placeholder|example|dummy|todo|replace/i;

interface Slot {
  /** What the slot holds, for messages. */
  readonly what: string;
  readonly prefix: string;
  /** The prefix with the other separator, a common slip (`proj-`, `org_`). */
  readonly wrongSeparatorPrefix: string;
  readonly shape: RegExp;
  /** The other identifier's prefix, which means the two slots were swapped. */
  readonly otherPrefix: string;
  readonly otherWhat: string;
}

const SLOTS: Readonly<Record<IdentifierFact['identifier'], Slot>> = {
  'openai-organization': { what: 'an organization ID', prefix: 'org-', wrongSeparatorPrefix: 'org_', shape: ORGANIZATION_ID, otherPrefix: 'proj_', otherWhat: 'a project ID' },
  'openai-project': { what: 'a project ID', prefix: 'proj_', wrongSeparatorPrefix: 'proj-', shape: PROJECT_ID, otherPrefix: 'org-', otherWhat: 'an organization ID' },
};

/** Where the other identifier belongs, named the way this one is (header, env variable or SDK option). */
const COUNTERPART_NAMES = lookupTable<string>({
  'openai-organization': 'OpenAI-Project',
  'openai-project': 'OpenAI-Organization',
  openai_org_id: 'OPENAI_PROJECT_ID',
  openai_organization: 'OPENAI_PROJECT_ID',
  openai_organization_id: 'OPENAI_PROJECT_ID',
  openai_project_id: 'OPENAI_ORG_ID',
  openai_project: 'OPENAI_ORG_ID',
  organization: 'project',
  project: 'organization',
});

function counterpartOf(fact: IdentifierFact): string {
  return COUNTERPART_NAMES[fact.name.toLowerCase()] ?? (fact.identifier === 'openai-organization' ? 'OPENAI_PROJECT_ID' : 'OPENAI_ORG_ID');
}

/** A key pasted in the ID slot: a known key shape, or at least a key prefix with a long body. */
function looksLikeKey(value: string): boolean {
  if (keyShapeOf(value) !== undefined) return true;
  return value.length >= 24 && knownKeyPrefixes.some((prefix) => prefix.length >= 3 && value.startsWith(prefix));
}

export default defineRule({
  id: 'header-openai-ids',
  category: 'header',
  severity: 'error',
  description: 'OpenAI organization IDs must be `org-…` and project IDs `proj_…`: not swapped, not a key, not a placeholder.',
  facts: ['identifier'],
  recommended: true,
  fixable: true,
  messages: {
    keyInId: '{{name}} holds an API key ({{redacted}}), not {{what}}; IDs are not treated as secrets, so the key leaks into logs — move it to OPENAI_API_KEY and put {{what}} here',
    swapped: '{{name}} holds {{otherWhat}} (`{{otherPrefix}}…`), not {{what}}; the API rejects it — move it to {{counterpart}}',
    wrongSeparator: '{{name}} starts with `{{found}}`, but {{what}} starts with `{{prefix}}` — replace `{{found}}` with `{{prefix}}`',
    placeholder: '{{name}} still holds a placeholder; the API answers 401 — put {{what}} (`{{prefix}}…`, from the dashboard settings) or remove the setting',
    badShape: '{{name}} is not {{what}}: that is `{{prefix}}` followed by about 24 letters and digits (a name is not an ID) — copy it from the dashboard settings or remove the setting',
    whitespace: '{{name}} has whitespace around {{what}}, which breaks the header — remove it',
  },
  check(fact, context) {
    const slot = SLOTS[fact.identifier];
    const trimmed = fact.value.trim();
    if (trimmed.length === 0) return;
    const data = { name: fact.name, what: slot.what, prefix: slot.prefix };
    if (looksLikeKey(trimmed)) {
      context.report({ messageId: 'keyInId', data: { ...data, redacted: redact(trimmed) } });
      return;
    }
    const leading = fact.value.length - fact.value.trimStart().length;
    if (trimmed !== fact.value) {
      const trailingStart = leading + trimmed.length;
      if (leading > 0) context.report({ messageId: 'whitespace', data, start: 0, end: leading, fix: { start: 0, end: leading, text: '' } });
      if (trailingStart < fact.value.length) context.report({ messageId: 'whitespace', data, start: trailingStart, end: fact.value.length, fix: { start: trailingStart, end: fact.value.length, text: '' } });
    }
    if (PLACEHOLDER.test(trimmed)) {
      context.report({ messageId: 'placeholder', data, start: leading, end: leading + trimmed.length });
      return;
    }
    if (trimmed.startsWith(slot.otherPrefix)) {
      context.report({ messageId: 'swapped', data: { ...data, otherWhat: slot.otherWhat, otherPrefix: slot.otherPrefix, counterpart: counterpartOf(fact) }, start: leading, end: leading + trimmed.length });
      return;
    }
    if (trimmed.startsWith(slot.wrongSeparatorPrefix)) {
      const prefixEnd = leading + slot.wrongSeparatorPrefix.length;
      const fixed = slot.prefix + trimmed.slice(slot.wrongSeparatorPrefix.length);
      // Only a certain fix: the rest must already be a valid ID body.
      const fix = slot.shape.test(fixed) ? { fix: { start: leading, end: prefixEnd, text: slot.prefix } } : {};
      context.report({ messageId: 'wrongSeparator', data: { ...data, found: slot.wrongSeparatorPrefix }, start: leading, end: prefixEnd, ...fix });
      return;
    }
    if (!slot.shape.test(trimmed)) context.report({ messageId: 'badShape', data, start: leading, end: leading + trimmed.length });
  },
});
