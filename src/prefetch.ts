/**
 * Starts the feed request of every widget already in the page as soon as the script runs, before
 * the element classes are evaluated and defined (issue 13: the request used to wait for the
 * whole bundle). The store keeps each request; the element that asks for the same feed later
 * takes it, so there is still one request per feed. The same checks as the element's decide
 * whether it would load at all: a misconfigured widget starts nothing.
 *
 * A step towards issue 13's loader, which is to do this before the parts are downloaded.
 */
import { isWidgetName, WIDGETS } from './define/registry.js';
import { configProblem, TIMEOUT_DEFAULT, timeoutMs } from './elements/shared/config.js';
import type { FeedFormat } from './model/article.js';
import { splitSources } from './model/merge.js';
import { feedStore } from './store/feed-store.js';

const TAGS = Object.values(WIDGETS).map((widget) => widget.tag);

export function prefetchFeeds(root: ParentNode = document): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(`${TAGS.join(',')},[data-civic-widget]`))) {
    const placeholder = !TAGS.includes(el.localName as (typeof TAGS)[number]);
    if (placeholder && (el.dataset.civicUpgraded !== undefined || !isWidgetName((el.dataset.civicWidget ?? '').trim().toLowerCase()))) continue;
    // Read as Lit reads them: a number attribute is Number(value), an absent one the default.
    const read = (name: string) => el.getAttribute(placeholder ? `data-${name}` : name);
    const number = (name: string, fallback: number) => (read(name) === null ? fallback : Number(read(name)));
    const config = {
      src: read('src') ?? '',
      format: read('format') || 'auto',
      proxy: read('proxy') ?? '',
      refresh: number('refresh', 0),
      timeout: number('timeout', TIMEOUT_DEFAULT),
      cache: read('cache') ?? 'auto',
    };
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
