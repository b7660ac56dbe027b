import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Article } from '../../model/article.js';
import { baseStyles } from '../shared/base.styles.js';
import { CivicFeedElement } from '../shared/feed-element.js';
import { TIMEOUT_DEFAULT, timeoutMs } from '../shared/config.js';
import { MoreNews, type MoreHost } from '../shared/more.js';
import { moreStyles } from '../shared/more.styles.js';
import { listStyles, tagStyles, teaserStyles } from '../shared/teaser.styles.js';

/**
 * The newest articles of a feed: title, image, date and lead, each linking to the original.
 *
 * @summary The newest articles of a feed, as a list, a grid or a compact sidebar list.
 * @tag civic-article-list
 *
 * @csspart list - The list of articles.
 * @csspart item - One list item.
 * @csspart more - The box of the "more news" button or the links at the end (with `more`).
 * @csspart more-button - The "Więcej aktualności" / "More news" button.
 * @csspart news-page - A link to a publisher's news page, after the last page (with `more`).
 */
export class CivicArticleList extends CivicFeedElement {
  static override styles = [baseStyles, teaserStyles, tagStyles, listStyles, moreStyles];

  static override properties: PropertyDeclarations = { more: { type: Boolean } };

  /** Show a "Więcej aktualności" / "More news" button: the next `limit` articles, then the feed's next pages, then a link to the publisher's news page. */
  declare more: boolean;

  private readonly pager = new MoreNews();

  constructor() {
    super();
    this.more = false;
  }

  protected select(articles: Article[]): Article[] {
    this.pager.sync(this.feeds);
    return articles.slice(0, this.effectiveLimit * (this.more ? this.pager.pages : 1));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('limit') || changed.has('tags') || changed.has('excludeTags') || changed.has('query')) this.pager.reset();
    super.willUpdate(changed);
  }

  protected renderArticles(shown: Article[]): TemplateResult {
    const list = this.renderTeaserList(shown);
    return this.more ? html`${list}${this.pager.render(this.moreHost(), this.effectiveLimit, this.messages, this.target, () => void this.showMore())}` : list;
  }

  private moreHost(): MoreHost {
    return {
      feeds: this.feeds,
      request: { format: this.format, proxy: this.proxy || undefined, timeout: timeoutMs(this.timeout) ?? TIMEOUT_DEFAULT * 1000 },
      add: (articles) => this.addArticles(articles),
      available: () => this.filtered().length,
      failed: (error, src) => this.reportError(error, src),
    };
  }

  /** "More news": the next articles appear, focus moves to the first of them, and the count is said. */
  private async showMore(): Promise<void> {
    if (this.pager.busy) return;
    const before = this.shown().length;
    this.requestUpdate();
    const count = await this.pager.press(this.moreHost(), this.effectiveLimit, this.messages);
    this.requestUpdate();
    await this.updateComplete;
    if (!count) return;
    this.announceShown();
    const item = this.renderRoot.querySelectorAll('[part~="item"]')[before];
    item?.querySelector<HTMLElement>('[part~="link"]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-article-list': CivicArticleList;
  }
}
