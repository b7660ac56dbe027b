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

/** In the script parts, the XML readers are the part civic-news-xml.min.js, checked like the others (issue 13). */
export const xmlFromScriptSrc = () => swapInScript('xml-from-script-src', '/src/feeds/', './import-xml.js', './import-xml.script.ts');

/** The module swaps of the script-tag build: each lazy part is loaded checked, from beside the core part. */
export const scriptSwaps = () => [sanitizerFromScriptSrc(), languagesFromScriptSrc(), rankingFromScriptSrc(), xmlFromScriptSrc()];

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
export async function buildInMemory(input, { replace = {}, format = 'es', ...options } = {}) {
  const swap = {
    name: 'swap',
    load(id) {
      const hit = Object.keys(replace).find((path) => id.endsWith(`/src/${path}`));
      return hit ? replace[hit] : null;
    },
  };
  const before = [swap, ...scriptSwaps()];
  const bundle = await rollup({ input, plugins: scriptPlugins({ before, ...options }), onwarn: () => {} });
  const { output } = await bundle.generate({ format, name: 'CivicNews' });
  return output.filter((chunk) => chunk.type === 'chunk');
}

/**
 * The gzipped size (`gzip -9`) of the ES-module part built from `input`, with the modules of
 * `replace` (a path under src/ to its stand-in's source) swapped for their stand-ins: what those
 * modules add to the part (scripts/size-related.mjs, scripts/size-without.mjs).
 */
export async function partSizeWith(input, replace = {}) {
  const [chunk] = await buildInMemory(input, { replace, ts: { noEmitOnError: false }, module: true });
  return gzipCommandSize(chunk.code);
}

/**
 * The parts of the script-tag build (issue 13), each `dist/<name>.min.js`, an ES module: the
 * core every page loads, and what loads only where it is used. The loader, `civic-news.min.js`
 * (src/loader.ts), is a classic script built after them, with their hashes.
 */
export const SCRIPT_PARTS = {
  'civic-news-core': 'src/script/core.ts',
  'civic-news-article': 'src/script/article.ts',
  'civic-news-xml': 'src/feeds/parse.ts',
  'civic-news-sanitizer': 'src/sanitize/html.ts',
  'civic-news-related': 'src/related/ranking.ts',
  ...Object.fromEntries(SCRIPT_LANGUAGES.map((lang) => [`civic-news-lang-${lang}`, `src/i18n/${lang}.ts`])),
};

/**
 * Every module the core part imports is in the core file, and so is any module two other
 * parts share: a part then imports nothing but the core, which is already loaded and checked.
 */
export function coreChunk(root = process.cwd()) {
  let core;
  return (id, { getModuleInfo }) => {
    if (!core) {
      const closure = (entry) => {
        const seen = new Set();
        const walk = (module) => {
          if (seen.has(module)) return;
          seen.add(module);
          for (const next of getModuleInfo(module)?.importedIds ?? []) walk(next);
        };
        walk(`${root}/${entry}`);
        return seen;
      };
      const [first, ...others] = Object.values(SCRIPT_PARTS);
      core = closure(first);
      const counts = new Map();
      for (const part of others) for (const module of closure(part)) counts.set(module, (counts.get(module) ?? 0) + 1);
      for (const [module, count] of counts) if (count > 1) core.add(module);
    }
    return core.has(id) ? 'civic-news-core' : undefined;
  };
}

/** Only DOMPurify's one-line license banner stays (Apache-2.0 asks to keep notices). */
export const keepLicense = (_node, comment) => /@license DOMPurify/.test(comment.value);
