import type { ArticleSource, FeedFormat, ParsedFeed } from '../model/article.js';
import { FeedError } from '../feeds/errors.js';
import { parseFeedLater, warmXml } from '../feeds/parse-later.js';
import { nextTask } from '../feeds/tasks.js';
import { feedRequest } from './accept.js';
import { warnCors } from './cors-hint.js';

/** How one element asks for a feed. */
export interface FeedRequest {
  /** Absolute feed URL (before the proxy). */
  url: string;
  format: FeedFormat;
  /** URL template with `{url}`, for feeds served without CORS. */
  proxy?: string;
  /** Milliseconds before one try counts as timed out. */
  timeout: number;
  /** Ask the network even when a fresh copy is cached (refresh, retry, revalidation). */
  force?: boolean;
  /** Aborts this caller's interest; the fetch stops when no caller is left. */
  signal?: AbortSignal;
  /** The most bytes the body may have once decoded (default MAX_BYTES); more is a `parse` error. */
  maxBytes?: number;
  /**
   * Asked ahead of the element (src/prefetch.ts): a failure is kept for the first element that
   * asks, so a feed that fails is not requested twice.
   */
  prefetch?: boolean;
}

/** A response body as fetched, before any format reads it. */
interface Raw {
  body: Uint8Array;
  contentType: string | null;
  url: string;
  contentLocation?: string | null;
  /** WordPress's `X-WP-TotalPages`, for the next page ("more news", issue 15). */
  totalPages?: string | null;
}

interface Entry {
  raw: Promise<Raw>;
  /** One parse per format asked for: `format` does not change what is fetched. */
  parsed: Map<FeedFormat, Promise<ParsedFeed>>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  loadedAt: number;
  /** Bytes held (the body), for the store's budget. */
  size: number;
  /** The body, once it came: a 304 later answers with it. */
  last?: Raw;
  /** The request failed; kept only when a prefetch asked (see `load`). */
  failed?: boolean;
  prefetched?: boolean;
}

/** How long a loaded feed is reused for widgets that connect later without `force`. */
const FRESH_MS = 60_000;
/**
 * The default cap on a body (decoded), 16 MiB: a full-text feed of thousands of items reaches
 * 10 MB and must still show its newest (issue 10); the reader stops decoding once it has the
 * items it uses, so what is under the cap parses quickly. Beyond it lie accidents and bombs.
 */
export const MAX_BYTES = 2 ** 24;
/** The bytes of bodies the page keeps for all its feeds; the least recently used go first. */
export const STORE_BUDGET = 2 ** 24;
/** Tries per load: the first and two retries. */
const TRIES = 3;
/** Statuses worth another try: the server or something before it is briefly unwell. */
const TRANSIENT = [408, 429, 500, 502, 503, 504];
/** The longest `Retry-After` honoured; a server asking for more is down for this reader. */
const RETRY_AFTER_MAX = 30_000;

/**
 * One key per feed, however it is written: no fragment, the query's parts sorted, no empty `?`.
 * The URL parser already lower-cases the host and drops a default port.
 */
export function normalizeUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.search = parsed.search.slice(1).split('&').filter(Boolean).sort().join('&');
  return parsed.href;
}

/**
 * The address actually fetched: the feed URL itself, or through the proxy template. A template
 * without `{url}` is a `config` error, not silently skipped: the page's author asked for a proxy.
 */
export function requestUrl(url: string, proxy?: string): string {
  url = normalizeUrl(url);
  if (!proxy) return url;
  if (!proxy.includes('{url}')) throw new FeedError('config', `The proxy "${proxy}" has no {url} in it.`);
  try {
    return normalizeUrl(new URL(proxy.replace('{url}', encodeURIComponent(url)), document.baseURI).href);
  } catch {
    throw new FeedError('config', `The proxy "${proxy}" is not a valid address.`);
  }
}

/**
 * Loads each feed once per page: widgets asking for the same URL share one request and one
 * parsed result. A request is aborted when every widget waiting for it has gone. Loaded bodies
 * stay within STORE_BUDGET, least recently used out first.
 */
export class FeedStore {
  private readonly entries = new Map<string, Entry>();

