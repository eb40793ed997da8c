import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '@keylint/core';
import { checkPostmanDocument } from '../../src/postman/index.js';
import { FAKE_KEY_MARKER, fakeKeysIn, withFakeKeys } from './fixtures.js';

/**
 * Fixture folders: each holds Postman exports, an optional `options.json` naming the environment,
 * globals and --env-var values used to resolve variables, and `expected.json` with the findings
 * of every checked file. `KEYLINT_UPDATE_FIXTURES=1` rewrites expected.json (review the diff).
 *
 * Leaked keys are asserted apart from expected.json: every `__FAKE_KEY_…__` marker of a checked
 * file must reach core as a literal key at its exact position, and core's secret rule (when the
 * catalog has it) must report it there. So expected.json holds every other rule's findings.
 */
const SECRET_RULE = 'key-hardcoded';
const catalogHasSecretRule = rules.some((rule) => rule.id === SECRET_RULE);
interface FixtureOptions {
  readonly environments?: string[];
  readonly globals?: string;
  readonly envVars?: Record<string, string>;
}

interface ExpectedMessage {
  readonly ruleId: string | null;
  readonly messageId?: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

const fixturesDirectory = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(fixturesDirectory).sort();
const update = process.env['KEYLINT_UPDATE_FIXTURES'] === '1';

function read(directory: string, file: string): string {
  return withFakeKeys(readFileSync(join(directory, file), 'utf8'));
}

describe.each(cases)('fixture %s', (name) => {
  const directory = join(fixturesDirectory, name);
  const options: FixtureOptions = existsSync(join(directory, 'options.json')) ? (JSON.parse(readFileSync(join(directory, 'options.json'), 'utf8')) as FixtureOptions) : {};
  const inputs = new Set([...(options.environments ?? []), ...(options.globals === undefined ? [] : [options.globals])]);
  const checked = readdirSync(directory)
    .filter((file) => file.endsWith('.json') && file !== 'options.json' && file !== 'expected.json' && !inputs.has(file))
    .sort();
  const actual: Record<string, ExpectedMessage[]> = {};
  const outputs: string[] = [];
  const secrets: { file: string; start: number; end: number; reported: { start: number; end: number }[]; shaped: { start: number; end: number; exact: boolean }[] }[] = [];
  for (const file of checked) {
    const result = checkPostmanDocument(read(directory, file), {
      filePath: file,
      environments: (options.environments ?? []).map((environment) => read(directory, environment)),
      ...(options.globals === undefined ? {} : { globals: read(directory, options.globals) }),
      ...(options.envVars === undefined ? {} : { envVars: options.envVars }),
    });
    const { messages } = result;
    outputs.push(JSON.stringify(messages));
    // Where each marker lands once the markers before it are replaced.
    const original = readFileSync(join(directory, file), 'utf8');
    let shift = 0;
    for (const match of original.matchAll(FAKE_KEY_MARKER)) {
      const key = withFakeKeys(match[0]);
      const start = match.index + shift;
      secrets.push({
        file,
        start,
        end: start + key.length,
        reported: result.located.filter((finding) => finding.ruleId === SECRET_RULE),
        shaped: result.keyShaped,
      });
      shift += key.length - match[0].length;
    }
    actual[file] = messages.filter((message) => message.ruleId !== SECRET_RULE).map((message) => ({
      ruleId: message.ruleId,
      ...(message.messageId === undefined ? {} : { messageId: message.messageId }),
      line: message.line,
      column: message.column,
      ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
      ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
    }));
  }
  if (update) writeFileSync(join(directory, 'expected.json'), `${JSON.stringify(actual, null, 2)}\n`);

  test('reports exactly the expected findings, at their positions', () => {
    const expected = JSON.parse(readFileSync(join(directory, 'expected.json'), 'utf8')) as Record<string, ExpectedMessage[]>;
    expect(actual).toEqual(expected);
  });

  test('hands every written key to core as a literal at its exact position', () => {
    for (const secret of secrets) {
      expect(secret.shaped.some((found) => found.exact && found.start === secret.start && found.end === secret.end), `${secret.file} key at offset ${secret.start}`).toBe(true);
      if (catalogHasSecretRule) {
        expect(secret.reported.some((found) => found.start <= secret.start && found.end >= secret.end), `${SECRET_RULE} at offset ${secret.start}`).toBe(true);
      }
    }
  });

  test('never prints a full key', () => {
    const keys = checked.flatMap((file) => fakeKeysIn(readFileSync(join(directory, file), 'utf8')));
    for (const output of outputs) for (const key of keys) expect(output).not.toContain(key);
  });
});
