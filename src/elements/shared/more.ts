import { html, nothing, type TemplateResult } from 'lit';
import type { FeedError } from '../../feeds/errors.js';
import { extra } from '../../i18n/extra.js';
import type { Messages } from '../../i18n/index.js';
import type { Article } from '../../model/article.js';
import { resolveHttpUrl } from '../../sanitize/url-policy.js';
import { feedStore, isAbort, type FeedRequest } from '../../store/feed-store.js';
import type { SourceResult } from '../../store/sources.js';
import { errorText } from './status.js';
import { linkTarget } from './teaser.js';

/** What "more news" needs from its element. */
export interface MoreHost {
  /** The feeds on screen, one per source that answered. */
  feeds: SourceResult[];
  /** How every feed of the element is asked for (format, proxy, timeout). */
  request: Omit<FeedRequest, 'url'>;
  /** Adds a further page of articles. */
  add: (articles: Article[]) => void;
  /** How many articles pass the filters now. */
  available: () => number;
  /** A next page failed: the page hears `civic-error` with that feed's `src`. */
  failed: (error: FeedError, src: string) => void;
}

/** Pages a single "more" follows at most to find `limit` more articles past a filter. */
const PAGES_PER_PRESS = 5;

/**
 * "More news" (issue 15): each press shows the next `limit` articles already loaded, then
 * follows the feeds' next pages (JSON Feed `next_url`, `rel="next"`, WordPress `page`), through
 * the shared store. At the end, links to the publishers' news pages.
 */
export class MoreNews {
  /** How many `limit`s are shown. */
  pages = 1;
  busy = false;
  /** Said in the button's live region after a press. */
  said = '';
  /** Next page per feed URL, as far as "more" has followed it. */
  private readonly next = new Map<string, string | undefined>();
  private controller?: AbortController;

  /** Back to one page (another `src`, new data). */
  reset(): void {
    this.pages = 1;
    this.next.clear();
    this.said = '';
    this.controller?.abort();
    this.busy = false;
  }

  /**
   * New data (a refresh, a retry) replaces the pages "more" added: paging starts again from the
   * first page, or it would skip the pages between.
   */
  sync(feeds: SourceResult[]): void {
    if (feeds === this.feeds) return;
    if (this.feeds) this.reset();
    this.feeds = feeds;
  }

  private feeds?: SourceResult[];

  private nextOf(feed: SourceResult): string | undefined {
    return this.next.has(feed.url) ? this.next.get(feed.url) : feed.feed?.next;
  }

  /** Whether a press would show anything. */
  hasMore(host: MoreHost, limit: number): boolean {
    return host.available() > this.pages * limit || host.feeds.some((feed) => this.nextOf(feed));
  }

  /** Shows `limit` more articles, loading next pages as needed; resolves with how many more are shown. */
  async press(host: MoreHost, limit: number, m: Messages): Promise<number> {
    const before = Math.min(host.available(), this.pages * limit);
    const wanted = (this.pages + 1) * limit;
    this.busy = true;
    this.controller = new AbortController();
    const signal = this.controller.signal;
    let failure: FeedError | undefined;
    try {
      for (let page = 0; page < PAGES_PER_PRESS && host.available() < wanted; page++) {
        const pending = host.feeds.filter((feed) => this.nextOf(feed));
        if (!pending.length) break;
        await Promise.all(
          pending.map(async (feed) => {
            const url = this.nextOf(feed)!;
            try {
              const next = await feedStore.load({ ...host.request, url, signal });
              // A feed whose next page points back at a page already read ends here.
              this.next.set(feed.url, next.next && next.next !== url && next.next !== feed.url ? next.next : undefined);
              host.add(next.articles);
            } catch (error) {
              if (isAbort(error)) throw error;
              this.next.set(feed.url, undefined);
              failure = error as FeedError;
              host.failed(failure, url);
            }
          }),
        );
      }
    } catch (error) {
      if (isAbort(error)) return 0;
      throw error;
    } finally {
      this.busy = false;
    }
    this.pages++;
    const count = Math.min(host.available(), this.pages * limit) - before;
    // A next page that failed and brought nothing says so (the news page link is then shown).
    // The same sentence twice would not be announced again: a zero-width space tells them apart.
    const text = !count && failure ? errorText(failure, m) : extra(m).moreShown(count);
    this.said = this.said === text ? `${text}\u200b` : text;
    return count;
  }

  /** The button while there is more, else links to the publishers' news pages. */
  render(host: MoreHost, limit: number, m: Messages, target: string, onPress: () => void): TemplateResult {
    const words = extra(m);
    const link = linkTarget(target);
    const homes = [...new Map(host.feeds.map((feed) => [resolveHttpUrl(feed.feed?.home), feed.feed?.title] as const).filter(([url]) => url)).entries()];
    return html`<div class="more" part="more">
      ${
        this.hasMore(host, limit)
          ? html`<button type="button" part="more-button" lang=${m.lang} aria-disabled=${this.busy ? 'true' : 'false'} @click=${onPress}>${words.more}</button>`
          : homes.map(
              ([url, title]) => html`<p>
              <a part="news-page" href=${url!} target=${link.target} rel=${link.rel} lang=${m.lang}
                >${words.allNews(title || new URL(url!).hostname)}${link.blank ? html`<span class="visually-hidden"> ${m.newTab}</span>` : nothing}</a
              >
            </p>`,
            )
      }
      <p class="visually-hidden" role="status" lang=${m.lang}>${this.said || nothing}</p>
    </div>`;
  }
}
