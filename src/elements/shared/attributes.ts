import { LitElement, type PropertyDeclarations } from 'lit';
import type { DateStyle } from '../../i18n/dates.js';
import type { FeedFormat } from '../../model/article.js';

/** What the element is doing, reflected as the read-only `state` attribute. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';
/** How articles are laid out. */
export type Layout = 'list' | 'grid' | 'compact';
/** Parts a page may hide. */
export type HideablePart = 'image' | 'lead' | 'date' | 'author' | 'tags';

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
    cache: {},
  };

  /** Feed URL; relative URLs resolve against the page. */
  declare src: string;
  /** Feed format; `auto` sniffs it from the content. Any other value is a `config` error. */
  declare format: FeedFormat;
  /** URL template with `{url}` for feeds served without CORS; without `{url}` a `config` error. */
  declare proxy: string;
  /** UI language and date format; default: the nearest `[lang]`, then the browser's. */
  declare lang: string;
  /** How many articles to show (list 5, related 3). */
  declare limit?: number;
  /** How articles are laid out. */
  declare layout: Layout;
  /** Visible heading above the block. */
  declare heading?: string;
  /** Level (1-6) of each article title; a block heading sits one level above. */
  declare headingLevel?: number;
  /** Space-separated parts to hide: `image lead date author tags`. */
  declare hide: string;
  /** How dates are written. */
  declare dateStyle: DateStyle;
  /** Link target; any but `_self`, `_parent` and `_top` adds `rel="noopener noreferrer"`. */
  declare target: string;
  /** Seconds between re-fetches: 0 = never, else 5 to 86400; anything else is a `config` error. */
  declare refresh: number;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  declare colorScheme: 'light' | 'dark' | 'auto';
  /** Seconds to wait for the feed before a `timeout` error: above 0, at most 300, else a `config` error. */
  declare timeout: number;
  /**
   * Keep the feed's last good articles across page loads (README, Caching): `auto` (up to
   * 7 days), `none` (keep and show nothing), or a maximum age in seconds (0 to 31536000).
   * Anything else is a `config` error.
   */
  declare cache: string;

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
    this.colorScheme = 'auto';
    this.timeout = 15;
    this.cache = 'auto';
  }
}
