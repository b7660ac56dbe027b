// The package's public API: the element classes, their events, the Article model and the pure
// functions, with no side effects. Register elements with
// `import 'civic-news-widgets/article-list.js'` (or `all.js`). Anything else is internal:
// `civic-news-widgets/internal` (docs/api.md), which may change in any release.
export { CivicArticleList } from './elements/article-list/article-list.js';
export { CivicArticleCard } from './elements/article-card/article-card.js';
export { CivicArticle } from './elements/article/article.js';
export { CivicRelatedArticles, type RelatedExplanation } from './elements/related-articles/related-articles.js';
export type { WidgetState, Layout, HideablePart } from './elements/shared/attributes.js';
export {
  CivicLoadEvent,
  CivicErrorEvent,
  CivicArticleClickEvent,
  type CivicLoadDetail,
  type CivicErrorDetail,
  type CivicArticleClickDetail,
} from './events.js';
export type { Article, ArticleImage, ParsedFeed, FeedFormat } from './model/article.js';
export { parseFeed, type FeedInput } from './feeds/parse.js';
export { FeedError, type FeedErrorCode } from './feeds/errors.js';
export { upgradePlaceholders } from './placeholders.js';
export { buildIndex, type RelatedIndex } from './related/related-index.js';
export { findRelated, type RelatedPick, type RelatedQuery, type RelatedReason, type RelatedResult } from './related/find-related.js';
export type { Messages } from './i18n/messages.js';
export { registerLanguage, type LanguageStrings } from './i18n/index.js';
export { INERT_POLICY_NAME } from './sanitize/inert.js';
