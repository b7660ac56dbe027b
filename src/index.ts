// The package's main entry: classes, types and pure functions, with no side effects.
// Register elements with `import 'civic-news-widgets/article-list.js'` (or `all.js`).
export { CivicArticleList } from './elements/article-list/article-list.js';
export { CivicArticleCard } from './elements/article-card/article-card.js';
export { CivicArticle } from './elements/article/article.js';
export { CivicRelatedArticles, type RelatedExplanation } from './elements/related-articles/related-articles.js';
export { CivicFeedElement } from './elements/shared/feed-element.js';
export type { WidgetState, Layout, HideablePart } from './elements/shared/feed-element.js';
export { CivicLoadEvent, CivicErrorEvent, CivicArticleClickEvent } from './events.js';
export type { Article, ArticleImage, ParsedFeed, FeedFormat } from './model/article.js';
export { parseFeed, type FeedInput } from './feeds/parse.js';
export { FeedError, type FeedErrorCode } from './feeds/errors.js';
export { feedStore } from './store/feed-store.js';
export { upgradePlaceholders } from './placeholders.js';
export { buildIndex, relatedIndex, type RelatedIndex } from './related/related-index.js';
export { findRelated, type RelatedPick, type RelatedQuery, type RelatedReason, type RelatedResult } from './related/find-related.js';
export type { Messages } from './i18n/messages.js';
export { registerLanguage, type LanguageStrings } from './i18n/index.js';
export { INERT_POLICY_NAME } from './sanitize/inert.js';
