import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectionRules } from '../../src/postman/index.js';

const docs = join(import.meta.dirname, '..', '..', 'docs', 'rules');

describe.each(collectionRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  test('is named collection-*, links to its doc, and the doc repeats its description', () => {
    expect(id).toMatch(/^collection-[a-z-]+$/);
    expect(rule.url.endsWith(`/apps/collections/docs/rules/${id}.md`)).toBe(true);
    const path = join(docs, `${id}.md`);
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toContain(`> ${rule.description}`);
    expect(text).toContain(`**Default severity:** ${rule.severity}`);
  });
});
