import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', '**/out/**', 'packages/model/src/generated/**', 'coverage/**', '**/.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Function']", message: 'new Function breaks a strict CSP.' },
        { selector: "CallExpression[callee.name='eval']", message: 'eval breaks a strict CSP.' },
      ],
    },
  },
  {
    // The model is pure: no DOM, no network, no Node built-ins outside its Node-side modules.
    files: ['packages/model/src/**/*.ts'],
    ignores: ['packages/model/src/{validate,dataset,cli,node}.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path'], message: 'The model is pure: Node built-ins only in validate/dataset/cli.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'sessionStorage', 'navigator', 'XMLHttpRequest'],
    },
  },
);
