// Benchmark 5: precision on real code nobody here wrote. `keylint.configs.recommended` on the
// published SDKs and libraries installed from npm (pinned in the lockfile). They wire no key
// wrongly, so every finding is a false positive to explain or remove; all are listed for triage.
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from './lib/measure.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
export const PRECISION_CORPUS = ['openai', '@anthropic-ai/sdk', 'ai', '@ai-sdk/openai', '@langchain/openai', '@langchain/core', 'llamaindex', 'groq-sdk', '@google/genai', 'axios', 'undici', 'express', 'eslint'];

export function runPrecisionBenchmark() {
  const rows = [];
  const listed = [];
  let totalLines = 0;
  let totalFindings = 0;
  const byRule = new Map();
  for (const name of PRECISION_CORPUS) {
    const directory = realpathSync(join(benchDirectory, 'node_modules', name));
    const { version } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
    const output = execFileSync(process.execPath, [join(benchDirectory, 'precision-runner.mjs'), directory], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const result = JSON.parse(output);
    totalLines += result.lines;
    totalFindings += result.findings.length;
    for (const finding of result.findings) {
      byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
      listed.push(`- \`${name}/${finding.file}:${finding.line}\` ${finding.ruleId}: ${finding.message}`);
    }
    rows.push([`${name} ${version}`, result.files.toLocaleString('en'), result.lines.toLocaleString('en'), String(result.parseFailures), String(result.findings.length), ((result.findings.length / result.lines) * 100_000).toFixed(1)]);
  }
  rows.push(['**all**', '', totalLines.toLocaleString('en'), '', String(totalFindings), ((totalFindings / totalLines) * 100_000).toFixed(1)]);
  const rules = [...byRule].map(([rule, count]) => `${rule} ${count}`).join(' · ') || 'none';
  return {
    title: `5. Precision on real code — ${PRECISION_CORPUS.length} published packages from npm, \`keylint.configs.recommended\``,
    table: markdownTable(['package', 'files', 'lines', 'parse failures', 'findings', 'per 100k lines'], rows),
    note: [`Goal: 0 findings (this code wires no key wrongly). By rule: ${rules}.`, ...(listed.length === 0 ? [] : ['', 'Every finding, for triage:', ...listed])].join('\n'),
    goalsMet: totalFindings === 0,
  };
}
