// The upstream side of the proxy: which addresses a hop may go to, and how a feed is fetched
// (redirects checked hop by hop, a time cap, a byte cap counted while streaming, feed content
// types only). No `node:` import here: this runs on edge platforms too.
import { isAddressLiteral, isSpecialAddress } from './address.js';
import type { CachedFeed } from './cache.js';
import { ProxyError } from './errors.js';
import { hostAllowed, privateAllowed, type ResolvedOptions, type Upstream, type UpstreamResponse } from './options.js';

/**
 * Feed media types passed on. Never HTML or XHTML: a proxied file must not become a page on
 * the city's domain. (The CSP of every answer, engine.ts, is the second lock on that door.)
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

/** The checks every hop passes: scheme, credentials, allowlist, address literals and local names. */
export function checkHop(url: URL, options: Pick<ResolvedOptions, 'allow' | 'allowPrivate'>): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ProxyError(400, 'only http and https feeds');
  if (url.username || url.password) throw new ProxyError(400, 'no credentials in feed addresses');
  const host = url.hostname.replace(/\.$/, '');
  if (!hostAllowed(options.allow, host)) throw new ProxyError(403, `host ${host} is not on the allowlist`);
  if (privateAllowed(options.allowPrivate, host)) return;
  // Names and literals known to be local without asking DNS; on Node the resolver checks the rest.
  const local = host === 'localhost' || host.endsWith('.localhost');
  if (local || (isAddressLiteral(host) && isSpecialAddress(host))) throw new ProxyError(403, `${host} is a private address`);
}

/**
 * Fetches a feed, or revalidates a stale copy (then a 304 returns that copy, fresh again),
 * under the time cap, the byte cap, the redirect rules and the content-type rule.
 */
export async function fetchFeed(target: URL, stale: CachedFeed | undefined, o: ResolvedOptions, upstream: Upstream): Promise<CachedFeed> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, o.timeout);
  try {
    const response = await follow(target, stale, controller.signal, o, upstream);
    if (response.status === 304 && stale) {
      // Read the (empty) body to its end, so the connection goes back to the pool for reuse.
      await read(response, controller, o.maxBytes);
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
    const body = await read(response, controller, o.maxBytes);
    const entry: CachedFeed = {
      body,
      contentType: type,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      validatedAt: o.now(),
    };
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
async function follow(
  target: URL,
  stale: CachedFeed | undefined,
  signal: AbortSignal,
  options: ResolvedOptions,
  upstream: Upstream,
): Promise<UpstreamResponse> {
  const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': options.userAgent };
  if (stale?.etag) headers['if-none-match'] = stale.etag;
  if (stale?.lastModified) headers['if-modified-since'] = stale.lastModified;
  let url = target;
  for (let hop = 0; ; hop++) {
    if (hop > 0) checkHop(url, options);
    const response = await upstream(url, { headers, signal });
    if (!REDIRECTS.has(response.status)) return response;
    // The redirect's own body is never read: closing it frees the connection.
    void response.body?.[Symbol.asyncIterator]().return?.();
    const location = response.headers.get('location');
    if (hop >= options.maxRedirects) throw new ProxyError(502, `more than ${options.maxRedirects} redirects`);
    if (!location) throw new ProxyError(502, 'a redirect without a Location');
    url = new URL(location, url);
    url.hash = '';
  }
}

/** The body, counted as it streams: past the cap the transfer stops at once. */
async function read(response: UpstreamResponse, controller: AbortController, max: number): Promise<Uint8Array> {
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
