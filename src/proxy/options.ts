// The proxy's options and their defaults, shared by the Fetch handler and the Node adapter.

/** What an upstream answered: status, headers and the body as a stream of bytes. */
export interface UpstreamResponse {
  status: number;
  headers: { get(name: string): string | null };
  /** The body; iterating may stop early (the proxy then aborts the request's signal). */
  body: AsyncIterable<Uint8Array> | null;
}

/**
 * How the proxy reaches a feed: one request, never following redirects (the proxy checks each
 * hop itself). `signal` aborts the request and its body.
 */
export type Upstream = (url: URL, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<UpstreamResponse>;

export interface FeedProxyOptions {
  /** Host names the proxy may fetch from (required). `*.example.pl` allows every subdomain. */
  allow: readonly string[];
  /**
   * Allow loopback, private and link-local addresses: `true` for every allowed host (local
   * development only), or a list of allowed hosts that live on a private network (a CMS on the
   * city's intranet). Default false.
   */
  allowPrivate?: boolean | readonly string[];
  /** Page origins allowed to read the answers (CORS): `'*'` (default) or a list such as `['https://www.example.pl']`. */
  origins?: '*' | readonly string[];
  /** Seconds a browser may keep an answer (`max-age`). Default 300. */
  maxAge?: number;
  /** Seconds a CDN, and the proxy's own cache, may keep an answer (`s-maxage`). Default 300. */
  sMaxAge?: number;
  /** Seconds past freshness an answer may be served while it is refreshed in the background. Default 600. */
  staleWhileRevalidate?: number;
  /** Seconds past freshness an answer may be served when the feed's server fails. Default 86400. */
  staleIfError?: number;
  /** Largest feed body in bytes, counted as it streams in (after decompression). Default 5 MB. */
  maxBytes?: number;
  /** Milliseconds for the whole upstream exchange: connection, redirects and body. Default 10000. */
  timeout?: number;
  /** Redirects followed, each to an allowed host (at most 5, the default). */
  maxRedirects?: number;
  /** The in-memory cache: false for none (a CDN in front does the caching). Default 500 entries, 50 MB. */
  cache?: false | { maxEntries?: number; maxBytes?: number };
  /** User-Agent sent upstream. */
  userAgent?: string;
  /** How to reach a feed; the default is the platform's `fetch` (or, on Node, a DNS-checked `node:http`). */
  upstream?: Upstream;
  /** The clock, in milliseconds (tests). */
  now?: () => number;
}

export interface ResolvedOptions {
  allow: readonly string[];
  allowPrivate: boolean | readonly string[];
  origins: '*' | ReadonlySet<string>;
  maxAge: number;
  sMaxAge: number;
  staleWhileRevalidate: number;
  staleIfError: number;
  maxBytes: number;
  timeout: number;
  maxRedirects: number;
  cache: false | { maxEntries: number; maxBytes: number };
  userAgent: string;
  now: () => number;
}

const hostName = (host: string) => host.trim().toLowerCase().replace(/\.$/, '');

function seconds(value: number | undefined, fallback: number, name: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 0) throw new TypeError(`civic-news-proxy: ${name} must be a whole number of seconds ≥ 0`);
  return v;
}

/** Checks the options once, so a misconfigured proxy fails at start, not on the first reader. */
export function resolveOptions(options: FeedProxyOptions): ResolvedOptions {
  const allow = (options?.allow ?? []).map(hostName).filter(Boolean);
  if (allow.length === 0) throw new TypeError('civic-news-proxy: `allow` must name at least one feed host (an open proxy is refused)');
  if (allow.some((h) => h === '*' || /[/:@]/.test(h.replace(/^\[.*\]$/, '')))) {
    throw new TypeError('civic-news-proxy: `allow` takes host names such as news.example.pl or *.example.pl, not URLs or "*"');
  }
  const origins = options.origins ?? '*';
  const maxRedirects = options.maxRedirects ?? 5;
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0 || maxRedirects > 5) throw new TypeError('civic-news-proxy: maxRedirects must be 0 to 5');
  const cache = options.cache === false ? false : { maxEntries: options.cache?.maxEntries ?? 500, maxBytes: options.cache?.maxBytes ?? 50 * 1024 * 1024 };
  return {
    allow,
    allowPrivate: Array.isArray(options.allowPrivate) ? options.allowPrivate.map(hostName) : options.allowPrivate === true,
    origins: origins === '*' ? '*' : new Set(origins.map((o) => o.trim().replace(/\/$/, ''))),
    maxAge: seconds(options.maxAge, 300, 'maxAge'),
    sMaxAge: seconds(options.sMaxAge, 300, 'sMaxAge'),
    staleWhileRevalidate: seconds(options.staleWhileRevalidate, 600, 'staleWhileRevalidate'),
    staleIfError: seconds(options.staleIfError, 86400, 'staleIfError'),
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    timeout: options.timeout ?? 10_000,
    maxRedirects,
    cache,
    userAgent: options.userAgent ?? 'civic-news-proxy (+https://www.npmjs.com/package/civic-news-widgets)',
    now: options.now ?? Date.now,
  };
}

/** Whether a host is on the allowlist (exact, or a subdomain of a `*.` entry). */
export function hostAllowed(allow: readonly string[], host: string): boolean {
  const h = hostName(host);
  return allow.some((entry) => (entry.startsWith('*.') ? h.endsWith(entry.slice(1)) : h === entry));
}

/** Whether a host may resolve to, or be, a private address. */
export function privateAllowed(allowPrivate: boolean | readonly string[], host: string): boolean {
  return allowPrivate === true || (Array.isArray(allowPrivate) && hostAllowed(allowPrivate as readonly string[], host));
}
