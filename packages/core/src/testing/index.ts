export { createRandom, fakeKey, fakeKeyKinds, fakeKeyProviders, fakeOrganizationId, fakeProjectId, prefixlessFakeKeyKinds, type FakeKeyKind } from './fake-keys.js';
