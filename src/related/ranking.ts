/**
 * The related ranking as one part (issue 13): the index, the choice, and the `query` filter,
 * with the word analysis they share (terms.ts, the Polish stemmer, the stopwords). Only a
 * related block, or an element with a `query`, loads it (lazy.ts): a bundler makes a chunk of
 * it, and the script-tag build the ES module `civic-news-related.min.js`.
 */
export { findRelated } from './find-related.js';
export { prepareRelatedIndex, relatedIndex } from './related-index.js';
export { filterByQuery } from './query.js';
