// The one rollup setup of the script-tag build (issue 17: the four size scripts carried their
// own copies): rollup.config.mjs builds with it, and scripts/size-*.mjs and page-bytes.mjs
// measure with it, so a measurement is of the bundle as shipped.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minifyCss } from './minify-css.mjs';
import { minifyHtml } from './minify-html.mjs';

/** Lit's and our own development-only code is dropped from what readers download. */
export const PRODUCTION = { 'process.env.NODE_ENV': JSON.stringify('production') };

/** Terser as every shipped file uses it; `module` for ES-module output. */
export const minify = ({ module = false, comments = false } = {}) =>
  terser({ ecma: 2022, module, compress: { passes: 3, global_defs: PRODUCTION }, format: { comments } });

/** TypeScript for a bundle (no declarations; a second plugin instance needs its own outDir). */
export const compile = (options = {}) => typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: false, declarationDir: undefined, ...options });

/**
 * The plugins of a script-tag file: CSS and template indentation squeezed, dependencies resolved for the browser, our
 * TypeScript compiled, minified. `before` plugins run first (module swaps, redirections).
 */
export function scriptPlugins({ before = [], module = false, resolve = { browser: true }, terser: minified = true, comments = false, ts = {} } = {}) {
  return [...before, minifyCss(), minifyHtml(), nodeResolve(resolve), compile(ts), ...(minified ? [minify({ module, comments })] : [])];
}

/** In the classic script, `source` imported from `folder` is `replacement` (a file beside it). */
function swapInScript(name, folder, source, replacement) {
  return {
    name,
    async resolveId(id, importer, options) {
      if (id !== source || !importer?.includes(folder)) return null;
      const resolved = await this.resolve(replacement, importer, { ...options, skipSelf: true });
      return resolved?.id ?? null;
    },
  };
}

/** In the classic script, the sanitizer is loaded from beside it, not bundled into it. */
export const sanitizerFromScriptSrc = () => swapInScript('sanitizer-from-script-src', '/src/sanitize/', './import-html.js', './import-html.script.ts');

/** In the classic script, uk, de and cs are loaded from beside it (civic-news-lang-*.min.js), not inlined. */
export const languagesFromScriptSrc = () => swapInScript('languages-from-script-src', '/src/i18n/', './lazy.js', './lazy.script.ts');

/** In the classic script, the related ranking is loaded from beside it (civic-news-related.min.js), not inlined (issue 13). */
export const rankingFromScriptSrc = () => swapInScript('ranking-from-script-src', '/src/related/', './import-ranking.js', './import-ranking.script.ts');

/** In the classic script, the global `CivicNews` holds the API but the related ranking's functions (src/index.script.ts). */
export const apiForScript = () => swapInScript('api-for-script', '/src/all.ts', './index.js', './index.script.ts');

/** The built-in languages built apart for the script tag, each `dist/civic-news-lang-<lang>.min.js`. */
export const SCRIPT_LANGUAGES = ['uk', 'de', 'cs'];

/** Gzipped size at level 9, as Node's zlib makes it. */
export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** Gzipped size as the `gzip -9` command makes it (the README's figures; zlib in Node compresses a little worse). */
export const gzipCommandSize = (code) => execFileSync('gzip', ['-9', '-c'], { input: code }).length;

/**
 * Builds `input` in memory with the script-tag plugins and returns rollup's output chunks.
 * `replace` maps a path under src/ to the source that stands in for it.
 */
export async function buildInMemory(input, { replace = {}, format = 'iife', ...options } = {}) {
  const swap = {
    name: 'swap',
    load(id) {
      const hit = Object.keys(replace).find((path) => id.endsWith(`/src/${path}`));
      return hit ? replace[hit] : null;
    },
  };
  const before = format === 'iife' ? [swap, sanitizerFromScriptSrc(), languagesFromScriptSrc(), rankingFromScriptSrc(), apiForScript()] : [swap];
  const bundle = await rollup({ input, plugins: scriptPlugins({ before, ...options }), onwarn: () => {} });
  const { output } = await bundle.generate({ format, name: 'CivicNews' });
  return output.filter((chunk) => chunk.type === 'chunk');
}
