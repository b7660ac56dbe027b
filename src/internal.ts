// NOT PUBLIC API. `civic-news-widgets/internal` exposes building blocks the elements are made
// of, for tests, experiments and the library's own tools. Anything here may change or vanish in
// any release, patch releases included, without a CHANGELOG entry (docs/api.md). Depend on the
// main entry instead; if you need something from here, open an issue saying why.
export { CivicFeedElement } from './elements/shared/feed-element.js';
export { CivicAttributes } from './elements/shared/attributes.js';
export { feedStore } from './store/feed-store.js';
export { relatedIndex } from './related/related-index.js';
export { readFeed, detectFormat } from './feeds/parse.js';
export { normalizeArticle, uniqueArticles } from './model/normalize.js';
export { watchPlaceholders } from './placeholders.js';
export type { Messages } from './i18n/messages.js';
