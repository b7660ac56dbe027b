import type { TemplateResult } from 'lit';
import type { Article } from '../../model/article.js';
import { baseStyles } from '../shared/base.styles.js';
import { CivicFeedElement } from '../shared/feed-element.js';
import { listStyles, tagStyles, teaserStyles } from '../shared/teaser.styles.js';

/**
 * The newest articles of a feed: title, image, date and lead, each linking to the original.
 *
 * @summary The newest articles of a feed, as a list, a grid or a compact sidebar list.
 * @tag civic-article-list
 *
 * @fires civic-load - Data arrived and was rendered; `detail: { articles, src }`, plus `truncated: true` when the feed was cut short (only its complete items are shown).
 * @fires civic-error - Fetching or parsing failed; `detail: { code, message, src }`.
 * @fires civic-article-click - A reader activated an article link (cancelable); `detail: { article }`.
 *
 * @csspart container - The element's inner root.
 * @csspart heading - The block heading (with `heading`).
 * @csspart list - The list of articles.
 * @csspart item - One list item.
 * @csspart article - One article.
 * @csspart title - An article title (a heading at `heading-level`).
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
export class CivicArticleList extends CivicFeedElement {
  static override styles = [baseStyles, teaserStyles, tagStyles, listStyles];

  protected select(articles: Article[]): Article[] {
    return articles.slice(0, this.effectiveLimit);
  }

  protected renderArticles(shown: Article[]): TemplateResult {
    return this.renderTeaserList(shown);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-article-list': CivicArticleList;
  }
}
