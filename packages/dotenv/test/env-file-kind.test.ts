import { describe, expect, it } from 'vitest';
import { envFileKind, isTemplateEnvFile, mediumForEnvFile } from '../src/env-file-kind.js';
import { envFileRole } from '../src/sources.js';

describe('envFileKind', () => {
  it.each([
    '.env.example', '.env_example', '.env-example', 'example.env', '.env.sample', '.env_sample', 'sample.env', '.env.template', '.env-template',
    'my-template.env', '.env.dist', '.env.defaults', '.env.tpl', '.env.local.example', '.env.production.sample', 'config.sample', 'app.env.example',
    'packages/web/.env.example', 'C:\\app\\.env.example',
  ])('%s is a template', (name) => {
    expect(envFileKind(name)).toBe('template');
    expect(mediumForEnvFile(name)).toBe('env-template');
  });

  it.each(['.env.test', '.env.testing', '.env.ci', '.env_test', 'test.env'])('%s is committed test or CI settings', (name) => {
    expect(envFileKind(name)).toBe('committed');
    expect(mediumForEnvFile(name)).toBe('env-template');
    expect(isTemplateEnvFile(name)).toBe(false);
  });

  it.each(['.env', '.env.local', '.env.production', '.env.development.local', '.env.test.local', '.env.testnet', '.env.staging', 'prod.env'])('%s holds the values the app sends', (name) => {
    expect(envFileKind(name)).toBe('env');
    expect(mediumForEnvFile(name)).toBe('env');
  });

  it('keeps .env.test a mode file for the loaders (it is loaded under NODE_ENV=test), and templates out of the load order', () => {
    expect(envFileRole('.env.test')).toEqual({ role: 'mode', mode: 'test' });
    expect(envFileRole('.env.ci')).toEqual({ role: 'mode', mode: 'ci' });
    expect(envFileRole('.env.defaults')).toEqual({ role: 'template' });
    expect(envFileRole('.env.local.example')).toEqual({ role: 'template' });
  });
});
