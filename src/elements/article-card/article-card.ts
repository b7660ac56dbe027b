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
 * @fires civic-load - Data arrived and was rendered; `detail: { articles, src }`, plus `truncated: true` when the feed was cut short (only its complete items are shown).
 * @fires civic-error - Fetching or parsing failed; `detail: { code, message, src }`.
 * @fires civic-article-click - A reader activated the article link (cancelable); `detail: { article }`.
 *
 * @csspart container - The element's inner root.
 * @csspart heading - The block heading (with `heading`).
 * @csspart article - The card.
 * @csspart title - The title (a heading at `heading-level`).
 * @csspart link - The title link.
 * @csspart media - The image box.
 * @csspart image - The image.
 * @csspart credit - The photo credit.
 * @csspart meta - Date and authors.
 * @csspart lead - The lead paragraph.
 * @csspart tags - The list of tags.
 * @csspart status - The live region: loading, empty and error messages (always present, often empty).
 * @csspart error - The box round the error message and the Retry button, in the error state.
 * @csspart retry - The Retry button.
 *
 * @cssprop --civic-font-family - Font; inherits the page's font by default.
 * @cssprop --civic-font-size - Base font size (default 1rem, so the page's text-size switcher scales it).
 * @cssprop --civic-color-text - Text color.
 * @cssprop --civic-color-muted - Secondary text (dates, credits, tags).
 * @cssprop --civic-color-accent - Links, the Retry button and, by default, the focus ring.
 * @cssprop --civic-color-surface - Background of the widget, the card and the error box.
 * @cssprop --civic-color-border - Borders, separators and image placeholders.
 * @cssprop --civic-color-error - Border of the error box.
 * @cssprop --civic-color-focus - Focus ring (default: the accent).
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-gap - Space between articles (card: its padding).
 * @cssprop --civic-padding - Inner padding of the widget's panel (default 0.5rem, the reach of the focus ring).
 * @cssprop --civic-image-ratio - Image aspect ratio (default 16 / 9).
 * @cssprop --civic-reserve - Block size kept while the feed loads (default: the skeleton's, from `limit` and `layout`).
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
