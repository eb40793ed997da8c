// Benchmark 3: detection quality on a seeded, labelled corpus — keys of every OpenAI shape and of
// other providers, plus hard negatives — for keylint, secretlint (OpenAI rule) and no-secrets.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import keylint from 'eslint-plugin-keylint';
import noSecrets from 'eslint-plugin-no-secrets';
import { fakeKey } from '@keylint/core/testing';
import { markdownTable, seededRandom } from './lib/measure.mjs';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SEEDS_PER_KIND = 20;
const OPENAI_KINDS = ['openai-legacy', 'openai-project-short', 'openai-project', 'openai-service-account', 'openai-admin', 'openai-none', 'openai-none-short'];
const OTHER_KINDS = ['anthropic', 'anthropic-admin', 'gemini', 'groq', 'openrouter', 'xai', 'perplexity', 'huggingface', 'replicate'];
const HEX = '0123456789abcdef';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function text(random, alphabet, length) {
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

/** Real keys vary: 132-character project keys, bodies with `-`/`_`, a trailing `-`. */
function variantsOf(kind, seed) {
  const key = fakeKey(kind, seed);
  if (kind === 'openai-project' && seed % 4 === 1) {
    // The 132-character form: 58 characters on each side of the marker.
    const marker = btoa('OpenAI');
    const [before, after] = key.slice('sk-proj-'.length).split(marker);
    return `sk-proj-${before.slice(0, 58)}${marker}${after.slice(0, 58)}`;
  }
  if (kind === 'openai-project' && seed % 4 === 2) return `${key.slice(0, -1)}-`;
  return key;
}

function hardNegatives(random) {
  const negatives = [];
  const masked = (prefix) => `${prefix}${'*'.repeat(4 + Math.floor(random() * 20))}${text(random, 'ABCDEFGHabcdefgh0123456789', 4)}`;
  for (let index = 0; index < 20; index += 1) {
    negatives.push(
      { label: 'placeholder', value: `sk-${'x'.repeat(20 + index)}` },
      { label: 'placeholder', value: ['YOUR_API_KEY', 'your-openai-api-key-here', 'sk-...', '<your key>', 'sk-proj-REPLACE_ME', 'changeme', 'sk-123456789', 'OPENAI_API_KEY'][index % 8] },
      { label: 'masked key', value: masked(['sk-proj-', 'sk-', 'sk-ant-api03-', 'sk-None-'][index % 4]) },
      { label: 'masked key', value: `sk-…${text(random, HEX, 4)}` },
      { label: 'sha256', value: text(random, HEX, 64) },
      { label: 'sha1 / git', value: text(random, HEX, 40) },
      { label: 'uuid', value: `${text(random, HEX, 8)}-${text(random, HEX, 4)}-4${text(random, HEX, 3)}-a${text(random, HEX, 3)}-${text(random, HEX, 12)}` },
      { label: 'sk-learn', value: ['sk-learn', 'scikit-learn', 'sk-learn-0.24.2', 'sk-learn-intelex'][index % 4] },
      { label: 'base64 blob', value: text(random, BASE64, 60 + index) },
      { label: 'npm integrity', value: `sha512-${text(random, BASE64, 86)}==` },
      { label: 'identifier', value: `${['handle', 'compute', 'render', 'resolve'][index % 4]}${text(random, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${text(random, 'abcdefghijklmnopqrstuvwxyz', 12)}Callback` },
    );
  }
  return negatives;
}

export function buildCorpus() {
  const positives = [...OPENAI_KINDS, ...OTHER_KINDS].flatMap((kind) =>
    Array.from({ length: SEEDS_PER_KIND }, (_, seed) => ({ label: kind, openai: OPENAI_KINDS.includes(kind), positive: true, value: variantsOf(kind, seed) })),
  );
  const negatives = hardNegatives(seededRandom(42)).map((negative) => ({ ...negative, openai: false, positive: false }));
  return [...positives, ...negatives];
}

function flaggedLines(results) {
  return new Set(results.flatMap((result) => result.messages.map((message) => message.line)));
}

async function runEslintSetup(directory, config) {
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.js'], ...config }] });
  return flaggedLines(await eslint.lintFiles(['corpus.js']));
}

function runSecretlint(directory) {
  const binary = join(dirname(require.resolve('secretlint/package.json')), 'bin', 'secretlint.js');
  const result = spawnSync(process.execPath, [binary, '--format', 'json', '--secretlintrc', join(directory, '.secretlintrc.json'), join(directory, 'corpus.js')], { cwd: directory, encoding: 'utf8' });
  const parsed = JSON.parse(result.stdout);
  return new Set(parsed.flatMap((file) => file.messages.map((message) => message.loc.start.line)));
}

export async function runDetectionBenchmark() {
  const directory = join(benchDirectory, '.work', 'detection');
  mkdirSync(directory, { recursive: true });
  const corpus = buildCorpus();
  // One candidate per line, in a neutral slot: no variable name gives the answer away.
  writeFileSync(join(directory, 'corpus.js'), `${corpus.map((entry, index) => `export const value${index} = ${JSON.stringify(entry.value)};`).join('\n')}\n`);
  writeFileSync(join(directory, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-openai' }] }));
  const tools = [
    ['keylint (`key-hardcoded`)', await runEslintSetup(directory, { plugins: { keylint }, rules: { 'keylint/key-hardcoded': 'error' } })],
    ['secretlint + `@secretlint/secretlint-rule-openai`', runSecretlint(directory)],
    ['eslint-plugin-no-secrets', await runEslintSetup(directory, { plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } })],
  ];
  const openaiPositives = corpus.filter((entry) => entry.openai).length;
  const allPositives = corpus.filter((entry) => entry.positive).length;
  const negatives = corpus.length - allPositives;
  const rows = tools.map(([name, flagged]) => {
    const hit = (entry, index) => flagged.has(index + 1);
    const openaiFound = corpus.filter((entry, index) => entry.openai && hit(entry, index)).length;
    const allFound = corpus.filter((entry, index) => entry.positive && hit(entry, index)).length;
    const falsePositives = corpus.filter((entry, index) => !entry.positive && hit(entry, index));
    const missedKinds = [...new Set(corpus.filter((entry, index) => entry.positive && !hit(entry, index)).map((entry) => entry.label))];
    const falseKinds = [...new Set(falsePositives.map((entry) => entry.label))];
    return {
      name,
      goal: allFound === allPositives && falsePositives.length === 0,
      row: [
        name,
        `${((openaiFound / openaiPositives) * 100).toFixed(1)}% (${openaiFound}/${openaiPositives})`,
        `${((allFound / allPositives) * 100).toFixed(1)}% (${allFound}/${allPositives})`,
        `${falsePositives.length}/${negatives}`,
        missedKinds.join(', ') || '—',
        falseKinds.join(', ') || '—',
      ],
    };
  });
  return {
    title: `3. Detection quality — ${allPositives} fake keys (${OPENAI_KINDS.length} OpenAI shapes, ${OTHER_KINDS.length} other providers) and ${negatives} hard negatives`,
    table: markdownTable(['tool', 'OpenAI recall', 'all-provider recall', 'false positives', 'missed', 'false positives on'], rows.map((entry) => entry.row)),
    goalsMet: rows[0].goal,
  };
}
