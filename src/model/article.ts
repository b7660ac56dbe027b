/** A picture that belongs to an article. `src` is always an absolute http(s) URL. */
export interface ArticleImage {
  src: string;
  /** Text alternative; empty when the image only repeats the title. */
  alt: string;
  caption?: string;
  /** Who made the photo ("ZMP"), shown as visible text. */
  credit?: string;
  width?: number;
  height?: number;
  /**
   * Other sizes of the same picture, as an `<img srcset>` of `url Nw` candidates (WordPress
   * media sizes), so a phone downloads a phone-sized picture (issue 13). Every URL is absolute
   * http(s).
   */
  srcset?: string;
}

/** One news article, the same whatever feed format it came from (README, Feeds). */
export interface Article {
  /** Feed id, else the URL. */
  id: string;
  /** Absolute http(s) URL of the original. */
  url: string;
  /** Plain text. */
  title: string;
  /** Plain-text summary. */
  lead: string;
  /** Body HTML as published: only ever rendered through the sanitizer. */
  contentHtml?: string;
  image?: ArticleImage;
  authors: string[];
  /** ISO 8601. */
  published?: string;
  /** ISO 8601. */
  updated?: string;
  tags: string[];
  language?: string;
  /** Ids or URLs of articles the publisher pinned as related (`_civic.related`). */
  related?: string[];
  /** The feed it came from, set when a widget loads it; shown as "Source: …" when several feeds are merged. */
  source?: ArticleSource;
}

/** Where an article was published: the feed's title (else its host) and the publisher's news page. */
export interface ArticleSource {
  name: string;
  /** Absolute http(s) URL of the publisher's news page, when the feed names one. */
  url?: string;
}

/** What a feed reader returns. */
export interface ParsedFeed {
  /** The format the feed was read as. */
  format?: Exclude<FeedFormat, 'auto'>;
  title?: string;
  language?: string;
  articles: Article[];
  /** The publisher's news page: JSON Feed `home_page_url`, the RSS channel link, Atom's alternate link. */
  home?: string;
  /** The next page of the feed: JSON Feed `next_url`, a `rel="next"` link (RFC 5005), WordPress's next `page`. */
  next?: string;
  /** The body was cut short (or broken after its last complete item): `articles` are the complete items. */
  truncated?: boolean;
}

/** The feed formats `format` accepts. */
export type FeedFormat = 'auto' | 'json-feed' | 'rss' | 'atom' | 'wordpress';
