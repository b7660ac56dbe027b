// What <civic-related-articles> costs, gzipped. Since issue 13 the ranking is a part of its own
// (dist/civic-news-related.min.js, src/related/ranking.ts), downloaded only by a page with a
// related block or a `query`: this prints what the element still adds to the core part
// (dist/civic-news-core.min.js, every page), the part, and the Polish stemmer with the stopword
// lists inside the part (budget: 3 KB). Builds with rollup.config.mjs's setup (build/bundle.mjs), with modules swapped
// for empty stand-ins.
import { partSizeWith } from '../build/bundle.mjs';

const STANDINS = {
  'define/related-articles.ts': 'export {};',
  'elements/related-articles/related-articles.ts': 'export class CivicRelatedArticles {}',
  'related/stem.ts': 'export const stemPl = (w) => w; export const stemEn = (w) => w;',
  'related/stopwords.ts': "export const FUNCTION_WORDS = ''; export const NEWS_WORDS = ''; export const isStopword = () => false;",
};

const size = (input, replace) => partSizeWith(input, Object.fromEntries(replace.map((path) => [path, STANDINS[path]])));

const full = await size('src/script/core.ts', []);
const without = await size('src/script/core.ts', ['elements/related-articles/related-articles.ts']);
const part = await size('src/related/ranking.ts', []);
const noStemmer = await size('src/related/ranking.ts', ['related/stem.ts', 'related/stopwords.ts']);
const kb = (n) => `${n} B (${(n / 1024).toFixed(2)} KB)`;
console.log(`civic-news-core.min.js, gzip -9:         ${kb(full)}`);
console.log(`  without <civic-related-articles>:      ${kb(without)}  → the element adds ${kb(full - without)} to every page`);
console.log(`civic-news-related.min.js, gzip -9:      ${kb(part)}  (only pages with a related block or a query)`);
console.log(`  with stemmer and stopwords stubbed:    ${kb(noStemmer)}  → they add ${kb(part - noStemmer)} (budget 3 KB)`);
