import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyShapeOf } from '../src/keys.js';
import { OPENAI_KEY_MARKER } from '../src/providers/key-shapes.js';
import { fakeKey, fakeKeyKinds, fakeKeyProviders, fakeOrganizationId, fakeProjectId, prefixlessFakeKeyKinds } from '../src/testing/index.js';

describe('fakeKey', () => {
  it('has a provider for every kind', () => {
    expect(Object.keys(fakeKeyProviders).sort()).toEqual([...fakeKeyKinds].sort());
  });

  it('is classified as its provider by keyShapeOf, for every kind and many seeds (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fakeKeyKinds), fc.oneof(fc.integer(), fc.string()), (kind, seed) => {
        const key = fakeKey(kind, seed);
        const provider = fakeKeyProviders[kind];
        if (prefixlessFakeKeyKinds.includes(kind)) {
          expect(keyShapeOf(key)).toBeUndefined();
          expect(keyShapeOf(key, provider)?.provider).toBe(provider);
        } else {
          expect(keyShapeOf(key)?.provider).toBe(provider);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic per seed and differs between seeds', () => {
    for (const kind of fakeKeyKinds) {
      expect(fakeKey(kind, 42)).toBe(fakeKey(kind, 42));
      expect(fakeKey(kind, 'fixture')).toBe(fakeKey(kind, 'fixture'));
      expect(fakeKey(kind, 1)).not.toBe(fakeKey(kind, 2));
    }
  });

  it('builds the shapes of shared/reference/openai.md', () => {
    expect(fakeKey('openai-legacy')).toHaveLength(51);
    expect(fakeKey('openai-project-short')).toHaveLength(56);
    expect(fakeKey('openai-project')).toHaveLength(164);
    expect(fakeKey('openai-service-account')).toHaveLength(167);
    expect(fakeKey('openai-admin')).toHaveLength(133);
    expect(fakeKey('openai-none-short')).toHaveLength(56);
    expect(fakeKey('openai-project')).toContain(OPENAI_KEY_MARKER);
    expect(fakeKey('anthropic').endsWith('AA')).toBe(true);
    expect(fakeKey('gemini')).toHaveLength(39);
    expect(fakeKey('azure-openai')).toMatch(/^[0-9a-f]{32}$/);
    expect(fakeKey('azure-openai-long')).toHaveLength(84);
  });

  it('classifies each OpenAI kind as the right OpenAI shape', () => {
    expect(keyShapeOf(fakeKey('openai-legacy'))?.id).toBe('openai-legacy');
    expect(keyShapeOf(fakeKey('openai-project-short'))?.id).toBe('openai-project');
    expect(keyShapeOf(fakeKey('openai-service-account'))?.id).toBe('openai-service-account');
    expect(keyShapeOf(fakeKey('openai-admin'))?.admin).toBe(true);
    expect(keyShapeOf(fakeKey('openai-none-short'))?.id).toBe('openai-none');
    expect(keyShapeOf(fakeKey('deepseek'))?.id).toBe('deepseek');
  });
});

describe('fake identifiers', () => {
  it('shapes organization and project ids like the real ones', () => {
    expect(fakeOrganizationId()).toMatch(/^org-[A-Za-z0-9]{24}$/);
    expect(fakeProjectId()).toMatch(/^proj_[A-Za-z0-9]{24}$/);
    expect(fakeOrganizationId(3)).toBe(fakeOrganizationId(3));
  });
});
