import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLintResult, fatalMessage, formatGithub, formatJson, formatResults, formatSarif, formatText, OUTPUT_FORMATS, type LintResult } from '../src/format/index.js';
import { catalogRuleDescriptors } from '../src/lint-message.js';
import { fakeKey, fakeKeyKinds } from '../src/testing/fake-keys.js';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const key = fakeKey('openai-project', 'format');

function sampleResults(): LintResult[] {
  return [
    createLintResult('/repo/app/.env', [
      { ruleId: 'key-whitespace', severity: 2, message: 'OPENAI_API_KEY ends with a carriage return (\\r); the API will reject the header — save the file with LF line endings', line: 2, column: 16, endLine: 2, endColumn: 180, messageId: 'trailing', fix: { range: [30, 31], text: '' } },
      { ruleId: 'env-name', severity: 1, message: 'OPENAI_API_BASE is not read by openai>=1; rename it to OPENAI_BASE_URL', line: 1, column: 1, endLine: 1, endColumn: 16 },
    ]),
    createLintResult('/repo/app/clean.env', []),
    createLintResult('/repo/app/broken.json', [fatalMessage('broken.json: Unexpected token } at 3:5')]),
  ];
}

const formatOptions = { toolName: 'keylint-test', toolVersion: '1.2.3', rules: catalogRuleDescriptors(), cwd: '/repo' };

describe('createLintResult', () => {
  it('counts errors, warnings, fatal and fixable problems as ESLint does and sorts by position', () => {
    const [result] = sampleResults();
    expect(result).toMatchObject({ errorCount: 1, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 1, fixableWarningCount: 0 });
    expect(result?.messages.map((message) => message.line)).toEqual([1, 2]);
  });
});

describe('json', () => {
  it('has the ESLint JSON formatter shape', () => {
    const parsed = JSON.parse(formatJson(sampleResults())) as unknown[];
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toMatchObject({
      filePath: '/repo/app/.env',
      errorCount: 1,
      warningCount: 1,
      messages: [
        { ruleId: 'env-name', severity: 1, line: 1, column: 1, endLine: 1, endColumn: 16 },
        { ruleId: 'key-whitespace', severity: 2, line: 2, column: 16, endLine: 2, endColumn: 180 },
      ],
    });
    expect(parsed[2]).toMatchObject({ fatalErrorCount: 1, messages: [{ ruleId: null, fatal: true, severity: 2 }] });
  });
});

describe('text', () => {
  it('prints a stylish report with relative paths and a summary, without colour by default', () => {
    const text = formatText(sampleResults(), { cwd: '/repo' });
    expect(text).toContain('app/.env\n');
    expect(text).toMatch(/ {2}2:16 +error +OPENAI_API_KEY ends with a carriage return/);
    expect(text).toContain('key-whitespace');
    expect(text).toContain('✖ 3 problems (2 errors, 1 warning)');
    expect(text).not.toContain('\u001b[');
    expect(text).not.toContain('clean.env');
  });

  it('colours only when asked', () => {
    expect(formatText(sampleResults(), { color: true })).toContain('\u001b[31m');
  });

  it('prints nothing for clean results', () => {
    expect(formatText([createLintResult('a', [])])).toBe('');
  });
});

describe('github', () => {
  it('escapes data and properties the way @actions/core does', () => {
    const result = createLintResult('/repo/dir,with:odd%name/.env', [
      { ruleId: 'key-quoted', severity: 2, message: '100% wrong:\r\nsecond line, still', line: 3, column: 2, endLine: 3, endColumn: 9 },
      { ruleId: 'env-shadowed', severity: 1, message: 'spans lines', line: 4, column: 1, endLine: 6, endColumn: 2 },
    ]);
    const lines = formatGithub([result], { cwd: '/repo' }).trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=dir%2Cwith%3Aodd%25name/.env,line=3,col=2,endColumn=9,title=keylint (key-quoted)::100%25 wrong:%0D%0Asecond line, still');
    // Columns are only allowed on single-line annotations.
    expect(lines[1]).toBe('::warning file=dir%2Cwith%3Aodd%25name/.env,line=4,endLine=6,title=keylint (env-shadowed)::spans lines');
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0 according to Microsoft’s validator, with no errors', () => {
    const directory = mkdtempSync(join(tmpdir(), 'keylint-sarif-'));
    const logPath = join(directory, 'report.sarif');
    writeFileSync(logPath, formatSarif(sampleResults(), formatOptions));
    const validator = join(repositoryRoot, 'node_modules', '.bin', 'sarif-multitool');
    const outputPath = join(directory, 'validation.sarif');
    execFileSync(validator, ['validate', logPath, '--output', outputPath], { stdio: 'pipe' });
    const validation = JSON.parse(readFileSync(outputPath, 'utf8').replace(/^\uFEFF/, '')) as { runs: { results?: { level?: string; message?: { text?: string } }[] }[] };
    const errors = validation.runs.flatMap((run) => run.results ?? []).filter((result) => result.level === 'error');
    expect(errors.map((error) => error.message?.text)).toEqual([]);
  }, 60_000);

  it('carries what GitHub code scanning requires', () => {
    const log = JSON.parse(formatSarif(sampleResults(), formatOptions)) as {
      version: string;
      runs: { tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; properties: Record<string, unknown> }[] } }; results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[]; partialFingerprints: Record<string, string> }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run?.tool.driver).toMatchObject({ name: 'keylint-test', version: '1.2.3' });
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text.length).toBeGreaterThan(0);
    }
    expect(run?.results).toHaveLength(3);
    const first = run?.results[0];
    expect(first?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('app/.env');
    expect(first?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 16 });
    for (const result of run?.results ?? []) expect(result.partialFingerprints['primaryLocationLineHash']).toMatch(/^[0-9a-f]{8}:\d+$/);
    expect(run?.results.map((result) => result.ruleId)).toContain('keylint-test/fatal');
  });

  it('marks leaked-secret rules as security results', () => {
    const log = JSON.parse(formatSarif([], { ...formatOptions, rules: [{ id: 'key-hardcoded', description: 'No hard-coded keys.', severity: 'error', security: true }, { id: 'endpoint-path', description: 'Known paths.', severity: 'error' }] })) as { runs: { tool: { driver: { rules: { properties: Record<string, unknown> }[] } } }[] };
    const [secretRule, pathRule] = log.runs[0]?.tool.driver.rules ?? [];
    expect(secretRule?.properties['security-severity']).toBe('8.0');
    expect(pathRule?.properties['security-severity']).toBeUndefined();
  });
});

describe('redaction in every output format', () => {
  it.each(OUTPUT_FORMATS)('%s never contains a full key, even when a message does by mistake', (format) => {
    const leakyResults = fakeKeyKinds
      .filter((kind) => !['mistral', 'cohere', 'azure-openai', 'azure-openai-long', 'deepseek'].includes(kind))
      .map((kind) => {
        const leaked = fakeKey(kind, 'leak');
        return createLintResult(`/repo/${kind}.env`, [{ ruleId: 'key-hardcoded', severity: 2, message: `leaked ${leaked} here`, line: 1, column: 1 }]);
      });
    const output = formatResults(format, leakyResults, formatOptions);
    for (const kind of fakeKeyKinds.filter((kind) => !['mistral', 'cohere', 'azure-openai', 'azure-openai-long', 'deepseek'].includes(kind))) {
      const leaked = fakeKey(kind, 'leak');
      expect(output).not.toContain(leaked);
      expect(output).not.toContain(leaked.slice(0, -4));
    }
    expect(output).not.toContain(key);
  });
});
