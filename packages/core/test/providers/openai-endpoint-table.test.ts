import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../src/check.js';
import type { Fact } from '../../src/facts.js';
import { rules } from '../../src/rules/index.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { endpointFact, keyFact, origin } from '../facts.js';

/**
 * Walks the whole checked-in digest of OpenAI's OpenAPI spec (data/openai-endpoints.tsv, parsed here
 * on its own, not by the generator) and the announcements since (data/openai-endpoint-changes.json)
 * through the same checkFacts every surface uses: each method+path is accepted with the key kind
 * the spec's security column names, and each shut-down one is reported with its date.
 */
const dataDirectory = join(import.meta.dirname, '..', '..', 'data');

interface Row {
  readonly method: string;
  readonly path: string;
  readonly key: string;
}

interface ShutDown {
  readonly path: string;
  readonly coversSubpaths?: boolean;
  readonly date: string;
}

const rows: Row[] = readFileSync(join(dataDirectory, 'openai-endpoints.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0 && !line.startsWith('#') && !line.startsWith('method\t'))
  .map((line) => {
    const [method = '', path = '', key = ''] = line.split('\t');
    return { method, path, key };
  });
const changes = JSON.parse(readFileSync(join(dataDirectory, 'openai-endpoint-changes.json'), 'utf8')) as {
  readonly shutDown: readonly ShutDown[];
  readonly added: readonly { readonly method: string; readonly path: string }[];
};

/** Path parameters filled with an id of the usual shape, so the URL is what a client sends. */
function concrete(path: string): string {
  return path.replace(/\{([^{}]+)\}/g, (_, name: string) => `${name.replace(/_id$/, '')}_abc123`);
}

function shutDownEntry(path: string): ShutDown | undefined {
  const below = path.slice('/v1'.length).split('?')[0] as string;
  const generic = (text: string) => text.replace(/\{[^{}]+\}/g, '{}');
  return changes.shutDown.find((entry) => generic(below) === generic(entry.path) || (entry.coversSubpaths === true && generic(below).startsWith(`${generic(entry.path)}/`)));
}

const code = origin('code', 'client.ts');
const adminKey = fakeKey('openai-admin', 'table');
const projectKey = fakeKey('openai-project', 'table');

function findingsFor(method: string, url: string, key: string): string[] {
  const facts: Fact[] = [endpointFact(url, { method, origin: code }), keyFact(key, { name: 'apiKey', destination: url, origin: code, literal: false })];
  return checkFacts(facts, { rules }).map((finding) => `${finding.ruleId}/${finding.messageId}: ${finding.message}`);
}

describe('the OpenAI endpoint table against the spec digest', () => {
  it('reads the whole TSV (288 method+path pairs, both key kinds)', () => {
    expect(rows).toHaveLength(288);
    expect(new Set(rows.map((row) => row.key))).toEqual(new Set(['admin', 'project']));
  });

  const current = rows.filter((row) => shutDownEntry(row.path) === undefined);
  const shutDown = rows.filter((row) => shutDownEntry(row.path) !== undefined);

  it('accepts every current admin endpoint with an admin key, and nothing else about it', () => {
    const admin = current.filter((row) => row.key === 'admin');
    expect(admin.length).toBeGreaterThan(100);
    for (const row of admin) {
      const url = `https://api.openai.com${concrete(row.path)}`;
      expect(findingsFor(row.method, url, adminKey), `${row.method} ${row.path}`).toEqual([]);
    }
  });

  it('accepts every current project endpoint with a project key and reports an admin key there', () => {
    const project = current.filter((row) => row.key === 'project');
    expect(project.length).toBeGreaterThan(100);
    for (const row of project) {
      const url = `https://api.openai.com${concrete(row.path)}`;
      expect(findingsFor(row.method, url, projectKey), `${row.method} ${row.path}`).toEqual([]);
      expect(findingsFor(row.method, url, adminKey), `${row.method} ${row.path}`).toEqual([expect.stringMatching(/^key-format\/adminKey: apiKey is an OpenAI admin key/)]);
    }
  });

  it('reports every shut-down endpoint with the date it was shut down', () => {
    expect(shutDown.length).toBeGreaterThanOrEqual(40);
    for (const row of shutDown) {
      const date = (shutDownEntry(row.path) as ShutDown).date;
      const findings = findingsFor(row.method, `https://api.openai.com${concrete(row.path)}`, projectKey);
      expect(findings, `${row.method} ${row.path}`).toHaveLength(1);
      expect(findings[0], `${row.method} ${row.path}`).toMatch(new RegExp(`^endpoint-path/removed(?:WithoutReplacement)?: .*shut down on ${date}`));
    }
  });

  it('covers the Videos and Evals APIs and stored prompts among the shut-down ones', () => {
    const dates = (path: string) => shutDownEntry(path)?.date;
    expect(dates('/v1/videos/{video_id}/remix')).toBe('2026-09-24');
    expect(dates('/v1/evals/{eval_id}/runs/{run_id}')).toBe('2026-11-30');
    expect(dates('/v1/prompts/{prompt_id}')).toBe('2026-11-30');
    const findings = findingsFor('GET', 'https://api.openai.com/v1/prompts/pmpt_abc123', projectKey);
    expect(findings).toEqual([expect.stringMatching(/^endpoint-path\/removed: .*shut down on 2026-11-30/)]);
  });

  it('accepts the endpoints announced after the snapshot', () => {
    expect(changes.added.length).toBeGreaterThan(0);
    for (const added of changes.added) {
      const url = `https://api.openai.com/v1${concrete(added.path)}`;
      expect(findingsFor(added.method, url, projectKey), `${added.method} ${added.path}`).toEqual([]);
    }
  });

  it('reports a method the spec does not define for a path', () => {
    expect(findingsFor('DELETE', 'https://api.openai.com/v1/organization/costs', adminKey)).toEqual([expect.stringMatching(/^endpoint-method\/wrongMethod: .*accepts only GET/)]);
    expect(findingsFor('GET', 'https://api.openai.com/v1/embeddings', projectKey)).toEqual([expect.stringMatching(/^endpoint-method\/wrongMethod: .*accepts only POST/)]);
  });
});
