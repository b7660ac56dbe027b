import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Article } from '../../model/article.js';
import { pickArticle } from '../../model/match.js';
import { baseStyles } from '../shared/base.styles.js';
import { CivicFeedElement } from '../shared/feed-element.js';
import { renderTeaser } from '../shared/teaser.js';
import { tagStyles, teaserStyles } from '../shared/teaser.styles.js';
import { articleCardStyles } from './article-card.styles.js';

/**
 * One article as a card: `article-id` picks it (an id or URL), else the newest.
 *
 * @summary One article of a feed as a card.
 * @tag civic-article-card
 *
 * @omit limit - It shows one article.
 */
export class CivicArticleCard extends CivicFeedElement {
  static override styles = [baseStyles, teaserStyles, tagStyles, articleCardStyles];

  static override properties: PropertyDeclarations = { articleId: { attribute: 'article-id' } };

  /** The article to show: its id or URL; default the newest. */
  declare articleId: string;

  constructor() {
    super();
    this.articleId = '';
  }

  protected select(articles: Article[]): Article[] {
    return pickArticle(articles, this.articleId);
  }

  /** One teaser in the card's own box. */
  protected override renderSkeleton(): TemplateResult {
    return html`<div class="card">${super.renderSkeleton()}</div>`;
  }

  protected override skeletonItems(): number {
    return 1;
  }

  protected renderArticles(shown: Article[]): TemplateResult {
    return html`<div class="card">${renderTeaser(shown[0], this.teaserOptions(), true)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-article-card': CivicArticleCard;
  }
}
