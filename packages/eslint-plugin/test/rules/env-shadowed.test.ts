import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { pluginRule } from '../rule-tester.js';

// env-shadowed compares one variable across the process environment and several .env files: no
// single file an ESLint language sees carries those facts, so the rule exists (same id, same docs)
// but runs in no language and is in no preset; keylint-env runs it.
describe('env-shadowed', () => {
  it('declares no language it could run in', () => {
    expect(pluginRule('env-shadowed').meta.languages).toEqual([]);
  });

  it('is in no preset', () => {
    for (const config of Object.values(plugin.configs).flat()) expect(Object.keys(config.rules ?? {})).not.toContain('keylint/env-shadowed');
  });
});
