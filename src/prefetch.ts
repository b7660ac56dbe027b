/**
 * Starts the feed request of every widget already in the page as soon as the script runs, before
 * the element classes are evaluated and defined (issue 13: the request used to wait for the
 * whole bundle). The store keeps each request; the element that asks for the same feed later
 * takes it, so there is still one request per feed. The same checks as the element's decide
 * whether it would load at all: a misconfigured widget starts nothing.
 *
 * A step towards issue 13's loader, which is to do this before the parts are downloaded.
 */
import { widgetsInPage } from './define/widgets-in-page.js';
import { configProblem, TIMEOUT_DEFAULT, timeoutMs } from './elements/shared/config.js';
import type { FeedFormat } from './model/article.js';
import { splitSources } from './model/merge.js';
import { feedStore } from './store/feed-store.js';

export function prefetchFeeds(root: ParentNode = document): void {
  for (const { config } of widgetsInPage(root)) {
    if (!config.src.trim() || configProblem(config, true)) continue;
    // Several feeds (issue 15): each is asked as the element will ask it.
    for (const src of splitSources(config.src)) {
      let url: string;
      try {
        url = new URL(src, document.baseURI).href;
      } catch {
        continue;
      }
      // The element reports the outcome; this only keeps a rejection from going unhandled.
      feedStore
        .load({
          url,
          format: config.format as FeedFormat,
          proxy: config.proxy || undefined,
          timeout: timeoutMs(config.timeout) ?? TIMEOUT_DEFAULT * 1000,
          prefetch: true,
        })
        .catch(() => undefined);
    }
  }
}
