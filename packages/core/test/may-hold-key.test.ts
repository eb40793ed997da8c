import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanKeyCandidate, keyShapeOf, mayHoldKey } from '../src/keys.js';
import { providers, type ProviderId } from '../src/providers/providers.js';
import { fakeKey, fakeKeyKinds, fakeKeyProviders } from '../src/testing/fake-keys.js';

const KEYS = fakeKeyKinds.flatMap((kind) => [1, 2, 3].map((seed) => ({ key: fakeKey(kind, seed), provider: fakeKeyProviders[kind] })));
const PROVIDERS: readonly (ProviderId | undefined)[] = [undefined, ...providers.map((provider) => provider.id)];

/** What copy and paste puts around or inside a key: trimmed, unquoted, mapped, dropped, or kept and fatal. */
const DECORATIONS = [
  ' ', '\t', '\n', '\r', '"', "'", '`', '\u201c', '\u201d', '\u2018', '\u00ab', '\u200b', '\u200d', '\u2060', '\ufeff', '\u00a0',
  '\u2009', '\u3000', '\u2013', '\u2212', '\u0455', '\u043e', '\uff53', '\u0001', '\u001f', '\u007f', '\u0085', '.', ':', '/', '+', '=', '\u00e9',
];

const decoration = fc.constantFrom(...DECORATIONS);
const decoratedKey = fc
  .tuple(fc.array(decoration, { maxLength: 3 }), fc.constantFrom(...KEYS), fc.array(fc.tuple(fc.nat(), decoration), { maxLength: 3 }), fc.array(decoration, { maxLength: 3 }))
  .map(([before, { key }, inserts, after]) => {
    let body = key;
    for (const [position, character] of inserts) {
      const at = position % (body.length + 1);
      body = body.slice(0, at) + character + body.slice(at);
    }
    return before.join('') + body + after.join('');
  });
const value = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.stringMatching(/^[A-Za-z0-9_ -]{0,60}$/), decoratedKey);

describe('mayHoldKey', () => {
  it('turns away only values from which cleaning cannot produce any key shape, for any provider', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...PROVIDERS), (candidate, provider) => {
        if (!mayHoldKey(candidate)) expect(keyShapeOf(cleanKeyCandidate(candidate), provider)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every fake key, bare or wrapped in whitespace, quotes and invisible characters', () => {
    for (const { key, provider } of KEYS) {
      for (const wrapped of [key, ` ${key}\r\n`, `"${key}"`, `\u201c${key}\u201d`, `\ufeff${key}\u200b`, `${key.slice(0, 10)}\u200b${key.slice(10)}`]) {
        expect(mayHoldKey(wrapped)).toBe(true);
        expect(keyShapeOf(cleanKeyCandidate(wrapped), provider)).toBeDefined();
      }
    }
  });

  it('turns away prose, code and short values', () => {
    for (const text of ['', 'Mesh', 'THREE.WebGLRenderer: Texture marked for update but no image data found.', 'vec3 transformed = vec3( position );\nvNormal = normalize( normal );', 'https://example.com/a/b', 'MeshPhysicalMaterial',
      // A run long enough for a key, but with other words around it: cleaning keeps them, so no key.
      '// ------------------------------------------------\nvoid main() {}', 'uniform sampler2D transmissionSamplerMapTexture;', '\u2014 getPhysicalClearcoatRadianceValue is used']) {
      expect(mayHoldKey(text)).toBe(false);
    }
  });
});
