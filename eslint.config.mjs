import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  regexp.configs['flat/recommended'],
  {
    // Feed text is hostile: no regular expression may take more than linear time on it (issue 10).
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
    },
  },
  {
    files: ['demo/**/*.js', 'test/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // One door for HTML (README, Security): nothing else may turn a string into DOM.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Strings become DOM only in src/sanitize/.' },
        { property: 'outerHTML', message: 'Strings become DOM only in src/sanitize/.' },
        { property: 'insertAdjacentHTML', message: 'Strings become DOM only in src/sanitize/.' },
        { property: 'parseFromString', message: 'Strings become DOM only in src/sanitize/.' },
        { property: 'createContextualFragment', message: 'Strings become DOM only in src/sanitize/.' },
        { object: 'document', property: 'write', message: 'Never.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Render HTML through src/sanitize/ only.' }] }],
    },
  },
  {
    files: ['src/sanitize/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Tests, demos and build scripts read our own text, not feeds: only src/ is held to linear time.
    files: ['test/**', 'demo/**', 'build/**', 'scripts/**'],
    rules: { 'regexp/no-super-linear-move': 'off', 'regexp/no-unused-capturing-group': 'off' },
  },
);
