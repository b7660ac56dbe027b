/**
 * The script tag's global `CivicNews`: the package's API (index.ts) but `buildIndex` and
 * `findRelated`. Those would put the related ranking (the index, the Polish stemmer, the
 * stopwords) into every page that pastes the script tag, where only a related block or a
 * `query` needs it, loaded from beside the script (issue 13). npm users import them from the
 * package as before. build/bundle.mjs (`apiForScript`) puts this file in place of index.ts for
 * src/all.ts in the script build; test/ssr/script-api.test.mjs keeps the two lists in step.
 */
export { CivicArticleList } from './elements/article-list/article-list.js';
export { CivicArticleCard } from './elements/article-card/article-card.js';
export { CivicArticle } from './elements/article/article.js';
export { CivicRelatedArticles } from './elements/related-articles/related-articles.js';
export { CivicLoadEvent, CivicErrorEvent, CivicArticleClickEvent } from './events.js';
export { parseFeed } from './feeds/parse.js';
export { FeedError } from './feeds/errors.js';
export { upgradePlaceholders } from './placeholders.js';
export { registerLanguage } from './i18n/index.js';
export { INERT_POLICY_NAME } from './sanitize/inert.js';
