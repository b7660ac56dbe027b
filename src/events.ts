import type { Article } from './model/article.js';
import type { FeedErrorCode } from './feeds/errors.js';

const init = { bubbles: true, composed: true } as const;

/** `civic-load`'s detail: the articles shown, the feed's URL, and what an element adds (related: `for`, `target`, `related`). */
export interface CivicLoadDetail {
  articles: Article[];
  src: string;
  /** The feed was cut short: only its complete items are shown. */
  truncated?: boolean;
  /** The articles are the copy kept from an earlier visit (a second `civic-load` follows only if the network brings something different). */
  cached?: boolean;
  [extra: string]: unknown;
}
/** `civic-error`'s detail. */
export interface CivicErrorDetail {
  code: FeedErrorCode;
  message: string;
  src: string;
  /** The feed had been shown and its last good articles stay on screen (state `ready`, with a "could not update" note). */
  kept?: boolean;
}
/** `civic-article-click`'s detail. */
export interface CivicArticleClickDetail {
  article: Article;
}

/**
 * Data arrived and was rendered. `detail.truncated`: the feed was cut short (only its complete
 * items are shown); `detail.cached`: the articles are the copy kept from an earlier visit (a
 * second `civic-load` follows only if the network brings something different).
 */
export class CivicLoadEvent extends Event {
  static readonly type = 'civic-load';
  constructor(readonly detail: CivicLoadDetail) {
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
  constructor(readonly detail: CivicErrorDetail) {
    super(CivicErrorEvent.type, init);
  }
}

/** A reader activated an article link; `preventDefault()` stops the navigation. */
export class CivicArticleClickEvent extends Event {
  static readonly type = 'civic-article-click';
  constructor(readonly detail: CivicArticleClickDetail) {
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
