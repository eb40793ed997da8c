import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', 'bench/.work/**', 'examples/**', '**/fixtures/**', '**/*.d.ts'],
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Core runs unchanged in the browser page: no Node built-ins.
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'crypto', 'url', 'process'], message: '@keylint/core must run in a browser: no Node built-ins.' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: '@keylint/core must run in a browser.' }, { name: 'Buffer', message: '@keylint/core must run in a browser.' }],
    },
  },
  {
    files: ['packages/eslint-plugin/src/**/*.ts'],
    ...eslintPlugin.configs.recommended,
  },
);
