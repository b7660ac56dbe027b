import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { SCRIPT_PARTS, coreChunk, keepLicense, scriptPlugins, scriptSwaps } from './build/bundle.mjs';
import { minifyCss } from './build/minify-css.mjs';
import { minifyHtml } from './build/minify-html.mjs';

// Two outputs from one source:
// 1. dist/*.js: ES modules, one file per source module, `lit` and `dompurify` left as imports
//    for the developer's bundler, with .d.ts beside them.
// 2. The script-tag build (issue 13): dist/civic-news.min.js, a small classic script (the
//    loader, src/loader.ts) that starts the feed requests at once and loads from beside itself
//    the ES-module parts of SCRIPT_PARTS (build/bundle.mjs): civic-news-core.min.js on every
//    page, and only where used the XML readers, the article view, the sanitizer, a language's
//    strings and the related ranking (src/script/core.ts). Every part is checked against a
//    hash built into the loader (src/sanitize/import-verified.ts); dist/integrity.json then
//    lists the hashes of all.

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;
const CORE = 'civic-news-core.min.js';

/** Checks that a part imports nothing but the core: its own imports are not checked by its modulepreload link. */
function partsImportOnlyTheCore() {
  return {
    name: 'civic-parts-import-only-the-core',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      const extra = chunks.filter((chunk) => !chunk.isEntry);
      if (extra.length) this.error(`parts other than SCRIPT_PARTS were made: ${extra.map((chunk) => chunk.fileName).join(', ')}`);
      for (const chunk of chunks) {
        const wrong = [...chunk.imports.filter((name) => name !== CORE), ...chunk.dynamicImports];
        if (wrong.length) this.error(`${chunk.fileName} imports ${wrong.join(', ')}: a part may import the core only, and loads others through the loader`);
      }
    },
  };
}

/**
 * Puts the sha256 of every part, and the package version, into the loader, and writes
 * dist/integrity.json: the sha384 of every file a page may download, for `<script integrity>`
 * and the README's snippet.
 */
function loaderIntegrity(dir) {
  const file = (name) => readFileSync(`${dir}/${name}`);
  const parts = Object.keys(SCRIPT_PARTS).map((name) => `${name}.min.js`);
  const placeholders = {
    __CIVIC_INTEGRITY__: () => parts.map((name) => `${name} sha256-${createHash('sha256').update(file(name)).digest('base64')}`).join(' '),
    __CIVIC_VERSION__: () => version,
  };
  return {
    name: 'civic-loader-integrity',
    renderChunk(code) {
      let out = code;
      for (const [name, value] of Object.entries(placeholders)) {
        if (!out.includes(name)) this.error(`${name} is missing from the loader`);
        out = out.replaceAll(name, value());
      }
      return { code: out, map: null };
    },
    writeBundle() {
      const names = ['civic-news.min.js', ...parts];
      const files = Object.fromEntries(names.map((name) => [name, sri(file(name))]));
      writeFileSync(`${dir}/integrity.json`, `${JSON.stringify({ version, algorithm: 'sha384', files }, null, 2)}\n`);
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
    // Template indentation and the comments and white space of css`…` go here too: a bundler
    // does not take them out (build/minify-html.mjs, build/minify-css.mjs).
    plugins: [minifyCss(), minifyHtml(), typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist' })],
  },
  ...scriptBuild(),
];

/**
 * The script-tag build into `dir`: the parts, then the loader with their hashes. `minified:
 * false` is for `npm run bench -- --profile`, which reads function names in a CPU profile.
 */
export function scriptBuild({ dir = 'dist', minified = true } = {}) {
  return [
    {
      input: SCRIPT_PARTS,
      // Each part keeps its exports (the loader and the core call them); the core also exports what the other parts import from it.
      preserveEntrySignatures: 'allow-extension',
      output: { dir, format: 'es', entryFileNames: '[name].min.js', chunkFileNames: '[name].min.js', manualChunks: coreChunk(), sourcemap: false },
      // Not `browser: true`: DOMPurify's `browser` field names its ES5 UMD file, 1 KB larger
      // gzipped than the ES module its `exports` give.
      plugins: [
        ...scriptPlugins({ before: scriptSwaps(), module: true, resolve: {}, comments: keepLicense, terser: minified, ts: { outDir: dir } }),
        partsImportOnlyTheCore(),
      ],
    },
    {
      input: 'src/loader.ts',
      output: { file: `${dir}/civic-news.min.js`, format: 'iife', sourcemap: false },
      plugins: [...scriptPlugins({ terser: minified, ts: { outDir: dir } }), loaderIntegrity(dir)],
    },
  ];
}
