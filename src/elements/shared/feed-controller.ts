import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../../feeds/errors.js';
import type { Article, FeedFormat } from '../../model/article.js';
import { mergeArticles, splitSources } from '../../model/merge.js';
import { isAbort, requestUrl } from '../../store/feed-store.js';
import { loadSources, type SourceResult } from '../../store/sources.js';
import { forget, keptJson, PERSIST_AGE, recall, remember } from '../../store/persist.js';
import { every } from '../../store/refresh.js';
import { cacheAge, refreshSeconds, TIMEOUT_DEFAULT, timeoutMs } from './config.js';

/** The attributes that say what to load. */
export interface FeedSource {
  src: string;
  format: FeedFormat;
  proxy: string;
  timeout: number;
  refresh: number;
  cache: string;
}

/** What the host does around a load; every hook is optional. */
export interface FeedHooks {
  /** Work on new articles before they are shown (the related block builds its index here). */
  prepare?(articles: Article[]): Promise<void> | void;
  /** Resolves when the host may show a result (its live region is open). */
  ready?(): Promise<void>;
  /** New articles are in `articles`; `cached`: they are the copy kept from an earlier visit. */
  loaded?(src: string, cached: boolean): void;
  /** A load failed: `error` is set, or, when `kept`, `stale` (the articles of this feed stay). */
  failed?(error: FeedError, src: string, kept: boolean): void;
  /** One of several feeds failed; the others are shown (issue 15). */
  partial?(error: FeedError, src: string): void;
  /**
   * A refresh found other articles for the feed on screen: true if the host holds them back
   * (behind a "new articles" button, WCAG 2.2.2) instead of showing them now.
   */
  hold?(articles: Article[], truncated: boolean): boolean;
}

/** A feed's articles as JSON (persist.ts `keptJson`), made once, when first asked for. */
type Json = () => Promise<string>;

const asFeedError = (caught: unknown) =>
  caught instanceof FeedError ? caught : new FeedError('parse', caught instanceof Error ? caught.message : String(caught));

