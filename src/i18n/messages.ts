import type { FeedErrorCode } from '../feeds/errors.js';

/**
 * Every string a reader sees or hears. A language is one object of this type, so a missing
 * string is a type error.
 */
export interface Messages {
  /** The language of these strings (BCP 47), so screen readers pronounce them right when a page in another language falls back to them. */
  lang: string;
  loading: string;
  empty: string;
  /** Readable message per error code; `status` is the HTTP status for `http`. */
  errors: Record<FeedErrorCode, string>;
  /** A network failure while the browser says it is offline (`navigator.onLine`); only then is the reader's connection mentioned. */
  offline: string;
  httpStatus: (status: number) => string;
  /** The address is a web page; `feedUrl` is the feed it advertises, when it does. */
  webPage: (feedUrl?: string) => string;
  /** The feed redirects in a loop or too many times (code `network`). */
  redirects: string;
  /** The connection was cut while the feed was loading (code `network`). */
  reset: string;
  /** The feed is larger than the widget reads (code `parse`). */
  tooLarge: string;
  /** A refresh failed; the news shown are the last loaded (state stays `ready`). */
  notUpdated: string;
  keptData: string;
  retry: string;
  /** Said to screen readers after a Retry succeeded: "Loaded 5 articles". */
  loaded: (count: number) => string;
  relatedHeading: string;
  /** Prefix of a photo credit: "fot. ZMP", "Photo: ZMP". */
  photoCredit: (credit: string) => string;
  /** The label before the authors' names: "Autor" for one, "Autorzy" for more. */
  authors: (count: number) => string;
  tags: string;
  published: string;
  updated: string;
  readOriginal: string;
  /** The body cannot be shown here (too large, or the sanitizer did not load). */
  bodyUnavailable: string;
  newTab: string;
  /** "5 articles" with the language's plural forms. */
  articleCount: (count: number) => string;
  /** The button over a list that a refresh found new articles for (WCAG 2.2.2): "3 new articles — show". */
  newArticles: (count: number) => string;
  /** Words of the editors' controls (issue 15); a language without them uses English's. */
  editor?: EditorMessages;
}

/** Words of the controls editors asked for: several sources, "more news". */
export interface EditorMessages {
  /** Which feed an article came from: "Źródło: Gmina Łęczna". */
  source: (name: string) => string;
  /** The "more news" button. */
  more: string;
  /** Said after "more": "Pokazano 5 kolejnych artykułów". */
  moreShown: (count: number) => string;
  /** The link to the publisher's news page at the end of the list. */
  allNews: (site: string) => string;
}
