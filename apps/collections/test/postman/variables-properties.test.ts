import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { VariableDefinition } from '../../src/postman/model.js';
import { VariableScopes } from '../../src/postman/variables.js';

/**
 * The resolver against Postman's own algorithm (replace every `{{name}}` by the raw value, again,
 * up to 19 passes) on random variable graphs: the same value whenever Postman's would settle, a
 * cycle reported exactly when the graph has one within reach, and never more work than the graph.
 */
const NAMES = ['a', 'b', 'c', 'd', 'e', 'f'];

function postmanValue(definitions: readonly VariableDefinition[], name: string): string | undefined {
  const raw = new Map(definitions.map((definition) => [definition.name, definition.value]));
  let current = raw.get(name);
  if (current === undefined) return undefined;
  for (let pass = 1; pass < 19 && current.includes('{{'); pass += 1) {
    const next: string = current.replace(/\{\{([^{}]*?)\}\}/g, (match, reference: string) => raw.get(reference) ?? match);
    if (next === current) break;
    current = next;
  }
  return current;
}

function reachesCycle(graph: ReadonlyMap<string, readonly string[]>, start: string): boolean {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string): boolean => {
    if (state.get(name) === 'open') return true;
    if (state.get(name) === 'done' || !graph.has(name)) return false;
    state.set(name, 'open');
    const found = (graph.get(name) ?? []).some(visit);
    state.set(name, 'done');
    return found;
  };
  return visit(start);
}

const definitionsArbitrary = fc
  .uniqueArray(
    fc.record({
      name: fc.constantFrom(...NAMES),
      parts: fc.array(fc.oneof(fc.constantFrom(...NAMES, 'undefined').map((name) => `{{${name}}}`), fc.constantFrom('x', '-', '', 'sk')), { maxLength: 4 }),
    }),
    { selector: (definition) => definition.name, maxLength: NAMES.length },
  )
  .map((records) => records.map((record): VariableDefinition => ({ name: record.name, value: record.parts.join(''), enabled: true, scope: 'collection' })));

describe('variable resolution', () => {
  test('equals Postman on graphs without cycles; a cycle within reach is reported with a closed chain', () => {
    fc.assert(
      fc.property(definitionsArbitrary, fc.constantFrom(...NAMES), (definitions, name) => {
        const scopes = new VariableScopes([definitions]);
        const graph = new Map(definitions.map((definition) => [definition.name, [...definition.value.matchAll(/\{\{([^{}]*?)\}\}/g)].map((match) => match[1] ?? '')]));
        const problem = scopes.expansionProblem(name);
        if (reachesCycle(graph, name)) {
          expect(problem?.kind).toBe('cycle');
          const chain = problem?.chain ?? [];
          expect(chain[0]).toBe(name);
          // Closed: it ends on a name it already passed, and each step is a reference in the file.
          expect(chain.slice(0, -1)).toContain(chain.at(-1));
          for (let index = 0; index + 1 < chain.length; index += 1) expect(graph.get(chain[index] ?? '')).toContain(chain[index + 1]);
          expect(scopes.valueOf(name)).toBeUndefined();
        } else {
          expect(problem).toBeUndefined();
          expect(scopes.valueOf(name)).toBe(postmanValue(definitions, name));
        }
      }),
      { numRuns: 500 },
    );
  });

  test('references that multiply are cut off at the expansion bound; what fits is resolved in full', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 2, max: 12 }), (levels, width) => {
        const names = Array.from({ length: levels }, (_, index) => `v${index}`);
        const definitions = names.map((name, index): VariableDefinition => ({ name, value: index + 1 < levels ? `{{v${index + 1}}}`.repeat(width) : 'zz', enabled: true, scope: 'collection' }));
        const scopes = new VariableScopes([definitions]);
        const expandedLength = 2 * width ** (levels - 1);
        const value = scopes.valueOf('v0');
        const problem = scopes.expansionProblem('v0');
        const writtenLength = definitions.reduce((total, definition) => total + definition.value.length, 0);
        // Nested past Postman's 19 passes, or longer than everything written plus 64 KiB: reported (either reason), never built.
        if (levels > 19 || expandedLength > 64 * 1024 + writtenLength) {
          expect(['too-deep', 'too-large']).toContain(problem?.kind);
          expect(value).toBeUndefined();
        } else {
          expect(problem).toBeUndefined();
          expect(value).toBe('zz'.repeat(width ** (levels - 1)));
        }
      }),
      { numRuns: 200 },
    );
  });
});
