// Apart from feed-store.ts so that the script tag's loader (src/loader.ts) asks alike without the store.

/**
 * The feed types we read, best first. It stays a CORS-safelisted `Accept` (at most 128 bytes
 * and no unsafe byte, https://fetch.spec.whatwg.org/#cors-safelisted-request-header): a longer
 * one makes every cross-origin request "non-simple", so the browser sends an OPTIONS preflight
 * first, which most feed servers (static files, WordPress, CMSs) do not answer, and the feed
 * fails even where the server sends `Access-Control-Allow-Origin: *` (issue 9).
 */
export const FEED_ACCEPT = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml, */*;q=0.5';
