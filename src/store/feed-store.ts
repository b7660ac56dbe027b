import type { ArticleSource, FeedFormat, ParsedFeed } from '../model/article.js';
import { FeedError } from '../feeds/errors.js';
import { parseFeed } from '../feeds/parse.js';
import { warnCors } from './cors-hint.js';

/** How one element asks for a feed. */
export interface FeedRequest {
  /** Absolute feed URL (before the proxy). */
  url: string;
  format: FeedFormat;
  /** URL template with `{url}`, for feeds served without CORS. */
  proxy?: string;
  /** Milliseconds before the fetch counts as timed out. */
  timeout: number;
  /** Ask the network even when a fresh copy is cached (refresh, retry). */
  force?: boolean;
  /** Aborts this caller's interest; the fetch stops when no caller is left. */
  signal?: AbortSignal;
  /**
   * Asked ahead of the element (src/prefetch.ts): a failure is kept for the first element that
   * asks, so a feed that fails is not requested twice.
   */
  prefetch?: boolean;
}

interface Entry {
  promise: Promise<ParsedFeed>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  loadedAt: number;
  failed?: boolean;
  prefetched?: boolean;
}

/**
 * The feed types we read, best first. It stays a CORS-safelisted `Accept` (at most 128 bytes
 * and no unsafe byte, https://fetch.spec.whatwg.org/#cors-safelisted-request-header): a longer
 * one makes every cross-origin request "non-simple", so the browser sends an OPTIONS preflight
 * first, which most feed servers (static files, WordPress, CMSs) do not answer, and the feed
 * fails even where the server sends `Access-Control-Allow-Origin: *` (issue 9).
 */
export const FEED_ACCEPT = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml, */*;q=0.5';

/** How long a loaded feed is reused for widgets that connect later without `force`. */
const FRESH_MS = 60_000;

/**
 * The address actually fetched: the feed URL itself, or through the proxy template. A template
 * without `{url}` is a `config` error, not silently skipped: the page's author asked for a proxy.
 */
export function requestUrl(url: string, proxy?: string): string {
  if (!proxy) return url;
  if (!proxy.includes('{url}')) throw new FeedError('config', `The proxy "${proxy}" has no {url} in it.`);
  try {
    return new URL(proxy.replace('{url}', encodeURIComponent(url)), document.baseURI).href;
  } catch {
    throw new FeedError('config', `The proxy "${proxy}" is not a valid address.`);
  }
}

/**
 * Loads each feed once per page: widgets asking for the same URL share one request and one
 * parsed result. A request is aborted when every widget waiting for it has gone.
 */
export class FeedStore {
  private readonly entries = new Map<string, Entry>();

