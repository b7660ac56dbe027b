import type { Article } from '../model/article.js';
import { filterByQuery } from './query.js';
import { filterByTags, type ArticleFilter } from './tags.js';

export { tagList, type ArticleFilter } from './tags.js';

/**
 * The articles an element's filters let through, in their order: carrying any of `tags`, none
 * of `exclude-tags`, and every word of `query` (query.ts). A pure function. The elements take
 * the two halves apart (tags.ts at once, query.ts with the related ranking, issue 13).
 */
export function filterArticles(articles: Article[], filter: ArticleFilter): Article[] {
  return filterByQuery(filterByTags(articles, filter), filter.query ?? '');
}
