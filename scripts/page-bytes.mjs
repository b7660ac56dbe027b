// What each kind of page downloads, gzipped (-9): `npm run build && node scripts/page-bytes.mjs`.
// Script tag: the files in dist/ (the loader and its parts). npm: what a bundler makes of the
// ES modules in dist/ (rollup with code splitting, minified like the script tag's files), split
// into what loads at once and what loads only where used: the XML readers for an XML feed, the
// sanitizer for an article body, the related ranking for a related block (or a `query`), and by
// script tag a language's strings for a page in it.
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { gzipSize as gz, minify } from '../build/bundle.mjs';

const file = (path) => gz(readFileSync(path));

// Budgets per page type, total bytes (issue 13): `npm run size` fails past one. Since the loader
// and its parts (src/loader.ts, src/script/core.ts) a page pays for the XML readers only with an
// XML feed, for the article view only with an article, and for the related ranking only with a
// related block. Issue 13's goals (JSON Feed list 15 KB, RSS list 17 KB) are not met: the core
// holds what issues 12, 14, 15 and 16 asked of every list (README, Size). About 1 KB of every
// script-tag page is the loader's room for each widget until the core arrives (no layout shift).
// 0.25 KB more for every page type (stop 23): a long JSON feed read in chunks sized by time,
// each widget reading the page's style once instead of in every render, and the kept copy's
// JSON made after the articles went in (fewer long tasks, less forced style).
// 0.5 KB more for every page type (stop 24): Polish and US English dates written without Intl
// (a page's first Intl.DateTimeFormat was a task of 52-72 ms at 4x CPU) and `content-visibility`
// for teasers past the tenth (each slice of a long list laid the whole list out again).
// 0.25 KB more for RSS pages (stop 24): RSS and Atom items read a chunk a task (200 RSS items
// made one task of 220-390 ms at 4x CPU).
// 0.5 KB more for RSS pages (stop 25): a long XML feed decoded 64 KB a step, scanned 1,024 tags a
// step and parsed 20 items at a time, a task each (one task of 470-630 ms at 4x CPU before); the
// decoding in steps is in the core, for JSON bodies too (83 B on every page: the list + related
// page 0.125 KB more).
// 0.125 KB more for every script-tag page, 0.25 KB for the article pages (stop 26): the skeleton's
// row of tags and the credit over the picture (a card's CLS on a phone 0.019 -> 0.004): 141 B of
// the core and 35 B of the loader's room. The npm pages 1.5 to 1.75 KB less: the ES modules' css`…`
// lose their comments and white space as the script-tag parts' do (build/minify-css.mjs).
// 0.125 KB more for every page type (stop 28): the kept copy's JSON made a few articles a task,
// and a refreshed feed compared with the one on screen in tasks (JSON for 200 articles, whose
// leads are read then, was one task of 110-170 ms at 4x CPU): 111 B of the core.
const BUDGETS = {
  'script tag|JSON Feed list, cards': 38.0 * 1024,
  'script tag|RSS list': 43.75 * 1024,
  'script tag|JSON Feed list + related block': 42.625 * 1024,
  'script tag|article with a body (JSON Feed)': 53.875 * 1024,
  'script tag|article with a body (RSS)': 59.625 * 1024,
  'script tag|JSON Feed list in Ukrainian': 39.25 * 1024,
  'npm (ES modules)|article-list.js + article-card.js, JSON Feed': 32.625 * 1024,
  'npm (ES modules)|article-list.js + article-card.js, RSS': 38.375 * 1024,
  'npm (ES modules)|related-articles.js, JSON Feed': 36.625 * 1024,
  'npm (ES modules)|article.js, with a body, JSON Feed': 46.375 * 1024,
};

const rows = [];
const loader = file('dist/civic-news.min.js');
const part = (name) => file(`dist/civic-news-${name}.min.js`);
const core = loader + part('core');
// "At once": the loader and the core, which it loads at once. "Later": the parts loaded where used.
rows.push(['script tag', 'JSON Feed list, cards', core, 0]);
rows.push(['script tag', 'RSS list', core, part('xml')]);
rows.push(['script tag', 'JSON Feed list + related block', core, part('related')]);
rows.push(['script tag', 'article with a body (JSON Feed)', core, part('article') + part('sanitizer')]);
rows.push(['script tag', 'article with a body (RSS)', core, part('article') + part('sanitizer') + part('xml')]);
rows.push(['script tag', 'JSON Feed list in Ukrainian', core, part('lang-uk')]);

/**
 * A page of `entries` as a bundler splits it: what loads at once, and what loads later (the
 * chunks of `later`: 'xml' for the XML readers, 'related' for the related ranking, 'body' for
 * the sanitizer). A chunk that is none of those and not loaded at once is counted later too.
 */
async function esm(label, entries, later = []) {
  const virtual = 'virtual:page';
  const build = await rollup({
    input: virtual,
    plugins: [
      {
        name: 'page',
        resolveId: (id) => (id === virtual ? id : null),
        load: (id) => (id === virtual ? entries.map((e) => `import '${e}';`).join('\n') : null),
      },
      nodeResolve({ exportConditions: ['production'] }),
      minify({ module: true }),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  const kinds = {
    '/feeds/parse.js': 'xml',
    '/related/ranking.js': 'related',
    '/sanitize/html.js': 'body',
    '/i18n/uk.js': 'uk',
    '/i18n/de.js': 'de',
    '/i18n/cs.js': 'cs',
  };
  let initial = 0;
  let lazy = 0;
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    const kind = Object.entries(kinds).find(([path]) => chunk.facadeModuleId?.endsWith(path))?.[1];
    if (chunk.isEntry || output.some((c) => c.type === 'chunk' && c.isEntry && c.imports.includes(chunk.fileName))) initial += gz(chunk.code);
    else if (!kind || later.includes(kind)) lazy += gz(chunk.code);
  }
  rows.push(['npm (ES modules)', label, initial, lazy]);
}
await esm('article-list.js + article-card.js, JSON Feed', ['./dist/article-list.js', './dist/article-card.js']);
await esm('article-list.js + article-card.js, RSS', ['./dist/article-list.js', './dist/article-card.js'], ['xml']);
await esm('related-articles.js, JSON Feed', ['./dist/related-articles.js'], ['related']);
await esm('article.js, with a body, JSON Feed', ['./dist/article.js'], ['body']);

console.log('| build | page | loaded at once | loaded later, where used | total | budget |');
console.log('|---|---|---:|---:|---:|---:|');
let over = false;
for (const [build, page, now, later] of rows) {
  const budget = BUDGETS[`${build}|${page}`];
  const ok = !budget || now + later <= budget;
  over ||= !ok;
  console.log(`| ${build} | ${page} | ${now} B | ${later ? `${later} B` : '–'} | ${now + later} B | ${budget ? `${budget} B${ok ? '' : ' OVER'}` : '–'} |`);
}
process.exit(over ? 1 : 0);