  load(request: FeedRequest): Promise<ParsedFeed> {
    let target: string;
    try {
      target = requestUrl(request.url, request.proxy);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const key = `${request.format} ${target}`;
    let entry = this.entries.get(key);
    if (entry?.failed) {
      // Only a prefetch's failure is kept, for the first widget that asks: it would fail alike.
      this.entries.delete(key);
      if (!request.force && !request.prefetch) return this.wait(key, entry, request.signal);
      entry = undefined;
    }
    const stale = entry && entry.settled && (request.force || Date.now() - entry.loadedAt > FRESH_MS);
    if (!entry || stale) {
      entry = this.start(key, target, request);
      this.entries.set(key, entry);
    }
    return this.wait(key, entry, request.signal);
  }

  /** Forgets every cached feed (tests, or a page that wants a clean slate). */
  clear(): void {
    for (const entry of this.entries.values()) if (!entry.settled) entry.controller.abort();
    this.entries.clear();
  }

  private start(key: string, target: string, request: FeedRequest): Entry {
    const controller = new AbortController();
    const entry: Entry = { controller, waiting: 0, settled: false, loadedAt: 0, prefetched: request.prefetch, promise: Promise.resolve({ articles: [] }) };
    entry.promise = fetchFeed(target, request, controller.signal).then(
      (feed) => {
        entry.settled = true;
        entry.loadedAt = Date.now();
        return feed;
      },
      (error: unknown) => {
        entry.settled = true;
        entry.failed = true;
        // Failures are not cached: the next widget or a retry asks again (a prefetch's, once: load()).
        if (this.entries.get(key) === entry && !entry.prefetched) this.entries.delete(key);
        throw error;
      },
    );
    return entry;
  }

  private wait(key: string, entry: Entry, signal?: AbortSignal): Promise<ParsedFeed> {
    if (!signal) return entry.promise;
    if (signal.aborted) return Promise.reject(abortError());
    entry.waiting++;
    return new Promise<ParsedFeed>((resolve, reject) => {
      const onAbort = () => {
        entry.waiting--;
        if (entry.waiting === 0 && !entry.settled) {
          entry.controller.abort();
          if (this.entries.get(key) === entry) this.entries.delete(key);
        }
        reject(abortError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (feed) => {
          signal.removeEventListener('abort', onAbort);
          entry.waiting--;
          resolve(feed);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          entry.waiting--;
          reject(error);
        },
      );
    });
  }
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

/** True for the rejection a caller gets after aborting. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function fetchFeed(target: string, request: FeedRequest, signal: AbortSignal): Promise<ParsedFeed> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controllerAbort();
  }, request.timeout);
  const inner = new AbortController();
  const controllerAbort = () => inner.abort();
  signal.addEventListener('abort', controllerAbort, { once: true });
  try {
    let response: Response;
    try {
      // A "simple" CORS request: GET, a safelisted header, no credentials (a feed is public,
      // and `Access-Control-Allow-Origin: *` refuses requests that carry cookies).
      response = await fetch(target, {
        signal: inner.signal,
        credentials: 'omit',
        // A refresh or a retry must see what the server has now, not the HTTP cache's copy.
        cache: request.force ? 'no-cache' : 'default',
        headers: { Accept: FEED_ACCEPT },
      });
    } catch (error) {
      const cause = failure(error, timedOut, signal);
      if (!(cause instanceof FeedError) || cause.code !== 'network' || cause.details.offline) throw cause;
      // fetch says "TypeError" alike for a server that is down and for one that answered
      // without CORS headers. An opaque no-cors request tells them apart: it succeeds
      // whenever the server answers at all.
      const answered = await reachable(target, inner.signal);
      if (timedOut || signal.aborted) throw failure(error, timedOut, signal);
      if (!answered) throw cause;
      warnCors(request.url, target);
      throw new FeedError('cors', 'The server answered without a CORS header for this page.');
    }
    if (!response.ok) throw new FeedError('http', `The server answered ${response.status}.`, { status: response.status });
    let body: ArrayBuffer;
    try {
      body = await response.arrayBuffer();
    } catch (error) {
      // A body that inflates past what the browser can hold is a RangeError: not a network fault.
      if (error instanceof RangeError) throw new FeedError('parse', `The feed is too large to read (${error.message}).`);
      throw failure(error, timedOut, signal);
    }
    const direct = target === request.url;
    const feed = parseFeed({
      body,
      contentType: response.headers.get('content-type'),
      url: direct ? response.url || request.url : request.url,
      // A proxy's Content-Location would name the proxy's address, not the feed's.
      contentLocation: direct ? response.headers.get('content-location') : undefined,
      format: request.format,
    });
    if (feed.format === 'wordpress' && !feed.next) feed.next = wordPressNext(request.url, response.headers.get('x-wp-totalpages'));
    return withSource(feed, request.url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', controllerAbort);
  }
}

/**
 * WordPress pages its posts with `?page=N` and says how many pages there are in
 * `X-WP-TotalPages` (https://developer.wordpress.org/rest-api/using-the-rest-api/pagination/),
 * which WordPress exposes to other origins. Without the header there is no next page.
 */
export function wordPressNext(url: string, totalPages: string | null): string | undefined {
  const total = Number(totalPages);
  if (!Number.isInteger(total)) return undefined;
  const next = new URL(url);
  const page = Number(next.searchParams.get('page') ?? 1);
  if (!(page >= 1 && page < total)) return undefined;
  next.searchParams.set('page', String(page + 1));
  return next.href;
}

/** Each article learns which feed it came from: the feed's title (else its host) and its news page. */
function withSource(feed: ParsedFeed, url: string): ParsedFeed {
  let host = '';
  try {
    host = new URL(feed.home ?? url).hostname.replace(/^www\./, '');
  } catch {
    // The URL was fetched, so it parses; a feed's home was checked by the URL policy.
  }
  const source: ArticleSource = { name: feed.title ?? host, url: feed.home ?? (host ? new URL(url).origin + '/' : undefined) };
  if (!source.url) delete source.url;
  for (const article of feed.articles) article.source = source;
  return feed;
}

function failure(error: unknown, timedOut: boolean, signal: AbortSignal): unknown {
  if (timedOut) return new FeedError('timeout', 'The feed took too long to answer.');
  if (signal.aborted) return abortError();
  // Only the browser may say the reader is offline; otherwise the fault is not theirs.
  const offline = navigator.onLine === false;
  return new FeedError('network', `The feed could not be reached${offline ? ' (the browser is offline)' : ''}${error instanceof Error ? ` (${error.message})` : ''}.`, { offline });
}

/**
 * Whether the server answers at all: a `no-cors` request resolves with an opaque response
 * when it does (whatever its status or headers, after any redirects) and rejects when nothing
 * answers. Works alike in Chrome, Edge, Firefox and Safari; costs one more request, and only
 * after a failure.
 */
async function reachable(target: string, signal: AbortSignal): Promise<boolean> {
  try {
    await fetch(target, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal });
    return true;
  } catch {
    return false;
  }
}

/** The one store every element on the page shares. */
export const feedStore = new FeedStore();
