import type { FeedFormat, ParsedFeed } from '../model/article.js';
import { FeedError } from '../feeds/errors.js';
import { parseFeed } from '../feeds/parse.js';

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
}

interface Entry {
  promise: Promise<ParsedFeed>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  loadedAt: number;
}

/** How long a loaded feed is reused for widgets that connect later without `force`. */
const FRESH_MS = 60_000;

/** The address actually fetched: the feed URL itself, or through the proxy template. */
export function requestUrl(url: string, proxy?: string): string {
  if (!proxy || !proxy.includes('{url}')) return url;
  return new URL(proxy.replace('{url}', encodeURIComponent(url)), document.baseURI).href;
}

/**
 * Loads each feed once per page: widgets asking for the same URL share one request and one
 * parsed result. A request is aborted when every widget waiting for it has gone.
 */
export class FeedStore {
  private readonly entries = new Map<string, Entry>();

  load(request: FeedRequest): Promise<ParsedFeed> {
    const target = requestUrl(request.url, request.proxy);
    const key = `${request.format} ${target}`;
    let entry = this.entries.get(key);
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
    const entry: Entry = { controller, waiting: 0, settled: false, loadedAt: 0, promise: Promise.resolve({ articles: [] }) };
    entry.promise = fetchFeed(target, request, controller.signal).then(
      (feed) => {
        entry.settled = true;
        entry.loadedAt = Date.now();
        return feed;
      },
      (error: unknown) => {
        entry.settled = true;
        // Failures are not cached: the next widget or a retry asks again.
        if (this.entries.get(key) === entry) this.entries.delete(key);
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
      response = await fetch(target, {
        signal: inner.signal,
        credentials: 'omit',
        // A refresh or a retry must see what the server has now, not the HTTP cache's copy.
        cache: request.force ? 'no-cache' : 'default',
        headers: { Accept: 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1' },
      });
    } catch (error) {
      throw failure(error, timedOut, signal);
    }
    if (!response.ok) throw new FeedError('http', `The server answered ${response.status}.`, { status: response.status });
    let body: ArrayBuffer;
    try {
      body = await response.arrayBuffer();
    } catch (error) {
      throw failure(error, timedOut, signal);
    }
    const direct = target === request.url;
    return parseFeed({
      body,
      contentType: response.headers.get('content-type'),
      url: direct ? response.url || request.url : request.url,
      // A proxy's Content-Location would name the proxy's address, not the feed's.
      contentLocation: direct ? response.headers.get('content-location') : undefined,
      format: request.format,
    });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', controllerAbort);
  }
}

function failure(error: unknown, timedOut: boolean, signal: AbortSignal): unknown {
  if (timedOut) return new FeedError('timeout', 'The feed took too long to answer.');
  if (signal.aborted) return abortError();
  return new FeedError('network', `The feed could not be reached${error instanceof Error ? ` (${error.message})` : ''}.`);
}

/** The one store every element on the page shares. */
export const feedStore = new FeedStore();
