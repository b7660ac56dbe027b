import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCss } from './build/minify-css.mjs';

// Two outputs from one source:
// 1. dist/*.js: ES modules, one file per source module, `lit` and `dompurify` left as imports
//    for the developer's bundler, with .d.ts beside them.
// 2. dist/civic-news.min.js: one classic script for `<script src defer>`, everything inside
//    but the sanitizer, which
// 3. dist/civic-news-sanitizer.min.js (an ES module: html.ts with DOMPurify) holds. The classic
//    script loads it with import() only when an article body is rendered (README, Security).
const production = { 'process.env.NODE_ENV': JSON.stringify('production') };

/** In the classic script, the sanitizer is loaded from beside it, not bundled into it. */
function sanitizerFromScriptSrc() {
  return {
    name: 'sanitizer-from-script-src',
    async resolveId(source, importer, options) {
      if (source !== './import-html.js' || !importer?.includes('/src/sanitize/')) return null;
      const resolved = await this.resolve('./import-html.script.ts', importer, { ...options, skipSelf: true });
      return resolved?.id ?? null;
    },
  };
}

export default [
  {
    input: {
      index: 'src/index.ts',
      all: 'src/all.ts',
      'article-list': 'src/define/article-list.ts',
      'article-card': 'src/define/article-card.ts',
      article: 'src/define/article.ts',
      'related-articles': 'src/define/related-articles.ts',
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^dompurify$/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist' })],
  },
  {
    input: 'src/all.ts',
    output: { file: 'dist/civic-news.min.js', format: 'iife', name: 'CivicNews', sourcemap: false },
    plugins: [
      sanitizerFromScriptSrc(),
      minifyCss(),
      nodeResolve({ browser: true }),
      typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: false, declarationDir: undefined }),
      terser({ ecma: 2022, module: false, compress: { passes: 3, global_defs: production }, format: { comments: false } }),
    ],
  },
  {
    input: 'src/sanitize/html.ts',
    output: { file: 'dist/civic-news-sanitizer.min.js', format: 'es', sourcemap: false },
    plugins: [
      // Not `browser: true`: DOMPurify's `browser` field names its ES5 UMD file, 1 KB larger
      // gzipped than the ES module its `exports` give.
      nodeResolve(),
      typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: false, declarationDir: undefined }),
      // DOMPurify's one-line license banner stays (Apache-2.0 asks to keep notices).
      terser({ ecma: 2022, module: true, compress: { passes: 3, global_defs: production }, format: { comments: /@license/ } }),
    ],
  },
];
