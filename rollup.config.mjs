import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCss } from './build/minify-css.mjs';

// Two outputs from one source:
// 1. dist/*.js: ES modules, one file per source module, `lit` and `dompurify` left as imports
//    for the developer's bundler, with .d.ts beside them.
// 2. dist/civic-news.min.js: one classic script for `<script src defer>`, everything inside.
const production = { 'process.env.NODE_ENV': JSON.stringify('production') };

export default [
  {
    input: {
      index: 'src/index.ts',
      all: 'src/all.ts',
      'article-list': 'src/define/article-list.ts',
      'article-card': 'src/define/article-card.ts',
      'related-articles': 'src/define/related-articles.ts',
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^dompurify$/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', // npm pack drops folders named node_modules: the decorator helper goes to vendor/.
      entryFileNames: (chunk) => `${chunk.name.replace(/node_modules/g, 'vendor')}.js`,
    },
    plugins: [typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist' })],
  },
  {
    input: 'src/all.ts',
    output: { file: 'dist/civic-news.min.js', format: 'iife', name: 'CivicNews', sourcemap: false },
    plugins: [
      minifyCss(),
      nodeResolve({ browser: true }),
      typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: false, declarationDir: undefined }),
      terser({ ecma: 2022, module: false, compress: { passes: 3, global_defs: production }, format: { comments: false } }),
    ],
  },
];
