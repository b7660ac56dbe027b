import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { SCRIPT_LANGUAGES, apiForScript, languagesFromScriptSrc, rankingFromScriptSrc, sanitizerFromScriptSrc, scriptPlugins } from './build/bundle.mjs';
import { minifyHtml } from './build/minify-html.mjs';

// Two outputs from one source:
// 1. dist/*.js: ES modules, one file per source module, `lit` and `dompurify` left as imports
//    for the developer's bundler, with .d.ts beside them.
// 2. dist/civic-news.min.js: one classic script for `<script src defer>`, everything inside
//    but the sanitizer, the uk, de and cs strings and the related ranking, which
// 3. dist/civic-news-sanitizer.min.js (an ES module: html.ts with DOMPurify),
//    dist/civic-news-lang-<lang>.min.js (ES modules: src/i18n/<lang>.ts) and
//    dist/civic-news-related.min.js (an ES module: src/related/ranking.ts) hold. The classic
//    script loads them with import() only when an article body is rendered (README, Security),
//    the page is in that language (docs/languages.md), or a related block or a `query` needs
//    the ranking (issue 13).
// These parts are built before the classic script, which carries their SRI hashes and checks
// them (src/sanitize/import-verified.ts); dist/integrity.json then lists the hashes of all.

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/**
 * Puts the sanitizer's hash and the package version into the classic script, after terser
 * (src/sanitize/import-verified.ts), and writes dist/integrity.json: the hashes of the files a
 * page downloads, for `<script integrity>` and the README's snippet.
 */
function integrity() {
  const parts = ['civic-news-sanitizer.min.js', ...SCRIPT_LANGUAGES.map((lang) => `civic-news-lang-${lang}.min.js`), 'civic-news-related.min.js'];
  const placeholders = {
    __CIVIC_INTEGRITY__: () => parts.map((file) => `${file} ${sri(`dist/${file}`)}`).join(' '),
    __CIVIC_VERSION__: () => version,
  };
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
      const files = Object.fromEntries(['civic-news.min.js', ...parts].map((file) => [file, sri(`dist/${file}`)]));
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
  // One small ES module per language, loaded by the classic script only on a page in it.
  ...SCRIPT_LANGUAGES.map((lang) => ({
    input: `src/i18n/${lang}.ts`,
    output: { file: `dist/civic-news-lang-${lang}.min.js`, format: 'es', sourcemap: false },
    plugins: scriptPlugins({ module: true }),
  })),
  // The related ranking (index, choice, `query` filter, stemmer), loaded only where one is needed.
  {
    input: 'src/related/ranking.ts',
    output: { file: 'dist/civic-news-related.min.js', format: 'es', sourcemap: false },
    plugins: scriptPlugins({ module: true }),
  },
  {
    input: 'src/all.ts',
    // A classic script cannot split code: the sanitizer, the languages and the ranking are
    // loaded from beside it instead (src/sanitize/import-html.script.ts, src/i18n/lazy.script.ts,
    // src/related/import-ranking.script.ts); with those swapped in no dynamic import is left.
    output: { file: 'dist/civic-news.min.js', format: 'iife', name: 'CivicNews', sourcemap: false, inlineDynamicImports: true },
    plugins: [...scriptPlugins({ before: [sanitizerFromScriptSrc(), languagesFromScriptSrc(), rankingFromScriptSrc(), apiForScript()] }), integrity()],
  },
];
