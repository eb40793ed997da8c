// One ESLint run for benchmark 2, in its own process: `node eslint-runner.mjs <setup> <directory>`.
import { ESLint } from 'eslint';
import keylint from 'eslint-plugin-keylint';
import noSecrets from 'eslint-plugin-no-secrets';

const [setup, directory] = process.argv.slice(2);
const base = { files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } };
// The floor any plugin pays: one rule that listens to every Literal and does nothing with it.
const literalPlugin = { rules: { literal: { meta: { type: 'problem', schema: [] }, create: () => ({ Literal() {} }) } } };
const setups = {
  'parser-only': [base],
  'literal-rule': [base, { files: ['**/*.js'], plugins: { trivial: literalPlugin }, rules: { 'trivial/literal': 'error' } }],
  keylint: [base, ...keylint.configs.recommended.map((config) => (config.plugins === undefined ? config : { ...config, files: ['**/*.js'] }))],
  'no-secrets': [base, { files: ['**/*.js'], plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }],
};
const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: setups[setup], warnIgnored: false });
const results = await eslint.lintFiles(['.']);
const problems = results.reduce((sum, result) => sum + result.messages.length, 0);
console.log(JSON.stringify({ files: results.length, problems }));
