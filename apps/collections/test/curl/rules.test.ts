import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules as catalog } from '@keylint/core';
import { describe, expect, it } from 'vitest';
import { curlRuleDescriptors, curlRules } from '../../src/curl/index.js';

const packageDirectory = fileURLToPath(new URL('../../', import.meta.url));

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)]));
}

describe('cURL rules', () => {
  it('lists every src/rules/curl-*.ts file, sorted, each with a doc page that names it', () => {
    const files = readdirSync(join(packageDirectory, 'src', 'rules')).filter((file) => /^curl-.*\.ts$/.test(file)).map((file) => file.slice(0, -3)).sort();
    expect(curlRules.map((rule) => rule.id)).toEqual(files);
    for (const rule of curlRules) {
      const doc = join(packageDirectory, 'docs', 'rules', `${rule.id}.md`);
      expect(existsSync(doc), doc).toBe(true);
      expect(readFileSync(doc, 'utf8')).toContain(`# ${rule.id}`);
      expect(rule.url.endsWith(`/apps/collections/docs/rules/${rule.id}.md`)).toBe(true);
    }
  });

  it('do not reuse a catalog id and describe themselves for SARIF', () => {
    const catalogIds = new Set(catalog.map((rule) => rule.id));
    for (const descriptor of curlRuleDescriptors()) {
      expect(catalogIds.has(descriptor.id)).toBe(false);
      expect(descriptor.description.length).toBeGreaterThan(20);
    }
    expect(curlRuleDescriptors().find((descriptor) => descriptor.id === 'curl-insecure')?.security).toBe(true);
  });

  it('stay browser-safe: no Node built-ins under src/curl or in the curl rules', () => {
    const sources = [...filesUnder(join(packageDirectory, 'src', 'curl')), ...filesUnder(join(packageDirectory, 'src', 'rules')).filter((file) => /[/\\]curl-[^/\\]*\.ts$/.test(file))];
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"](?:node:|fs|path|os|crypto|url|process)['"/]/);
      expect(text, file).not.toMatch(/\b(?:process\.|Buffer\.|require\()/);
    }
  });
});
