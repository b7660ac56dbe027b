import type { Article } from './model/article.js';
import type { FeedErrorCode } from './feeds/errors.js';

const init = { bubbles: true, composed: true } as const;

/**
 * Data arrived and was rendered. `detail.truncated`: the feed was cut short (only its complete
 * items are shown); `detail.cached`: the articles are the copy kept from an earlier visit (a
 * second `civic-load` follows only if the network brings something different).
 */
export class CivicLoadEvent extends Event {
  static readonly type = 'civic-load';
  constructor(readonly detail: { articles: Article[]; src: string; [extra: string]: unknown }) {
    super(CivicLoadEvent.type, init);
  }
}

/**
 * Fetching or parsing failed; the element shows a readable message and keeps its last data.
 * `detail.kept: true`: the feed had been shown and its last good articles stay on screen, the
 * state stays `ready` with a "could not update" note (a refresh or a revalidation failed).
 */
export class CivicErrorEvent extends Event {
  static readonly type = 'civic-error';
  constructor(readonly detail: { code: FeedErrorCode; message: string; src: string; kept?: boolean }) {
    super(CivicErrorEvent.type, init);
  }
}

/** A reader activated an article link; `preventDefault()` stops the navigation. */
export class CivicArticleClickEvent extends Event {
  static readonly type = 'civic-article-click';
  constructor(readonly detail: { article: Article }) {
    super(CivicArticleClickEvent.type, { ...init, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-load': CivicLoadEvent;
    'civic-error': CivicErrorEvent;
    'civic-article-click': CivicArticleClickEvent;
  }
}
