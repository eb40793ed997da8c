// Packs every public package with `pnpm pack`, installs the tarballs with npm into a fresh
// directory outside the workspace, and uses them there as a user would.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const publicPackages = ['packages/core', 'packages/dotenv', 'packages/eslint-plugin', 'apps/collections'];

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
}

test('the packed packages install and work outside the workspace', { timeout: 300_000 }, () => {
  const tarballDirectory = mkdtempSync(join(tmpdir(), 'keylint-tarballs-'));
  for (const packageDirectory of publicPackages) run('pnpm', ['pack', '--pack-destination', tarballDirectory], join(repositoryRoot, packageDirectory));
  const tarballs = readdirSync(tarballDirectory).filter((file) => file.endsWith('.tgz')).map((file) => join(tarballDirectory, file));
  assert.equal(tarballs.length, publicPackages.length);

  const project = mkdtempSync(join(tmpdir(), 'keylint-install-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'keylint-pack-test', private: true, type: 'module' }));
  run('npm', ['install', '--no-package-lock', 'eslint@10.15.0', ...tarballs], project);

  const binaries = join(project, 'node_modules', '.bin');
  assert.match(run(join(binaries, 'keylint-env'), ['--version'], project), /\d+\.\d+\.\d+/);
  assert.match(run(join(binaries, 'keylint-collection'), ['--version'], project), /\d+\.\d+\.\d+/);

  const imported = run(process.execPath, ['--input-type=module', '-e', `
    const core = await import('@keylint/core');
    const plugin = (await import('eslint-plugin-keylint')).default;
    console.log(JSON.stringify({ rules: core.rules.length, redact: typeof core.redact, plugin: plugin.meta.name, pluginRules: Object.keys(plugin.rules).length }));
  `], project);
  const summary = JSON.parse(imported);
  assert.ok(summary.rules >= 21, `core exports the catalog (${summary.rules} rules)`);
  assert.equal(summary.redact, 'function');
  assert.equal(summary.plugin, 'eslint-plugin-keylint');
  assert.equal(summary.pluginRules, summary.rules);

  writeFileSync(join(project, 'eslint.config.js'), "import keylint from 'eslint-plugin-keylint';\nexport default [...keylint.configs.recommended];\n");
  writeFileSync(join(project, 'client.js'), "export const settings = { baseURL: 'https://api.openai.com', key: process.env.OPENAI_APIKEY };\n");
  let output = '';
  try {
    // Exit 0 with warnings only (env-name warns), 1 with errors: the report is on stdout either way.
    output = run(join(binaries, 'eslint'), ['--format', 'json', 'client.js'], project);
  } catch (error) {
    output = error.stdout;
  }
  const [result] = JSON.parse(output);
  const ruleIds = result.messages.map((message) => message.ruleId);
  assert.ok(ruleIds.includes('keylint/env-name'), `expected keylint/env-name in ${ruleIds.join(', ')}`);
});
