/**
 * An element's `tags`, `exclude-tags` and `query` (issue 15), remembered (issue 17: out of the
 * base class): the same array while nothing changes, because the related index is kept per array.
 * `query` is matched by the related ranking's `filterByQuery` (issue 13: loaded only when a
 * `query` is set), which the element passes in.
 */
import type { Article } from '../../model/article.js';
import { filterByTags, type ArticleFilter } from '../../related/tags.js';

export type QueryFilter = (articles: Article[], query: string) => Article[];

export class FilterMemo {
  private memo?: { articles: Article[]; key: string; result: Article[] };

  /** The articles the filter lets through: the array of the last call while neither changed. */
  apply(articles: Article[], filter: ArticleFilter, byQuery?: QueryFilter): Article[] {
    const key = JSON.stringify(filter);
    const memo = this.memo;
    if (memo?.articles === articles && memo.key === key) return memo.result;
    const tagged = filterByTags(articles, filter);
    const query = filter.query?.trim() ?? '';
    const result = query && byQuery ? byQuery(tagged, query) : tagged;
    this.memo = { articles, key, result };
    return result;
  }
}
