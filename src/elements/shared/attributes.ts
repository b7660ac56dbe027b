import { LitElement, type PropertyDeclarations } from 'lit';
import type { DateStyle } from '../../i18n/dates.js';
import type { FeedFormat } from '../../model/article.js';

/** What the element is doing, reflected as the read-only `state` attribute. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';
/** How articles are laid out: `compact` shows titles and dates only, for sidebars. */
export type Layout = 'list' | 'grid' | 'compact';
/** Parts a page may hide. */
export type HideablePart = 'image' | 'lead' | 'date' | 'author' | 'tags' | 'source';

/**
 * The attributes every civic element shares (README, Attributes), each also a property, with their
 * defaults. Behaviour lives in CivicFeedElement; this class is only the public surface.
 */
export abstract class CivicAttributes extends LitElement {
  // Plain `static properties` rather than decorators: the decorator helpers cost almost 1 KB
  // gzipped in the script-tag bundle, paid by every reader.
  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    proxy: {},
    lang: { reflect: true },
    limit: { type: Number },
    layout: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    hide: {},
    dateStyle: { attribute: 'date-style' },
    target: {},
    refresh: { type: Number },
    colorScheme: { reflect: true, attribute: 'color-scheme' },
    timeout: { type: Number },
    tags: {},
    excludeTags: { attribute: 'exclude-tags' },
    query: {},
    leadLength: { type: Number, attribute: 'lead-length' },
    fallbackImage: { attribute: 'fallback-image' },
    cache: {},
  };

  /**
   * Feed URL; relative URLs resolve against the page. Several feeds, separated by white space,
   * are merged into one list, newest first, each story once.
   */
  declare src: string;
  /** Feed format: `auto` sniffs it from the content; anything else is a `config` error. */
  declare format: FeedFormat;
  /** URL template with `{url}`, for feeds served without CORS; without `{url}` it is a `config` error. */
  declare proxy: string;
  /**
   * UI language and date format (`pl`, `en`, `uk`, `de`, `cs` built in; others through
   * `registerLanguage`); default: the nearest `[lang]`, then the browser's. Changes of
   * `<html lang>` and `dir` later are followed.
   */
  declare lang: string;
  /** How many articles to show. Default: list 5, related 3. */
  declare limit?: number;
  /** How articles are laid out: `compact` shows titles and dates only, for sidebars. */
  declare layout: Layout;
  /** Visible heading above the block; `heading=""` shows none. Default: none; related: "Pozostałe artykuły" / "Other articles". */
  declare heading?: string;
  /**
   * Level (1-6) of each article title; a block heading sits one level above. Absent: one below
   * the nearest heading before the element in the page (two with a block heading), else 3.
   */
  declare headingLevel?: number;
  /** Space-separated parts to hide: `image lead date author tags source`. */
  declare hide: string;
  /** How dates are written. */
  declare dateStyle: DateStyle;
  /** Link target; every target but `_self`, `_parent` and `_top` adds `rel="noopener noreferrer"`; `_blank` also says "(opens in a new tab)" to screen readers. */
  declare target: string;
  /** Seconds between re-fetches: 0 = never, else 5 to 86400 (a day; smaller values count as 5); anything else is a `config` error. */
  declare refresh: number;
  /**
   * `light`, `dark`, `auto` (follows the device's `prefers-color-scheme`) or `contrast`; absent,
   * the page's own computed `color-scheme` (or its `--civic-color-scheme` token); where the page
   * declares none (`normal`), `dark` if its text is light (relative luminance over 0.5), else `light`.
   */
  declare colorScheme?: 'light' | 'dark' | 'auto' | 'contrast';
  /** Seconds to wait for the feed before a `timeout` error: above 0, at most 300, else a `config` error. */
  declare timeout: number;
  /**
   * Keep the feed's last good articles across page loads (README, Caching): `auto` (up to
   * 7 days), `none` (keep and show nothing), or a maximum age in seconds (0 to 31536000).
   * Anything else is a `config` error.
   */
  declare cache: string;

  /** Show only articles carrying any of these tags or categories (comma-separated when a tag has spaces, else space-separated; case and diacritics do not matter). */
  declare tags: string;
  /** Leave out articles carrying any of these tags (written as `tags`). */
  declare excludeTags: string;
  /** Show only articles with every word of this query, in any form ("budżetu" finds "budżet"). */
  declare query: string;
  /** Words of each lead (1 to 60); a longer lead is cut at a word with "…". Default: the feed's lead, at most 60 words. */
  declare leadLength?: number;
  /** Picture for articles without one (an http(s) or relative URL); shown as decoration (`alt=""`). */
  declare fallbackImage: string;

  constructor() {
    super();
    this.src = '';
    this.format = 'auto';
    this.proxy = '';
    this.layout = 'list';
    this.hide = '';
    this.dateStyle = 'long';
    this.target = '_self';
    this.refresh = 0;
    this.timeout = 15;
    this.tags = '';
    this.excludeTags = '';
    this.query = '';
    this.fallbackImage = '';
    this.cache = 'auto';
  }
}
