import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of src/ (docs/architecture.md). In a flat config a later `no-restricted-imports`
// replaces an earlier one for the same file, so every folder's rule repeats these.
const UNSAFE_HTML = { name: 'lit/directives/unsafe-html.js', message: 'Render HTML through src/sanitize/ only.' };
const DOMPURIFY = { regex: '^dompurify(?:/|$)', message: 'Only src/sanitize/ imports DOMPurify: HTML has one door.' };
const restrictImports = (...patterns) => ['error', { paths: [UNSAFE_HTML], patterns: [DOMPURIFY, ...patterns] }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'screenshots/', 'bench/.profile/'] },
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
    files: ['demo/**/*.js', 'test/fixtures/**/*.js', 'bench/**/*.js'],
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
      'no-restricted-imports': restrictImports(),
      // Registration is separate and guarded: a class module has no side effects, and a page
      // that loads the script twice keeps working (src/define/define.ts checks the name first).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='define']:matches([callee.object.name='customElements'], [callee.object.property.name='customElements'])",
          message: 'Only src/define/ calls customElements.define (through define(), which checks the name is free).',
        },
      ],
    },
  },
  {
    files: ['src/define/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/sanitize/**/*.ts'],
    rules: {
      'no-restricted-properties': 'off',
      'no-restricted-imports': ['error', { paths: [UNSAFE_HTML] }],
    },
  },
  {
    // Elements never parse feeds: they ask the store. FeedError (feeds/errors.js) is allowed,
    // and only it: it is the error the store rejects with, which elements turn into a message and
    // a civic-error code; it is a plain class with no reader behind it.
    files: ['src/elements/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports({
        regex: '/feeds/(?!errors\\.js$)',
        message: 'Elements get articles from src/store/, never from a feed reader (docs/architecture.md).',
      }),
    },
  },
  {
    // The model is the bottom layer: readers, the store and elements build on it. Its one way out
    // is sanitize/url-policy.js, a pure function of strings with no imports and no DOM, which
    // is as low as the model itself: every URL in an Article passes through it.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports({
        regex: '^\\.\\./(?!sanitize/url-policy\\.js$)',
        message: 'src/model/ imports only itself and sanitize/url-policy.js (docs/architecture.md).',
      }),
    },
  },
  {
    // The feed proxy is a Node program (tsconfig.proxy.json, rootDir src/proxy): nothing of the
    // browser side (elements, store, sanitize, define…) may reach it, so it imports only itself.
    files: ['src/proxy/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports({
        regex: '^\\.\\.(?:/|$)',
        message: 'src/proxy/ runs in Node and imports nothing outside src/proxy/ (docs/architecture.md).',
      }),
    },
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