/**
 * Loading for one element: source → request (through the shared store) → state → articles.
 * It aborts when the element leaves the page, refreshes on the `refresh` timer, and a late
 * answer for an old `src` never wins: only the latest request may change the state.
 *
 * A feed kept from an earlier visit (`cache`) is shown at once and revalidated; new articles
 * replace it only if they differ. Once a feed has been shown, a failed refresh keeps it: the
 * state stays `ready`, `stale` says why it is not updated. Offline, it loads again once the
 * browser is back online.
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
  /** Why the articles shown could not be updated (they are the last good ones of this feed). */
  stale?: FeedError;
  /** The feeds that answered, one per address of `src`, in its order ("more news" pages on). */
  feeds: SourceResult[] = [];

  /** A request is in flight (for the page: nothing new is on its way when false). */
  get busy(): boolean {
    return !!this.request;
  }

  private request?: AbortController;
  private stopRefresh?: () => void;
  /** The feed whose articles are shown, and what they are, to tell a change from none. */
  private shown = '';
  /** What is shown, as JSON, worked out (in tasks) when a later answer is compared with it. */
  private signature: Json = () => Promise.resolve('');
  private waitOnline?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & FeedSource,
    private readonly hooks: FeedHooks = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
    this.unwatch();
    this.stopWaiting();
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
    this.stale = undefined;
  }

  /**
   * Loads the host's `src` (one feed or several, white-space separated); `force` asks the
   * network even when the store has a fresh copy; `background`: a refresh nobody asked for, whose
   * news the host may hold back.
   */
  load(force: boolean, background = false): void {
    this.request?.abort();
    this.request = undefined;
    const src = splitSources(this.host.src).join(' ');
    if (!src || !this.host.isConnected) {
      this.loading = false;
      this.host.requestUpdate();
      return;
    }
    this.stopWaiting();
    const request = new AbortController();
    this.request = request;
    const key = this.key(src);
    // A feed already shown is updated in the background: the state stays `ready`.
    this.loading = key !== this.shown;
    if (this.loading) {
      const age = cacheAge(this.host.cache, PERSIST_AGE);
      const kept = key && age ? recall(key, age) : undefined;
      if (!age && key) forget(key);
      if (kept) {
        // Shown at once, then asked again: no skeleton on a second visit.
        force = true;
        void this.commit(request, src, key, kept, () => Promise.resolve(kept.json), true, false);
      }
    }
    this.host.requestUpdate();
    // run() turns every failure into the error state; this only keeps a bug from going unseen.
    this.run(src, key, force, background, request).catch((caught: unknown) => console.warn(`${this.host.localName}: loading failed.`, caught));
  }

  /** (Re)starts the `refresh` timer for the current source; stops it when there is none. */
  watch(): void {
    this.unwatch();
    const seconds = refreshSeconds(this.host.refresh);
    if (this.host.isConnected && this.host.src && seconds) {
      // News does not change under a reader's pointer or keyboard focus (WCAG 2.2.2): that
      // refresh is skipped, the next one comes.
      this.stopRefresh = every(seconds, () => this.host.matches(':hover, :focus-within') || this.load(true, true));
    }
  }

  unwatch(): void {
    this.stopRefresh?.();
    this.stopRefresh = undefined;
  }

  /** The feed's key in the store and in storage: its normalized address and format (each feed's, for several). */
  private key(src: string): string {
    try {
      return src
        .split(' ')
        .map((one) => `${this.host.format || 'auto'} ${requestUrl(new URL(one, document.baseURI).href, this.host.proxy || undefined)}`)
        .join('\n');
    } catch {
      return '';
    }
  }

  private stopWaiting(): void {
    this.waitOnline?.();
    this.waitOnline = undefined;
  }

  /**
   * Puts `feed` on screen for `request`, unless a newer request came or nothing changed. Only a
   * feed already on screen is compared with what is shown, as JSON made in tasks (`json`). A kept
   * copy with nothing to prepare goes in at once, in the current update.
   */
  private commit(
    request: AbortController,
    src: string,
    key: string,
    feed: { articles: Article[]; truncated?: boolean },
    json: Json,
    cached: boolean,
    background: boolean,
  ): Promise<void> | void {
    const same = () => Promise.all([json(), this.signature()]).then(([next, shown]) => next === shown);
    const show = () => {
      if (background && key === this.shown && this.hooks.hold?.(feed.articles, !!feed.truncated)) {
        // Held back by the host until the reader asks; the same answer again is no news.
        this.signature = json;
        return;
      }
      this.articles = feed.articles;
      this.truncated = !!feed.truncated;
      this.shown = key;
      this.signature = json;
      this.hooks.loaded?.(src, cached);
    };
    const apply = (changed: boolean): Promise<void> | void => {
      // A kept copy still being prepared when the network's answer is already shown stays out.
      if (request !== this.request || (cached && key === this.shown)) return;
      this.error = this.stale = undefined;
      this.loading = false;
      this.host.requestUpdate();
      if (!changed) return;
      if (key !== this.shown) return show();
      // Asked again: a kept copy may have gone in while this answer was being prepared.
      return same().then((unchanged) => void (unchanged || request !== this.request || show()));
    };
    const put = (changed: boolean): Promise<void> | void => {
      const prepared = changed ? this.hooks.prepare?.(feed.articles) : undefined;
      if (!prepared && cached) return apply(changed);
      return (async () => {
        await prepared;
        if (!cached) await this.hooks.ready?.();
        await apply(changed);
      })();
    };
    return key === this.shown ? same().then((unchanged) => put(!unchanged)) : put(true);
  }

  private async run(src: string, key: string, force: boolean, background: boolean, request: AbortController): Promise<void> {
    const { host, hooks } = this;
    let results: SourceResult[] = [];
    try {
      // Several feeds load side by side; one that fails leaves the others on screen (issue 15).
      results = await loadSources(src.split(' '), {
        format: host.format,
        proxy: host.proxy || undefined,
        timeout: timeoutMs(host.timeout) ?? TIMEOUT_DEFAULT * 1000,
        force,
        signal: request.signal,
      });
      const loaded = results.filter((result) => result.feed);
      if (!loaded.length) throw results[0].error;
      const got = { articles: mergeArticles(loaded.map((result) => result.feed!.articles)), truncated: loaded.some((result) => result.feed!.truncated) };
      let text: Promise<string> | undefined;
      const json = () => (text ??= keptJson(got));
      if (request === this.request) this.feeds = loaded;
      await this.commit(request, src, key, got, json, false, background);
      // The copy kept for the next visit is written after the articles went in, made a few
      // articles a task (keptJson): turning every article into JSON is not on the way to the
      // screen, and 200 of them are no long task on a slow phone (issue 13).
      if (key && cacheAge(host.cache, PERSIST_AGE)) void json().then((kept) => remember(key, kept));
      if (request !== this.request) return;
      for (const failed of results.filter((result) => !result.feed)) hooks.partial?.(asFeedError(failed.error), failed.src);
    } catch (caught) {
      // A late answer for an old `src`, or an aborted request: not this element's business now.
      if (request !== this.request || isAbort(caught)) return;
      await hooks.ready?.();
      if (request !== this.request) return;
      const error = asFeedError(caught);
      const kept = key === this.shown && !!this.articles.length;
      // A server that says 304 to a request that asked nothing: what is shown is current.
      if (kept && error.details.status === 304) return void ((this.loading = false), host.requestUpdate());
      if (kept) this.stale = error;
      else this.error = error;
      this.loading = false;
      if (error.details.offline) {
        // Back online, one more try, for widgets with or without `refresh`.
        const again = () => this.load(true);
        addEventListener('online', again, { once: true });
        this.waitOnline = () => removeEventListener('online', again);
      }
      host.requestUpdate();
      // Every feed failed: each is reported with its own `src`, as when only some fail.
      const failures = results.length > 1 ? results : [{ src, error }];
      hooks.failed?.(asFeedError(failures[0].error), failures[0].src, kept);
      for (const failed of failures.slice(1)) hooks.partial?.(asFeedError(failed.error), failed.src);
    } finally {
      if (request === this.request) this.request = undefined;
    }
  }
}
