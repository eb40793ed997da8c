import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPathMatcher, suggestPath } from '../src/path-patterns.js';
import { openAIEndpoints } from '../src/providers/openai-endpoints.js';

const endpoints = [{ path: '/items' }, { path: '/items/{item_id}' }, { path: '/items/{item_id}/parts' }, { path: '/items/search' }];

describe('createPathMatcher', () => {
  const match = createPathMatcher(endpoints);
  it('matches literals and parameters, preferring literals', () => {
    expect(match('/items/abc')?.parameters).toEqual({ item_id: 'abc' });
    expect(match('/items/search')?.item.path).toBe('/items/search');
    expect(match('/items/abc/parts')?.item.path).toBe('/items/{item_id}/parts');
    expect(match('/items/abc/other')).toBeUndefined();
  });
  it('covers subpaths only when asked', () => {
    const covering = createPathMatcher([{ path: '/old' }], () => true);
    expect(covering('/old/a/b')?.item.path).toBe('/old');
    expect(createPathMatcher([{ path: '/old' }])('/old/a')).toBeUndefined();
  });
});

describe('suggestPath', () => {
  it('corrects whole paths and single segments', () => {
    expect(suggestPath(openAIEndpoints, '/chat/completion')?.path).toBe('/chat/completions');
    expect(suggestPath(openAIEndpoints, '/chatcompletions')?.path).toBe('/chat/completions');
    expect(suggestPath(openAIEndpoints, '/files/file-abc/contnt')?.path).toBe('/files/file-abc/content');
    expect(suggestPath(openAIEndpoints, '/Embedding')?.path).toBe('/embeddings');
  });
  it('stays silent when nothing is close', () => {
    for (const path of ['/brand_new_resource', '/x', '/me2', '/files/a/b/c/d/e', '']) expect(suggestPath(openAIEndpoints, path), path).toBeUndefined();
  });
  it('never suggests the path itself for a known endpoint (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...openAIEndpoints.filter((endpoint) => !endpoint.path.includes('{'))), (endpoint) => {
        const suggestion = suggestPath(openAIEndpoints, endpoint.path);
        expect(suggestion?.path).not.toBe(endpoint.path);
        if (suggestion !== undefined) expect(suggestion.distance).toBeGreaterThan(0);
      }),
    );
  });
  it('finds an endpoint again after one dropped letter (property)', () => {
    const candidates = openAIEndpoints.filter((endpoint) => !endpoint.path.includes('{') && endpoint.path.length >= 8);
    fc.assert(
      fc.property(fc.constantFrom(...candidates), fc.nat(), (endpoint, seed) => {
        const index = 1 + (seed % (endpoint.path.length - 1));
        if (endpoint.path.charAt(index) === '/') return;
        const typo = endpoint.path.slice(0, index) + endpoint.path.slice(index + 1);
        const suggestion = suggestPath(openAIEndpoints, typo);
        expect(suggestion).toBeDefined();
        expect(suggestion?.distance).toBe(1);
      }),
    );
  });
  it('is cheap on a 300 KB path', () => {
    expect(suggestPath(openAIEndpoints, `/${'a/'.repeat(150_000)}`)).toBeUndefined();
    expect(suggestPath(openAIEndpoints, `/${'a'.repeat(300_000)}`)).toBeUndefined();
  });
});
