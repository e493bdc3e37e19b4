import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/.dist-*/**', '**/node_modules/**', 'storybook-static/**', '**/out/**', 'packages/model/src/generated/**', 'coverage/**', '**/.data/**', 'tests/frameworks/**'],
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
        { selector: 'PrivateIdentifier', message: 'Private members are `private _name` (one convention; Lit decorators need it).' },
      ],
      // One convention for private members: TypeScript `private` and a leading underscore.
      '@typescript-eslint/naming-convention': [
        'error',
        { selector: 'memberLike', modifiers: ['private'], format: ['camelCase', 'UPPER_CASE'], leadingUnderscore: 'require' },
      ],
    },
  },
  {
    // The Lit and web-component rules for the elements and their views.
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  { files: ['packages/widgets/src/**/*.ts'], ...wc.configs['flat/best-practice'] },
  {
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
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
