import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Article } from '../../model/article.js';
// Types only: the ranking itself is a part loaded when the block needs it (issue 13).
import type { RelatedPick, RelatedResult } from '../../related/find-related.js';
import { baseStyles } from '../shared/base.styles.js';
import { CivicFeedElement } from '../shared/feed-element.js';
import { listStyles, tagStyles, teaserStyles } from '../shared/teaser.styles.js';

/** One shown article and why, as `civic-load` reports it. */
export interface RelatedExplanation extends Omit<RelatedPick, 'article'> {
  id: string;
  url: string;
}

/**
 * Articles related to one article of the feed, never the article itself: the publisher's pins
 * first, then the most similar by shared tags and words, then (unless `fallback="none"`) the
 * newest sharing a tag and the newest. With nothing to show it shows nothing, not even a heading.
 *
 * @summary Articles related to the one being read ("Other articles"), explained in `civic-load`.
 * @tag civic-related-articles
 *
 * @fires {CivicLoadDetail} civic-load - The articles shown changed and were rendered; `detail: { articles, src, for, target, related }` (and `truncated: true` for a feed cut short), where `related` says for each shown article its `score` and `why` (`pinned`, `similar`, `same-tag`, `newest`), the shared `tags` and the top shared `terms`.
 *
 * @csspart heading - The block heading ("Pozostałe artykuły" / "Other articles" unless `heading` says otherwise).
 * @csspart list - The list of articles.
 * @csspart item - One list item.
 */
export class CivicRelatedArticles extends CivicFeedElement {
  static override styles = [baseStyles, teaserStyles, tagStyles, listStyles];

  static override properties: PropertyDeclarations = { for: {}, fallback: {} };

  /**
   * The article the block is about: its id or URL (attribute and property `for`). Default: the
   * page's `<link rel="canonical">`, else the page's address.
   */
  declare for: string;
  /** `auto`: free places go to the newest articles sharing a tag, then the newest; `none`: only pinned and related ones. */
  declare fallback: 'auto' | 'none';

  protected override defaultLimit = 3;

  private memo?: { articles: Article[]; key: string; limit: number; fallback: string; result: RelatedResult };

  constructor() {
    super();
    this.for = '';
    this.fallback = 'auto';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The ranking part is asked for at once, beside the feed, not after it arrives.
    this.ranking.start();
  }

  /** The id or URL of the article being read. */
  get articleKey(): string {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
    return (this.for ?? '').trim() || canonical?.href || location.href;
  }

  /**
   * The related ranking is loaded (a part of its own, so list pages never download it: issue 13)
   * and the index built before the articles are shown, in slices (no long task with 200 articles).
   * While it loads the block shows its skeleton; if it fails, the block's error and `civic-error`.
   */
  protected override async prepare(articles: Article[]): Promise<void> {
    const ranking = await this.ranking.load();
    await ranking.prepareRelatedIndex(articles);
  }

  protected select(articles: Article[]): Article[] {
    return this.related(articles).picks.map((pick) => pick.article);
  }

  protected renderArticles(shown: Article[]): TemplateResult {
    return this.renderTeaserList(shown);
  }

  /**
   * The localized "Pozostałe artykuły" / "Other articles" unless `heading` is set; `heading=""`
   * shows none. The localized one is marked with the language it is written in (WCAG 3.1.2): on
   * a page in a language without strings it is English inside a block of that language.
   */
  protected override get blockHeading(): string {
    return (this.heading ?? this.messages.relatedHeading).trim();
  }

  protected override renderHeading(text = this.blockHeading) {
    const m = this.messages;
    if (this.heading != null || !text) return super.renderHeading(text);
    return super.renderHeading(text, m.lang.split('-')[0] === this.language.toLowerCase().split('-')[0] ? undefined : m.lang);
  }

  /** Nothing to show means nothing at all: no heading, no "no news" message. */
  protected override get emptyMessage(): string {
    return '';
  }

  /** Why each article is shown, so an editor can see it in the page's console or analytics. */
  protected override loadDetail(): Record<string, unknown> {
    const { target, picks } = this.related(this.filtered());
    const related: RelatedExplanation[] = picks.map(({ article, ...why }) => ({ id: article.id, url: article.url, ...why }));
    return { for: this.articleKey, target, related };
  }

  /**
   * The choice for the current articles, key, limit and fallback. The index behind it is built
   * once per feed and shared by every element on the page; the choice itself is kept until one
   * of its inputs changes, since `select()` runs on every render.
   */
  private related(articles: Article[]): RelatedResult {
    const key = this.articleKey;
    const limit = this.effectiveLimit;
    const fallback = this.fallback === 'none' ? 'none' : 'auto';
    const memo = this.memo;
    if (memo && memo.articles === articles && memo.key === key && memo.limit === limit && memo.fallback === fallback) return memo.result;
    if (!articles.length) return { picks: [] };
    // Articles set through the property come without a prepare: the ranking may still be on its way.
    const ranking = this.ranking.now();
    if (!ranking) return { picks: [] };
    const result = ranking.findRelated(ranking.relatedIndex(articles), { key, limit, fallback, base: document.baseURI });
    this.memo = { articles, key, limit, fallback, result };
    return result;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-related-articles': CivicRelatedArticles;
  }
}
