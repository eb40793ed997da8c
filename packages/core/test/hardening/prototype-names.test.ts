import { describe, expect, it } from 'vitest';
import { checkFacts, factsFromSetting, normalizeConfig, type Fact, type Medium } from '../../src/index.js';

/** Every name `Object.prototype` answers to: user text that reaches a plain-object table finds a function there. */
const PROTOTYPE_NAMES: readonly string[] = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

const MEDIA: readonly Medium[] = ['code', 'env', 'env-template', 'process-env', 'collection', 'environment', 'curl', 'docs'];

describe('names that Object.prototype answers to', () => {
  it.each(PROTOTYPE_NAMES)('%s as a setting, header and identifier name is judged like any other name', (name) => {
    const facts: Fact[] = MEDIA.flatMap((medium) => [
      ...factsFromSetting({ name, value: 'h1', origin: { medium }, access: 'define', literal: true }),
      ...factsFromSetting({ name, origin: { medium }, access: 'read', literal: false }),
      { kind: 'header', name, value: 'Bearer h1', destination: 'https://api.openai.com/v1/models', literal: true, origin: { medium } },
      { kind: 'header', name: 'Authorization', value: `${name} h1`, destination: 'https://api.openai.com/v1/models', literal: true, origin: { medium } },
    ]);
    // A lookup that reached Object.prototype threw a TypeError here; a name is no finding by itself.
    const findings = checkFacts(facts);
    expect(findings.filter((finding) => finding.fact.kind === 'env-variable' || finding.fact.kind === 'identifier')).toEqual([]);
  });

  it.each(PROTOTYPE_NAMES)('%s as a rule severity word is a configuration error, not a crash', (word) => {
    expect(() => normalizeConfig({ rules: { 'key-whitespace': word } }, 'keylint.config.json')).toThrow(/key-whitespace/);
  });
});
