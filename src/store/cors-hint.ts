/** Where the README explains cross-origin feeds, for the webmaster reading the console. */
export const CORS_HELP = 'https://www.npmjs.com/package/civic-news-widgets#feeds-on-another-domain-cors';

const warned = new Set<string>();

/**
 * Tells the webmaster, once per feed and page, why a feed cannot be read and what fixes it.
 * The reader sees a neutral sentence in the widget; this is the part meant for whoever
 * maintains the page, so it names the origins, the header and the README section.
 */
export function warnCors(feedUrl: string, target: string): void {
  if (warned.has(target)) return;
  warned.add(target);
  const page = location.origin;
  const proxied = target !== feedUrl;
  const cause = proxied
    ? `the proxy ${new URL(target).origin} answered for ${feedUrl}, but without an Access-Control-Allow-Origin header that lets ${page} read it`
    : `${feedUrl} answered, but without an Access-Control-Allow-Origin header that lets ${page} read it (CORS)`;
  const fix = proxied
    ? `Let the proxy allow this page's origin (civic-news-proxy does so for the origins it is given).`
    : `Ask the publisher to send "Access-Control-Allow-Origin: *" with the feed, or set the widget's proxy attribute to a civic-news-proxy on your server (proxy="https://your-proxy.example/?url={url}").`;
  console.warn(`civic-news-widgets: ${cause}. ${fix} See ${CORS_HELP}`);
}
