// Apart from feed-store.ts so that the script tag's loader (src/loader.ts) asks as the store does, without the store.

/**
 * The feed types we read, best first. It stays a CORS-safelisted `Accept` (at most 128 bytes
 * and no unsafe byte, https://fetch.spec.whatwg.org/#cors-safelisted-request-header): a longer
 * one makes every cross-origin request "non-simple", so the browser sends an OPTIONS preflight
 * first, which most feed servers (static files, WordPress, CMSs) do not answer, and the feed
 * fails even where the server sends `Access-Control-Allow-Origin: *` (issue 9).
 */
export const FEED_ACCEPT = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml, */*;q=0.5';

/**
 * How every feed request is made: a "simple" CORS request (GET, a safelisted header, no
 * credentials: a feed is public, and `Access-Control-Allow-Origin: *` refuses requests that
 * carry cookies). A refresh or a retry (`force`) must see what the server has now: `no-cache`
 * makes the browser revalidate its copy with the validators it kept (If-None-Match,
 * If-Modified-Since), so an unchanged feed costs a 304, and no header of ours makes the request
 * non-simple.
 */
export const feedRequest = (signal: AbortSignal, force = false): RequestInit => ({
  signal,
  credentials: 'omit',
  cache: force ? 'no-cache' : 'default',
  headers: { Accept: FEED_ACCEPT },
});
