import { fakeKey, fakeKeyKinds, type FakeKeyKind } from '@keylint/core/testing';

/**
 * Fixture files hold `__FAKE_KEY_<kind>__` where a key goes, so that nothing key-shaped is ever
 * committed; the tests swap in `fakeKey(kind)` before loading. (Postman's own `{{…}}` syntax is
 * why the marker is not written with braces.)
 */
export const FAKE_KEY_MARKER = /__FAKE_KEY_([a-z-]+)__/g;

export function withFakeKeys(text: string): string {
  return text.replace(FAKE_KEY_MARKER, (marker, kind: string) => {
    if (!(fakeKeyKinds as readonly string[]).includes(kind)) throw new Error(`Unknown fake key kind in fixture marker ${marker}`);
    return fakeKey(kind as FakeKeyKind, 'fixture');
  });
}

/** Every key a fixture text will contain once markers are replaced. */
export function fakeKeysIn(text: string): string[] {
  return [...text.matchAll(FAKE_KEY_MARKER)].map((match) => fakeKey(match[1] as FakeKeyKind, 'fixture'));
}
