export { fakeKey, fakeKeyKinds, fakeOrganizationId, fakeProjectId, type FakeKeyKind } from './fake-keys.js';
