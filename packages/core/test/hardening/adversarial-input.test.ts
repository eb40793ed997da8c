import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../src/check.js';
import type { Fact, FactKind, FactOrigin } from '../../src/facts.js';
import { rules } from '../../src/rules/index.js';
import { ADVERSARIAL_UNITS, adversarialText, expectLinear, LARGE, sizeFor } from './linear-time.js';

/**
 * No catalog rule may be quadratic in the size of a fact. Every rule runs (through `checkFacts`,
 * as surfaces call it) on 300 KB of adversarial text in every string field of every fact kind.
 */
const env: FactOrigin = { medium: 'env', filePath: '.env' };
const code: FactOrigin = { medium: 'code', filePath: 'client.ts' };
const collection: FactOrigin = { medium: 'collection', filePath: 'api.postman_collection.json' };

/**
 * Where adversarial text goes: each value field a rule reads closely, and all the name fields at
 * once (names go through fewer and cheaper checks). Each entry builds the facts for one text.
 */
const slots: Readonly<Record<FactKind, readonly (readonly [string, (text: string) => Fact[]])[]>> = {
  key: [
    // The same key rules also read every key core derives from a header (Authorization below), so one key slot is enough.
    ['key value', (text) => [{ kind: 'key', value: text, name: 'OPENAI_API_KEY', provider: 'openai', destination: 'https://api.openai.com/v1', literal: true, carriageReturnLineEnding: true, origin: env }]],
  ],
  header: [
    ['Authorization Bearer value', (text) => [{ kind: 'header', name: 'Authorization', value: `Bearer ${text}`, literal: true, destination: 'https://api.openai.com/v1/models', origin: collection }]],
    [
      'organization and run-time header values',
      (text) => [
        { kind: 'header', name: 'OpenAI-Organization', value: text, literal: true, origin: code },
        { kind: 'header', name: 'Authorization', value: `Bearer ${text}`, runtimeSpans: [{ start: 7, end: 7 + text.length }], literal: false, origin: code },
      ],
    ],
  ],
  endpoint: [
    ['request url on openai', (text) => [{ kind: 'endpoint', url: `https://api.openai.com/v1/${text}`, role: 'request', method: 'GET', origin: code }]],
    ['azure deployment url', (text) => [{ kind: 'endpoint', url: `https://x.openai.azure.com/openai/deployments/d/chat/completions?api-version=${text}`, role: 'request', method: 'POST', origin: code }]],
    [
      'base url and bare url',
      (text) => [
        { kind: 'endpoint', url: text, role: 'base-url', name: 'OPENAI_BASE_URL', origin: env },
        { kind: 'endpoint', url: `http://${text}/v1`, role: 'request', method: text.slice(0, 100), origin: code },
      ],
    ],
    [
      'request headers',
      (text) => [
        {
          kind: 'endpoint',
          url: 'https://api.anthropic.com/v1/messages',
          role: 'request',
          method: 'POST',
          headers: [{ name: text, value: text }, { name: 'Content-Type', value: text }],
          body: { json: true },
          origin: collection,
        },
      ],
    ],
  ],
  'env-variable': [['env value', (text) => [{ kind: 'env-variable', name: 'NEXT_PUBLIC_OPENAI_API_KEY', value: text, access: 'define', origin: env }]]],
  identifier: [['organization id', (text) => [{ kind: 'identifier', identifier: 'openai-organization', name: 'OPENAI_ORG_ID', value: text, origin: env }]]],
  client: [['client', () => [{ kind: 'client', provider: 'openai', dangerouslyAllowBrowser: true, origin: code }]]],
  'env-definitions': [
    [
      'definitions',
      (text) => [
        {
          kind: 'env-definitions',
          name: 'OPENAI_API_KEY',
          loader: 'nextjs',
          definitions: [
            { source: 'process.env', value: text },
            { source: '.env.local', value: `${text}x`, filePath: '.env.local', line: 1 },
            { source: '.env', value: text.slice(1), filePath: '.env', line: 2 },
          ],
          origin: env,
        },
      ],
    ],
  ],
};

/** Every name field at once: the variable, header and option names rules look up and spell-check. */
function namedFacts(text: string): Fact[] {
  return [
    { kind: 'key', value: 'x', name: text, literal: true, origin: env },
    { kind: 'header', name: text, value: 'Bearer abc', literal: true, destination: text, origin: code },
    { kind: 'endpoint', url: 'https://api.openai.com/v1', role: 'base-url', name: text, origin: env },
    { kind: 'env-variable', name: text, value: 'x', access: 'define', origin: env },
    { kind: 'env-variable', name: `OPENAI_${text}`, access: 'read', origin: code },
    { kind: 'identifier', identifier: 'openai-project', name: text, value: 'proj_x', origin: env },
    { kind: 'env-definitions', name: text, loader: 'vite', mode: text, definitions: [{ source: '.env', value: 'a' }, { source: '.env.local', value: 'b' }], origin: env },
  ];
}

describe('every catalog rule on 300 KB of adversarial text', () => {
  it('has a slot for every fact kind a rule reads', () => {
    for (const rule of rules) for (const kind of rule.facts) expect(slots[kind].length, `${rule.id} reads ${kind}`).toBeGreaterThan(0);
    expect(ADVERSARIAL_UNITS.filter((unit) => unit.findingPerUnit === true).map((unit) => unit.name)).toContain('byte order marks');
  });

  for (const [kind, kindSlots] of Object.entries(slots)) {
    for (const [slot, build] of kindSlots) {
      it(`${kind}: ${slot}`, () => {
        for (const unit of ADVERSARIAL_UNITS) {
          expectLinear(
            `${slot} / ${unit.name}`,
            (size) => {
              const findings = checkFacts(build(adversarialText(unit.unit, unit.prefix ?? '', size)));
              for (const finding of findings) expect(finding.location.end).toBeGreaterThanOrEqual(finding.location.start);
            },
            sizeFor(unit),
          );
        }
      }, 60_000);
    }
  }

  it('names of every fact kind', () => {
    for (const unit of ADVERSARIAL_UNITS) expectLinear(`names / ${unit.name}`, (size) => void checkFacts(namedFacts(adversarialText(unit.unit, unit.prefix ?? '', size))), sizeFor(unit));
  }, 60_000);

  it('a key of 300 KB of invisible characters: one finding each, still linear', () => {
    // One unit is enough here: the other one costs the same per finding (~25 µs) and runs at 30 KB above.
    for (const unit of ADVERSARIAL_UNITS.filter((candidate) => candidate.name === 'byte order marks')) {
      let count = 0;
      expectLinear(unit.name, (size) => {
        count = checkFacts([{ kind: 'key', value: adversarialText(unit.unit, '', size), name: 'OPENAI_API_KEY', literal: true, origin: env }]).length;
      });
      expect(count).toBeGreaterThanOrEqual(LARGE);
    }
  }, 60_000);
});
