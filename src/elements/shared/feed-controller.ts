import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../../feeds/errors.js';
import type { Article, FeedFormat } from '../../model/article.js';
import { feedStore, isAbort } from '../../store/feed-store.js';
import { every } from '../../store/refresh.js';
import { refreshSeconds, TIMEOUT_DEFAULT, timeoutMs } from './config.js';

/** The attributes that say what to load. */
export interface FeedSource {
  src: string;
  format: FeedFormat;
  proxy: string;
  timeout: number;
  refresh: number;
}

/** What the host does around a load; every hook is optional. */
export interface FeedHooks {
  /** Work on new articles before they are shown (the related block builds its index here). */
  prepare?(articles: Article[]): Promise<void> | void;
  /** Resolves when the host may show a result (its live region is open). */
  ready?(): Promise<void>;
  /** New articles are in `articles`. */
  loaded?(src: string): void;
  /** A load failed: `error` is set. */
  failed?(error: FeedError, src: string): void;
}

/**
 * Loading for one element: source → request (through the shared store) → state → articles.
 * It aborts when the element leaves the page, refreshes on the `refresh` timer, and a late
 * answer for an old `src` never wins: only the latest request may change the state.
 */
export class FeedController implements ReactiveController {
  /** The last articles the feed gave. */
  articles: Article[] = [];
  /** They are the complete items of a feed that was cut short. */
  truncated = false;
  /** A request is out. */
  loading = false;
  /** Why the last load failed, until the next one succeeds or starts over. */
  error?: FeedError;

  private request?: AbortController;
  private stopRefresh?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & FeedSource,
    private readonly hooks: FeedHooks = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
    this.unwatch();
  }

  /** Stops the request in flight, if any; its answer will be ignored. */
  abort(): void {
    this.request?.abort();
    this.request = undefined;
    if (this.loading) {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  /** Forgets a failure (before a Retry or when the source is fixed). */
  clearError(): void {
    this.error = undefined;
  }

  /** Loads the host's `src`; `force` asks the network even when the store has a fresh copy. */
  load(force: boolean): void {
    this.request?.abort();
    this.request = undefined;
    const src = this.host.src?.trim();
    if (!src || !this.host.isConnected) {
      this.loading = false;
      this.host.requestUpdate();
      return;
    }
    const request = new AbortController();
    this.request = request;
    this.loading = true;
    this.host.requestUpdate();
    // run() turns every failure into the error state; this only keeps a bug from going unseen.
    this.run(src, force, request).catch((caught: unknown) => console.warn(`${this.host.localName}: loading failed.`, caught));
  }

  /** (Re)starts the `refresh` timer for the current source; stops it when there is none. */
  watch(): void {
    this.unwatch();
    const seconds = refreshSeconds(this.host.refresh);
    if (this.host.isConnected && this.host.src && seconds) {
      // News does not change under a reader's pointer or keyboard focus (WCAG 2.2.2): that
      // refresh is skipped, the next one comes.
      this.stopRefresh = every(seconds, () => this.host.matches(':hover, :focus-within') || this.load(true));
    }
  }

  unwatch(): void {
    this.stopRefresh?.();
    this.stopRefresh = undefined;
  }

  private async run(src: string, force: boolean, request: AbortController): Promise<void> {
    const { host, hooks } = this;
    try {
      let url: string;
      try {
        url = new URL(src, document.baseURI).href;
      } catch {
        throw new FeedError('network', `"${src}" is not a valid address.`);
      }
      const feed = await feedStore.load({
        url,
        format: host.format,
        proxy: host.proxy || undefined,
        timeout: timeoutMs(host.timeout) ?? TIMEOUT_DEFAULT * 1000,
        force,
        signal: request.signal,
      });
      await hooks.prepare?.(feed.articles);
      await hooks.ready?.();
      if (request !== this.request) return;
      this.articles = feed.articles;
      this.truncated = !!feed.truncated;
      this.error = undefined;
      this.loading = false;
      host.requestUpdate();
      hooks.loaded?.(src);
    } catch (caught) {
      // A late answer for an old `src`, or an aborted request: not this element's business now.
      if (request !== this.request || isAbort(caught)) return;
      await hooks.ready?.();
      if (request !== this.request) return;
      const error = caught instanceof FeedError ? caught : new FeedError('parse', caught instanceof Error ? caught.message : String(caught));
      this.error = error;
      this.loading = false;
      host.requestUpdate();
      hooks.failed?.(error, src);
    } finally {
      if (request === this.request) this.request = undefined;
    }
  }
}
