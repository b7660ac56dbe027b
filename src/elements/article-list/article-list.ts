import { html, type TemplateResult } from 'lit';
import type { Article } from '../../model/article.js';
import { baseStyles } from '../shared/base.styles.js';
import { CivicFeedElement } from '../shared/feed-element.js';
import { renderTeaser } from '../shared/teaser.js';
import { listStyles, tagStyles, teaserStyles } from '../shared/teaser.styles.js';

/**
 * The newest articles of a feed: title, image, date and lead, each linking to the original.
 *
 * @summary The newest articles of a feed, as a list, a grid or a compact sidebar list.
 * @tag civic-article-list
 *
 * @csspart list - The list of articles.
 * @csspart item - One list item.
 */
export class CivicArticleList extends CivicFeedElement {
  static override styles = [baseStyles, teaserStyles, tagStyles, listStyles];

  protected select(articles: Article[]): Article[] {
    return articles.slice(0, this.effectiveLimit);
  }

  protected renderArticles(shown: Article[]): TemplateResult {
    const options = this.teaserOptions();
    return html`<ul part="list" class="list" role="list">
      ${shown.map((article) => html`<li part="item" class="item">${renderTeaser(article, options)}</li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-article-list': CivicArticleList;
  }
}
