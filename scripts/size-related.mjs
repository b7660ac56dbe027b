// What <civic-related-articles> adds to dist/civic-news.min.js, gzipped: the whole feature, and
// the Polish stemmer with the stopword lists alone (budget: 3 KB). Builds the script-tag bundle
// three times with rollup.config.mjs's setup (build/bundle.mjs), with modules swapped for empty stand-ins (the small
// additions to shared modules, such as the base class's empty-message hook, count as the base).
import { buildInMemory, gzipCommandSize } from '../build/bundle.mjs';

const STANDINS = {
  'define/related-articles.ts': 'export {};',
  'elements/related-articles/related-articles.ts': 'export class CivicRelatedArticles {}',
  'related/related-index.ts': 'export const buildIndex = () => {}; export const relatedIndex = () => {};',
  'related/find-related.ts': 'export const findRelated = () => {};',
  'related/stem.ts': 'export const fold = (w) => w; export const stemPl = (w) => w; export const stemEn = (w) => w;',
  'related/stopwords.ts': "export const FUNCTION_WORDS = ''; export const NEWS_WORDS = ''; export const isStopword = () => false;",
};

async function size(replace) {
  const [chunk] = await buildInMemory('src/all.ts', {
    replace: Object.fromEntries(replace.map((path) => [path, STANDINS[path]])),
    ts: { noEmitOnError: false },
  });
  return gzipCommandSize(chunk.code);
}

const full = await size([]);
const without = await size([
  'define/related-articles.ts',
  'elements/related-articles/related-articles.ts',
  'related/related-index.ts',
  'related/find-related.ts',
]);
const noStemmer = await size(['related/stem.ts', 'related/stopwords.ts']);
const kb = (n) => `${n} B (${(n / 1024).toFixed(2)} KB)`;
console.log(`civic-news.min.js, gzip -9:              ${kb(full)}`);
console.log(`  without <civic-related-articles>:      ${kb(without)}  → the feature adds ${kb(full - without)}`);
console.log(`  with stemmer and stopwords stubbed:    ${kb(noStemmer)}  → they add ${kb(full - noStemmer)} (budget 3 KB)`);
