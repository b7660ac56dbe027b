import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { sanitizerFromScriptSrc, scriptPlugins } from './build/bundle.mjs';
import { minifyHtml } from './build/minify-html.mjs';

// Two outputs from one source:
// 1. dist/*.js: ES modules, one file per source module, `lit` and `dompurify` left as imports
//    for the developer's bundler, with .d.ts beside them.
// 2. dist/civic-news.min.js: one classic script for `<script src defer>`, everything inside
//    but the sanitizer, which
// 3. dist/civic-news-sanitizer.min.js (an ES module: html.ts with DOMPurify) holds. The classic
//    script loads it with import() only when an article body is rendered (README, Security).
// The sanitizer is built before the classic script, which carries its SRI hash and checks it
// (src/sanitize/import-verified.ts); dist/integrity.json then lists the hashes of both.

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/**
 * Puts the sanitizer's hash and the package version into the classic script, after terser
 * (src/sanitize/import-verified.ts), and writes dist/integrity.json: the hashes of the files a
 * page downloads, for `<script integrity>` and the README's snippet.
 */
function integrity() {
  const placeholders = { __CIVIC_SANITIZER_INTEGRITY__: () => sri('dist/civic-news-sanitizer.min.js'), __CIVIC_VERSION__: () => version };
  return {
    name: 'civic-integrity',
    renderChunk(code) {
      let out = code;
      for (const [name, value] of Object.entries(placeholders)) {
        if (!out.includes(name)) this.error(`${name} is missing from the script bundle`);
        out = out.replaceAll(name, value());
      }
      return { code: out, map: null };
    },
    writeBundle() {
      const files = { 'civic-news.min.js': sri('dist/civic-news.min.js'), 'civic-news-sanitizer.min.js': sri('dist/civic-news-sanitizer.min.js') };
      writeFileSync('dist/integrity.json', `${JSON.stringify({ version, algorithm: 'sha384', files }, null, 2)}\n`);
    },
  };
}

export default [
  {
    input: {
      index: 'src/index.ts',
      internal: 'src/internal.ts',
      all: 'src/all.ts',
      'article-list': 'src/define/article-list.ts',
      'article-card': 'src/define/article-card.ts',
      article: 'src/define/article.ts',
      'related-articles': 'src/define/related-articles.ts',
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^dompurify$/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    // Template indentation goes here too: a bundler does not take it out (build/minify-html.mjs).
    plugins: [minifyHtml(), typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist' })],
  },
  {
    input: 'src/sanitize/html.ts',
    output: { file: 'dist/civic-news-sanitizer.min.js', format: 'es', sourcemap: false },
    // Not `browser: true`: DOMPurify's `browser` field names its ES5 UMD file, 1 KB larger
    // gzipped than the ES module its `exports` give. DOMPurify's one-line license banner stays
    // (Apache-2.0 asks to keep notices).
    plugins: scriptPlugins({ module: true, resolve: {}, comments: /@license/ }),
  },
  {
    input: 'src/all.ts',
    // A classic script cannot split code: the uk, de and cs strings (src/i18n/index.ts loads
    // them with import()) are inlined here for now; issue 13's loader is the way to download
    // only the language a page uses. ES module users get a chunk each.
    output: { file: 'dist/civic-news.min.js', format: 'iife', name: 'CivicNews', sourcemap: false, inlineDynamicImports: true },
    plugins: [...scriptPlugins({ before: [sanitizerFromScriptSrc()] }), integrity()],
  },
];
