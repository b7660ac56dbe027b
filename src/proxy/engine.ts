// The proxy itself, free of any platform: a request comes in as method, URL and headers, an
// answer goes out as status, headers and bytes. The Fetch handler (index.ts) and the Node
// adapter (node.ts) only translate. No `node:` import here: this runs on edge platforms too.
import { isAddressLiteral, isSpecialAddress } from './address.js';
import { FeedCache, type CachedFeed } from './cache.js';
import { hostAllowed, privateAllowed, resolveOptions, type FeedProxyOptions, type ResolvedOptions, type Upstream, type UpstreamResponse } from './options.js';

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

/** A refusal or failure with the status the reader's browser gets. */
export class ProxyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** A stale copy may stand in (network errors, timeouts, upstream 5xx: RFC 5861). */
    readonly staleable = false,
  ) {
    super(message);
  }
}

/**
 * Feed media types passed on. Never HTML or XHTML: a proxied file must not become a page on
 * the city's domain. (The CSP below is the second lock on that door.)
 */
const FEED_TYPES = new Set([
  'application/json',
  'application/feed+json',
  'application/rss+xml',
  'application/x-rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);

const ACCEPT = 'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml, application/xml;q=0.8, text/xml;q=0.8';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Sent with every answer: a proxied file can never act as a page, script or style. */
const SECURITY: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
};

const weak = (tag: string) => tag.trim().replace(/^W\//, '');

export class ProxyEngine {
  private readonly options: ResolvedOptions;
  private readonly cache: FeedCache | undefined;
  private readonly inflight = new Map<string, Promise<CachedFeed>>();
  private readonly cacheControl: string;

  constructor(
    options: FeedProxyOptions,
    private readonly upstream: Upstream,
  ) {
    this.options = resolveOptions(options);
    const o = this.options;
    this.cache = o.cache ? new FeedCache(o.cache.maxEntries, o.cache.maxBytes) : undefined;
    this.cacheControl = `public, max-age=${o.maxAge}, s-maxage=${o.sMaxAge}, stale-while-revalidate=${o.staleWhileRevalidate}, stale-if-error=${o.staleIfError}`;
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

  /** The feed address from `?url=`, checked before anything goes out. */
  private target(requestUrl: string): URL {
    const query = requestUrl.indexOf('?');
    const raw = query < 0 ? null : new URLSearchParams(requestUrl.slice(query + 1)).get('url');
    if (!raw) throw new ProxyError(400, 'give the feed address as ?url=');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ProxyError(400, 'the feed address is not a URL');
    }
    this.check(url);
    url.hash = '';
    return url;
  }

  /** The checks every hop passes: scheme, credentials, allowlist, address literals and local names. */
  private check(url: URL): void {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ProxyError(400, 'only http and https feeds');
    if (url.username || url.password) throw new ProxyError(400, 'no credentials in feed addresses');
    const host = url.hostname.replace(/\.$/, '');
    if (!hostAllowed(this.options.allow, host)) throw new ProxyError(403, `host ${host} is not on the allowlist`);
    if (privateAllowed(this.options.allowPrivate, host)) return;
    // Names and literals known to be local without asking DNS; on Node the resolver checks the rest.
    const local = host === 'localhost' || host.endsWith('.localhost');
    if (local || (isAddressLiteral(host) && isSpecialAddress(host))) throw new ProxyError(403, `${host} is a private address`);
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
      pending = this.fetchFeed(target, stale).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  private async fetchFeed(target: URL, stale: CachedFeed | undefined): Promise<CachedFeed> {
    const o = this.options;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, o.timeout);
    try {
      const response = await this.follow(target, stale, controller.signal);
      if (response.status === 304 && stale) {
        // Read the (empty) body to its end, so the connection goes back to the pool for reuse.
        await this.read(response, controller);
        stale.validatedAt = o.now();
        return stale;
      }
      if (response.status !== 200) {
        controller.abort();
        if (response.status === 404 || response.status === 410) throw new ProxyError(response.status, `the feed's server answered ${response.status}`);
        throw new ProxyError(502, `the feed's server answered ${response.status}`, response.status >= 500);
      }
      const type = response.headers.get('content-type') ?? '';
      if (!FEED_TYPES.has(type.split(';')[0].trim().toLowerCase())) {
        controller.abort();
        throw new ProxyError(502, `not a feed: content type "${type}"`);
      }
      const body = await this.read(response, controller);
      const entry: CachedFeed = {
        body,
        contentType: type,
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
        validatedAt: o.now(),
      };
      this.cache?.set(target.href, entry);
      return entry;
    } catch (error) {
      if (timedOut) throw new ProxyError(504, `the feed took longer than ${o.timeout} ms`, true);
      if (error instanceof ProxyError) throw error;
      const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
      if (code === 'EPRIVATE') throw new ProxyError(403, (error as Error).message);
      throw new ProxyError(502, `the feed's server could not be reached${code ? ` (${code})` : ''}`, true);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Requests the feed, following at most `maxRedirects` redirects, each hop checked again. */
  private async follow(target: URL, stale: CachedFeed | undefined, signal: AbortSignal): Promise<UpstreamResponse> {
    const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': this.options.userAgent };
    if (stale?.etag) headers['if-none-match'] = stale.etag;
    if (stale?.lastModified) headers['if-modified-since'] = stale.lastModified;
    let url = target;
    for (let hop = 0; ; hop++) {
      if (hop > 0) this.check(url);
      const response = await this.upstream(url, { headers, signal });
      if (!REDIRECTS.has(response.status)) return response;
      // The redirect's own body is never read: closing it frees the connection.
      void response.body?.[Symbol.asyncIterator]().return?.();
      const location = response.headers.get('location');
      if (hop >= this.options.maxRedirects) throw new ProxyError(502, `more than ${this.options.maxRedirects} redirects`);
      if (!location) throw new ProxyError(502, 'a redirect without a Location');
      url = new URL(location, url);
      url.hash = '';
    }
  }

  /** The body, counted as it streams: past the cap the transfer stops at once. */
  private async read(response: UpstreamResponse, controller: AbortController): Promise<Uint8Array> {
    const max = this.options.maxBytes;
    const tooBig = () => new ProxyError(502, `the feed is larger than ${max} bytes`);
    if (Number(response.headers.get('content-length') ?? 0) > max) {
      controller.abort();
      throw tooBig();
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body ?? []) {
      total += chunk.byteLength;
      if (total > max) {
        controller.abort();
        throw tooBig();
      }
      chunks.push(chunk);
    }
    const body = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      body.set(chunk, at);
      at += chunk.byteLength;
    }
    return body;
  }

  private answer(entry: CachedFeed, how: string, origin: string | null, ifNoneMatch: string | null | undefined): ProxyAnswer {
    const age = Math.max(0, Math.floor((this.options.now() - entry.validatedAt) / 1000));
    const headers: Record<string, string> = {
      'content-type': entry.contentType,
      'cache-control': this.cacheControl,
      ...SECURITY,
      ...this.cors(origin),
      'x-proxy-cache': how,
    };
    if (age > 0) headers.age = String(age);
    if (entry.etag) headers.etag = entry.etag;
    if (entry.lastModified) headers['last-modified'] = entry.lastModified;
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
    if (allowed === '*') return { 'access-control-allow-origin': '*' };
    if (origin && allowed.has(origin)) return { 'access-control-allow-origin': origin, vary: 'Origin' };
    return { vary: 'Origin' };
  }
}
