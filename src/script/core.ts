/**
 * `civic-news-core.min.js`, the part every script-tag page loads (issue 13): Lit, the list, card
 * and related elements, the store, the JSON readers, Polish and English, the placeholders. The
 * loader (src/loader.ts) imports it and calls `boot`; the other parts load from beside it only
 * where they are used: the XML readers for an XML feed, the article view for a `civic-article`,
 * the sanitizer for an article body, a language's strings for a page in it, the related
 * ranking for a related block or a `query`.
 *
 * Nothing happens when the module is evaluated: `boot` first takes over the feed requests the
 * loader started, then defines the elements, whose first load then finds them.
 */
import type { CSSResult } from 'lit';
import { define } from '../define/define.js';
import { WIDGETS } from '../define/registry.js';
import { widgetsInPage } from '../define/widgets-in-page.js';
import { CivicArticleCard } from '../elements/article-card/article-card.js';
import { CivicArticleList } from '../elements/article-list/article-list.js';
import { drawFirstInNextTask } from '../elements/shared/feed-element.js';
import { CivicRelatedArticles } from '../elements/related-articles/related-articles.js';
import { CivicArticleClickEvent, CivicErrorEvent, CivicLoadEvent } from '../events.js';
import { FeedError } from '../feeds/errors.js';
import { parseFeedLater } from '../feeds/parse-later.js';
import { nextTask } from '../feeds/tasks.js';
import { registerLanguage } from '../i18n/index.js';
import { watchPlaceholders, upgradePlaceholders } from '../placeholders.js';
import { INERT_POLICY_NAME } from '../sanitize/inert.js';
import { importPart, usePartLoader, type PartLoader } from '../sanitize/import-verified.js';
import { adoptRequests, type EarlyRequest } from '../store/feed-store.js';

/** What the loader hands over: its feed requests, the global, and the calls made to it meanwhile. */
export interface Boot {
  requests: Iterable<[string, EarlyRequest]>;
  api: Record<string, unknown>;
  languages: Parameters<typeof registerLanguage>[];
  /** Loads a part, checked (src/loader.ts `load`). */
  load: PartLoader;
  /** Takes away the room the loader keeps for widgets not defined yet (src/define/reserve.ts). */
  unreserve: () => void;
}

const ARTICLE = WIDGETS.article.tag;
let article: Promise<unknown> | undefined;
let attempts = 0;
let unreserveRoom = () => undefined as void;

/**
 * The article view's part, once, when a `civic-article` or its placeholder is in the page: called
 * with the name of a placeholder waiting for its element, and with none after each look at the
 * page. A part that does not load leaves the page's own content in the element, and no empty room
 * where it has none, warns once and fires `civic-error` (`network`) on each article; a later
 * change to the page tries again.
 */
function articlePart(api: Record<string, unknown>, name?: string): void {
  if (article || (name !== 'article' && !document.querySelector(ARTICLE))) return;
  article = importPart<typeof import('./article.js')>('civic-news-article.min.js', attempts).then(
    (part) => {
      api.CivicArticle = part.defineArticle();
      upgradePlaceholders(document);
    },
    (error: Error) => {
      attempts++;
      console.warn(error.message);
      unreserveRoom();
      // The articles, and the placeholders still waiting to become one.
      for (const { el, name, read } of widgetsInPage()) {
        if (name === 'article') el.dispatchEvent(new CivicErrorEvent({ code: 'network', message: error.message, src: read('src') ?? '' }));
      }
      setTimeout(() => (article = undefined), 5000);
    },
  );
}

/** The elements defined: once per page, however many times the script runs. */
let defined: Promise<void> | undefined;

/**
 * Takes over from the loader. On a slow phone, one task for all of it was 70–180 ms at 4× CPU
 * (`npm run bench -- --long-tasks`), so it takes three: the classes' style sheets, then the
 * definitions (each element's constructor and connection), then each element's first draw
 * (`drawFirstInNextTask`); the loader's room holds the page still until that draw.
 */
export async function boot({ requests, api, languages, load, unreserve }: Boot): Promise<Record<string, unknown>> {
  usePartLoader(load);
  unreserveRoom = unreserve;
  adoptRequests(requests);
  for (const args of languages) registerLanguage(...args);
  api.CivicArticle = customElements.get(ARTICLE);
  Object.assign(api, {
    CivicArticleList,
    CivicArticleCard,
    CivicRelatedArticles,
    CivicLoadEvent,
    CivicErrorEvent,
    CivicArticleClickEvent,
    FeedError,
    upgradePlaceholders,
    registerLanguage,
    INERT_POLICY_NAME,
    // The XML readers load on first use, so the script tag's parseFeed answers with a promise.
    parseFeed: parseFeedLater,
  });
  // The script twice on a page: one set of elements and one watcher.
  defined ??= (async () => {
    const classes = [
      [WIDGETS['article-list'].tag, CivicArticleList],
      [WIDGETS['article-card'].tag, CivicArticleCard],
      [WIDGETS['related-articles'].tag, CivicRelatedArticles],
    ] as const;
    for (const [, element] of classes) {
      // Reading `observedAttributes` finalizes a class: its properties, and its styles to make.
      void element.observedAttributes;
      for (const style of element.elementStyles) void (style as CSSResult).styleSheet;
    }
    await nextTask();
    drawFirstInNextTask();
    for (const [tag, element] of classes) define(tag, element);
    watchPlaceholders((name) => articlePart(api, name));
  })();
  await defined;
  return api;
}