  load(request: FeedRequest): Promise<ParsedFeed> {
    let key: string;
    try {
      key = requestUrl(request.url, request.proxy);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    let entry = this.entries.get(key);
    if (entry?.failed) {
      // Only a prefetch's failure is kept, for the first widget that asks: it would fail alike.
      this.entries.delete(key);
      if (!request.force && !request.prefetch) return this.wait(key, entry, this.parse(key, entry, request), request.signal);
      entry = undefined;
    }
    const stale = entry && entry.settled && (request.force || Date.now() - entry.loadedAt > FRESH_MS);
    if (!entry || stale) entry = this.start(key, request, entry?.last);
    // Most recently used last: eviction takes from the front.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return this.wait(key, entry, this.parse(key, entry, request), request.signal);
  }

  /** One parse per format asked for, shared by every widget that asks. */
  private parse(key: string, entry: Entry, request: FeedRequest): Promise<ParsedFeed> {
    const format = request.format || 'auto';
    let parsed = entry.parsed.get(format);
    if (!parsed) {
      const direct = key === normalizeUrl(request.url);
      parsed = entry.raw.then(async (raw) => {
        const feed = await parseFeedLater({
          body: raw.body,
          contentType: raw.contentType,
          url: direct ? raw.url : request.url,
          // A proxy's Content-Location would name the proxy's address, not the feed's.
          contentLocation: direct ? raw.contentLocation : undefined,
          format,
        });
        if (feed.format === 'wordpress' && !feed.next) feed.next = wordPressNext(request.url, raw.totalPages ?? null);
        return withSource(feed, request.url);
      });
      entry.parsed.set(format, parsed);
    }
    return parsed;
  }

  /** How many feeds and body bytes the page holds. */
  get usage(): { feeds: number; bytes: number } {
    let bytes = 0;
    for (const entry of this.entries.values()) bytes += entry.size;
    return { feeds: this.entries.size, bytes };
  }

  /** Forgets every cached feed (tests, or a page that wants a clean slate). */
  clear(): void {
    for (const entry of this.entries.values()) if (!entry.settled) entry.controller.abort();
    this.entries.clear();
  }

  private start(key: string, request: FeedRequest, last?: Raw): Entry {
    const controller = new AbortController();
    const entry: Entry = {
      controller,
      waiting: 0,
      settled: false,
      loadedAt: 0,
      size: 0,
      parsed: new Map(),
      last,
      prefetched: request.prefetch,
      raw: Promise.resolve(last!),
    };
    entry.raw = fetchRaw(key, request, controller.signal, last).then(
      (raw) => {
        entry.settled = true;
        entry.loadedAt = Date.now();
        entry.last = raw;
        entry.size = raw.body.byteLength;
        this.evict();
        return raw;
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

  private evict(): void {
    let { bytes } = this.usage;
    for (const [key, entry] of this.entries) {
      if (bytes <= STORE_BUDGET) break;
      if (!entry.settled || entry.waiting) continue;
      this.entries.delete(key);
      bytes -= entry.size;
    }
  }

  private wait(key: string, entry: Entry, parsed: Promise<ParsedFeed>, signal?: AbortSignal): Promise<ParsedFeed> {
    if (!signal) return parsed;
    if (signal.aborted) return Promise.reject(abortError());
    entry.waiting++;
    return new Promise<ParsedFeed>((resolve, reject) => {
      const done = () => {
        signal.removeEventListener('abort', onAbort);
        entry.waiting--;
      };
      const onAbort = () => {
        entry.waiting--;
        if (entry.waiting === 0 && !entry.settled) {
          entry.controller.abort();
          if (this.entries.get(key) === entry) this.entries.delete(key);
        }
        reject(abortError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      parsed.then(
        (feed) => {
          done();
          resolve(feed);
        },
        (error: unknown) => {
          done();
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

/** Waits `ms`, or rejects when `signal` aborts first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(abortError())), { once: true });
  });
}

/** A feed request the script tag's loader started before this code arrived (src/loader.ts). */
export interface EarlyRequest {
  response: Promise<Response>;
  abort: () => void;
}

/** The loader's requests, by normalized address, each taken once by the first try for it. */
const early = new Map<string, EarlyRequest>();

/**
 * Takes over requests the loader started while this code was downloading (issue 13): the first
 * try for that address uses the answer instead of asking again. The loader asks as fetchOnce
 * does (feedRequest in accept.ts).
 */
export function adoptRequests(requests: Iterable<[url: string, request: EarlyRequest]>): void {
  for (const [url, request] of requests) {
    try {
      early.set(normalizeUrl(url), request);
    } catch {
      request.abort();
    }
  }
}

/**
 * Up to TRIES tries. Timeouts, dropped connections and transient statuses are retried after
 * `Retry-After`, else after a random wait below 0.5 s, 1 s (exponential backoff with full
 * jitter, https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/), so that
 * many readers hit by one outage do not come back at the same instant. Offline, a redirect
 * problem, a body too large, CORS and other 4xx are not retried: they would fail the same way.
 */
async function fetchRaw(target: string, request: FeedRequest, signal: AbortSignal, last?: Raw): Promise<Raw> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(target, request, signal, last);
    } catch (error) {
      const { code, details = {} } = error as FeedError;
      const again =
        code === 'timeout' ||
        (code === 'network' && !details.offline && details.reason !== 'redirects') ||
        (code === 'http' && TRANSIENT.includes(details.status!));
      const wait = details.retryAfter ?? Math.random() * 500 * 2 ** (attempt - 1);
      if (!again || attempt >= TRIES || wait > RETRY_AFTER_MAX) throw error;
      await pause(wait, signal);
    }
  }
}

async function fetchOnce(target: string, request: FeedRequest, signal: AbortSignal, last?: Raw): Promise<Raw> {
  let timedOut = false;
  const inner = new AbortController();
  const stop = () => inner.abort();
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, request.timeout);
  signal.addEventListener('abort', stop, { once: true });
  try {
    let response: Response;
    try {
      // Asked as feedRequest says; the loader's request for this address, if any, first.
      const started = early.get(target);
      early.delete(target);
      if (started) inner.signal.addEventListener('abort', started.abort, { once: true });
      response = await (started?.response ?? fetch(target, feedRequest(inner.signal, request.force)));
    } catch (error) {
      const cause = failure(error, timedOut, signal);
      if (!(cause instanceof FeedError) || cause.code !== 'network' || cause.details.offline) throw cause;
      // fetch says "TypeError" alike for a server that is down, for one that answered
      // without CORS headers and for a redirect loop. Opaque no-cors requests tell them apart:
      // one succeeds whenever the server answers at all, one that stops at the first
      // redirect shows whether the failure came after redirects.
      const answered = await probe(target, inner.signal, 'follow');
      if (timedOut || signal.aborted) throw failure(error, timedOut, signal);
      if (answered) {
        warnCors(request.url, target);
        throw new FeedError('cors', 'The server answered without a CORS header for this page.');
      }
      if ((await probe(target, inner.signal, 'manual'))?.type === 'opaqueredirect') {
        throw new FeedError('network', 'Too many redirects.', { reason: 'redirects' });
      }
      throw cause;
    }
    // A 304 to a request we made unconditional (a server that always says it): the body we
    // have is current. Without one, it is an answer with nothing in it.
    if (response.status === 304 && last) return last;
    if (!response.ok) {
      // Retry-After in seconds; its other form, an HTTP date, is rare for a 503 and counts as absent.
      const retryAfter = Number(response.headers.get('retry-after') || NaN) * 1000 || undefined;
      throw new FeedError('http', `The server answered ${response.status}.`, { status: response.status, retryAfter });
    }
    warmXml(response.headers.get('content-type'));
    const direct = target === normalizeUrl(request.url);
    return {
      body: await readCapped(response, request.maxBytes ?? MAX_BYTES, () => failure(undefined, timedOut, signal)),
      contentType: response.headers.get('content-type'),
      url: direct ? response.url || request.url : request.url,
      contentLocation: direct ? response.headers.get('content-location') : undefined,
      totalPages: response.headers.get('x-wp-totalpages'),
    };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

/**
 * The body, read as it streams and cut off past `max` bytes (decoded: a gzip bomb stops at the
 * cap too), so a huge response costs neither the memory nor the parse (issue 12).
 */
async function readCapped(response: Response, max: number, stopped: () => unknown): Promise<Uint8Array> {
  const tooLarge = () => new FeedError('parse', `Over ${max} bytes.`, { reason: 'tooLarge' });
  // Content-Length counts the encoded bytes, which the decoded body can only exceed.
  if (Number(response.headers.get('content-length')) > max) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // The first chunk in a task of its own too: a body the loader fetched early is read as the
  // elements are defined and first drawn, and together they made one long task.
  let slice = -Infinity;
  try {
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
      // A body the browser already holds comes in chunk after chunk without a task between
      // them: past 50 ms the page gets a turn (issue 12: no freeze while a big body streams).
      if (performance.now() - slice > 50) {
        await nextTask();
        slice = performance.now();
      }
      size += part.value.byteLength;
      if (size > max) {
        void reader!.cancel();
        throw tooLarge();
      }
      chunks.push(part.value);
    }
  } catch (error) {
    // A body the browser cannot hold is a RangeError: too large, not a network fault.
    if (error instanceof FeedError || error instanceof RangeError) throw error instanceof RangeError ? tooLarge() : error;
    const cause = stopped();
    if (!(cause instanceof FeedError) || cause.code !== 'network' || cause.details.offline) throw cause;
    throw new FeedError('network', 'Connection reset.', { reason: 'reset' });
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

function failure(error: unknown, timedOut: boolean, signal: AbortSignal): unknown {
  if (timedOut) return new FeedError('timeout', 'The feed took too long to answer.');
  if (signal.aborted) return abortError();
  // Only the browser may say the reader is offline; otherwise the fault is not theirs.
  const offline = navigator.onLine === false;
  return new FeedError(
    'network',
    `The feed could not be reached${offline ? ' (the browser is offline)' : ''}${error instanceof Error ? ` (${error.message})` : ''}.`,
    { offline },
  );
}

/**
 * An opaque `no-cors` request: it resolves whenever the server answers at all (whatever its
 * status or headers) and rejects when nothing answers; with `redirect: 'manual'` it stops at
 * the first redirect. Works alike in Chrome, Edge, Firefox and Safari; costs a request, and
 * only after a failure.
 */
async function probe(target: string, signal: AbortSignal, redirect: RequestRedirect): Promise<Response | undefined> {
  try {
    return await fetch(target, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal, redirect });
  } catch {
    return undefined;
  }
}

/** The one store every element on the page shares. */
export const feedStore = new FeedStore();

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
