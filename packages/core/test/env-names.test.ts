import { describe, expect, it } from 'vitest';
import { ENV_NAME_REPLACEMENTS, OTHER_KNOWN_ENV_NAMES, SDK_ENV_NAMES } from '../src/env-names.js';

describe('env-name data', () => {
  it('every replacement is a name an SDK reads', () => {
    for (const entry of ENV_NAME_REPLACEMENTS) expect(SDK_ENV_NAMES, entry.name).toContain(entry.replacement);
  });
  it('no wrong name is also an SDK name or a known name of another tool', () => {
    for (const entry of ENV_NAME_REPLACEMENTS) {
      expect(SDK_ENV_NAMES).not.toContain(entry.name);
      expect(OTHER_KNOWN_ENV_NAMES).not.toContain(entry.name);
    }
  });
  it('each wrong name appears once', () => {
    const names = ENV_NAME_REPLACEMENTS.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it('names are upper snake case', () => {
    for (const name of [...SDK_ENV_NAMES, ...OTHER_KNOWN_ENV_NAMES, ...ENV_NAME_REPLACEMENTS.map((entry) => entry.name)]) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
  it('the v0.28 names are marked legacy', () => {
    const legacy = ENV_NAME_REPLACEMENTS.filter((entry) => entry.kind === 'legacy').map((entry) => entry.name);
    expect(legacy).toEqual(expect.arrayContaining(['OPENAI_API_BASE', 'OPENAI_ORGANIZATION']));
  });
});
