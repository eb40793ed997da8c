// The demo's ESLint setup, as a user of eslint-plugin-keylint would write it.
import tseslint from 'typescript-eslint';
import keylint from 'eslint-plugin-keylint';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  ...keylint.configs.recommended,
  keylint.configs.env,
];
