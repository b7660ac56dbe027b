import type { Article } from './model/article.js';
import type { FeedErrorCode } from './feeds/errors.js';

const init = { bubbles: true, composed: true } as const;

/** `civic-load`'s detail: the articles shown, the feed's URL, and what an element adds (related: `for`, `target`, `related`). */
export interface CivicLoadDetail {
  articles: Article[];
  src: string;
  truncated?: boolean;
  [extra: string]: unknown;
}
/** `civic-error`'s detail. */
export interface CivicErrorDetail {
  code: FeedErrorCode;
  message: string;
  src: string;
}
/** `civic-article-click`'s detail. */
export interface CivicArticleClickDetail {
  article: Article;
}

/** The articles shown changed and were rendered. */
export class CivicLoadEvent extends Event {
  static readonly type = 'civic-load';
  constructor(readonly detail: CivicLoadDetail) {
    super(CivicLoadEvent.type, init);
  }
}

/** Fetching or parsing failed; the element shows a readable message and keeps its last data. */
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
