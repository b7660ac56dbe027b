/**
 * An element's `tags`, `exclude-tags` and `query` (issue 15), remembered (issue 17: out of the
 * base class): the same array while nothing changes, because the related index is kept per array.
 */
import type { Article } from '../../model/article.js';
import { filterArticles, type ArticleFilter } from '../../related/filter.js';

export class FilterMemo {
  private memo?: { articles: Article[]; key: string; result: Article[] };

  /** The articles the filter lets through: the array of the last call while neither changed. */
  apply(articles: Article[], filter: ArticleFilter): Article[] {
    const key = JSON.stringify(filter);
    const memo = this.memo;
    if (memo?.articles === articles && memo.key === key) return memo.result;
    const result = filterArticles(articles, filter);
    this.memo = { articles, key, result };
    return result;
  }
}
