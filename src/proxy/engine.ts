// The proxy itself, free of any platform: a request comes in as method, URL and headers, an
// answer goes out as status, headers and bytes. The Fetch handler (index.ts) and the Node
// adapter (node.ts) only translate. No `node:` import here: this runs on edge platforms too.
import { FeedCache, type CachedFeed } from './cache.js';
import { ProxyError } from './errors.js';
import { checkHop, fetchFeed } from './fetch-feed.js';
import { resolveOptions, type FeedProxyOptions, type ResolvedOptions, type Upstream } from './options.js';

export { ProxyError } from './errors.js';

export interface ProxyRequest {
  method: string;
  /** The request's URL: absolute, or a path with its query. */
  url: string;
  header(name: string): string | null | undefined;
  /** Keeps a background refresh alive after the answer (Cloudflare Workers' `ctx.waitUntil`). */
  waitUntil?: (promise: Promise<unknown>) => void;
}

export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  /** Null for answers without a body (304, OPTIONS); adapters drop it for HEAD. */
  body: Uint8Array | string | null;
}

/** Sent with every answer: a proxied file can never act as a page, script or style. */
const SECURITY: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
};

const ANY_ORIGIN: Readonly<Record<string, string>> = { 'access-control-allow-origin': '*' };

const weak = (tag: string) => tag.trim().replace(/^W\//, '');

export class ProxyEngine {
  private readonly options: ResolvedOptions;
  private readonly cache: FeedCache | undefined;
  private readonly inflight = new Map<string, Promise<CachedFeed>>();
  private readonly cacheControl: string;
  private readonly targets = new Map<string, URL>();
  /** An answer's headers that depend on the feed only, made once per fetched copy. */
  private readonly feedHeaders = new WeakMap<CachedFeed, Record<string, string>>();

  constructor(
    options: FeedProxyOptions,
    private readonly upstream: Upstream,
  ) {
    this.options = resolveOptions(options);
    const o = this.options;
    this.cache = o.cache ? new FeedCache(o.cache.maxEntries, o.cache.maxBytes) : undefined;
    this.cacheControl = `public, max-age=${o.maxAge}, s-maxage=${o.sMaxAge}, stale-while-revalidate=${o.staleWhileRevalidate}, stale-if-error=${o.staleIfError}`;
  }

  /**
   * The answer when it is a fresh copy in memory, without waiting a turn; otherwise undefined
   * (then `handle`). Adapters try this first: most requests are hits.
   */
  fresh(request: ProxyRequest): ProxyAnswer | undefined {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const target = this.targets.get(request.url);
    const entry = target && this.cache?.get(target.href);
    if (!entry || this.options.now() - entry.validatedAt >= this.options.sMaxAge * 1000) return undefined;
    return this.answer(entry, 'HIT', request.header('origin') ?? null, request.header('if-none-match'));
  }

  /** Answers one request; never throws. */
  async handle(request: ProxyRequest): Promise<ProxyAnswer> {
    const origin = request.header('origin') ?? null;
    try {
      if (request.method === 'OPTIONS') return this.preflight(origin);
      if (request.method !== 'GET' && request.method !== 'HEAD') throw new ProxyError(405, 'only GET and HEAD');
      const target = this.target(request.url);
      const feed = await this.feed(target, request.waitUntil);
      return this.answer(feed.entry, feed.how, origin, request.header('if-none-match'));
    } catch (error) {
      const e = error instanceof ProxyError ? error : new ProxyError(502, 'upstream failed');
      const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...SECURITY, ...this.cors(origin) };
      if (e.status === 405) headers.allow = 'GET, HEAD, OPTIONS';
      return { status: e.status, headers, body: `civic-news-proxy: ${e.message}\n` };
    }
  }

  /**
   * The feed address from `?url=`, checked before anything goes out. The policy never changes,
   * so a checked address is remembered by request URL (a few hundred at most): a cache hit then
   * parses nothing.
   */
  private target(requestUrl: string): URL {
    const known = this.targets.get(requestUrl);
    if (known) return known;
    const url = this.parseTarget(requestUrl);
    if (this.targets.size >= 1000) this.targets.clear();
    this.targets.set(requestUrl, url);
    return url;
  }

  private parseTarget(requestUrl: string): URL {
    const query = requestUrl.indexOf('?');
    const raw = query < 0 ? null : new URLSearchParams(requestUrl.slice(query + 1)).get('url');
    if (!raw) throw new ProxyError(400, 'give the feed address as ?url=');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ProxyError(400, 'the feed address is not a URL');
    }
    checkHop(url, this.options);
    url.hash = '';
    return url;
  }

  /** The feed from the cache, refreshed or fetched as its age asks. */
  private async feed(target: URL, waitUntil: ProxyRequest['waitUntil']): Promise<{ entry: CachedFeed; how: string }> {
    const key = target.href;
    const entry = this.cache?.get(key);
    if (!entry) return { entry: await this.fetchOnce(key, target, undefined), how: 'MISS' };
    const o = this.options;
    const age = (o.now() - entry.validatedAt) / 1000;
    if (age < o.sMaxAge) return { entry, how: 'HIT' };
    if (age < o.sMaxAge + o.staleWhileRevalidate) {
      // Serve now, refresh behind: readers never wait for the publisher's server.
      const refresh = this.fetchOnce(key, target, entry).catch(() => {});
      waitUntil?.(refresh);
      return { entry, how: 'STALE' };
    }
    try {
      return { entry: await this.fetchOnce(key, target, entry), how: 'REVALIDATED' };
    } catch (error) {
      if (error instanceof ProxyError && error.staleable && age < o.sMaxAge + o.staleIfError) return { entry, how: 'STALE-IF-ERROR' };
      // The feed is gone (404, 410): its old copy must not outlive it.
      if (error instanceof ProxyError && (error.status === 404 || error.status === 410)) this.cache?.delete(key);
      throw error;
    }
  }

  /** One upstream request per feed at a time, however many readers wait for it. */
  private fetchOnce(key: string, target: URL, stale: CachedFeed | undefined): Promise<CachedFeed> {
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = fetchFeed(target, stale, this.options, this.upstream)
        .then((entry) => {
          if (entry !== stale) this.cache?.set(key, entry);
          return entry;
        })
        .finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  private answer(entry: CachedFeed, how: string, origin: string | null, ifNoneMatch: string | null | undefined): ProxyAnswer {
    let base = this.feedHeaders.get(entry);
    if (!base) {
      base = { 'content-type': entry.contentType, 'cache-control': this.cacheControl, ...SECURITY };
      if (entry.etag) base.etag = entry.etag;
      if (entry.lastModified) base['last-modified'] = entry.lastModified;
      this.feedHeaders.set(entry, base);
    }
    const headers: Record<string, string> = { ...base, ...this.cors(origin), 'x-proxy-cache': how };
    const age = Math.floor((this.options.now() - entry.validatedAt) / 1000);
    if (age > 0) headers.age = String(age);
    if (entry.etag && ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === '*' || weak(t) === weak(entry.etag!))) {
      return { status: 304, headers, body: null };
    }
    return { status: 200, headers, body: entry.body };
  }

  /**
   * Widgets send CORS-simple requests, but a page of an older version (a long Accept header)
   * or another client may preflight. Request headers are never forwarded, so allowing these is
   * harmless; a fixed list keeps the answer the same for everyone (no Vary).
   */
  private preflight(origin: string | null): ProxyAnswer {
    return {
      status: 204,
      headers: {
        ...SECURITY,
        ...this.cors(origin),
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        'access-control-allow-headers': 'Accept, Accept-Language, Content-Language, Cache-Control, If-None-Match, If-Modified-Since',
        'access-control-max-age': '86400',
      },
      body: null,
    };
  }

  /** `*`, or the page's origin when it is allowed; then answers differ by Origin, hence Vary. */
  private cors(origin: string | null): Record<string, string> {
    const allowed = this.options.origins;
    if (allowed === '*') return ANY_ORIGIN;
    if (origin && allowed.has(origin)) return { 'access-control-allow-origin': origin, vary: 'Origin' };
    return { vary: 'Origin' };
  }
}
