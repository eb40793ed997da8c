// One package of benchmark 5, in its own process: `node precision-runner.mjs <directory>`.
// Prints the files, lines, parse failures and every keylint finding as JSON.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ESLint } from 'eslint';
import keylint from 'eslint-plugin-keylint';

// typescript-eslint's parser comes with the plugin's development dependencies, so no second copy is installed here.
const pluginRequire = createRequire(createRequire(import.meta.url).resolve('eslint-plugin-keylint/package.json'));
const tsParser = pluginRequire('@typescript-eslint/parser');

const [directory] = process.argv.slice(2);
const eslint = new ESLint({
  cwd: directory,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], languageOptions: { parser: tsParser, sourceType: 'module' } },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    ...keylint.configs.recommended,
  ],
  warnIgnored: false,
});
const results = await eslint.lintFiles(['.']);
let lines = 0;
let parseFailures = 0;
const findings = [];
for (const result of results) {
  lines += readFileSync(result.filePath, 'utf8').split('\n').length;
  for (const message of result.messages) {
    if (message.fatal === true) parseFailures += 1;
    else if (String(message.ruleId).startsWith('keylint/')) findings.push({ file: result.filePath.slice(directory.length + 1), line: message.line, ruleId: message.ruleId, message: message.message });
  }
}
console.log(JSON.stringify({ files: results.length, lines, parseFailures, findings }));
