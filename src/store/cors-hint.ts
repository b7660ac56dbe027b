/** Where the docs explain cross-origin feeds, for the webmaster reading the console. */
export const CORS_HELP = 'https://github.com/civic-news-widgets/civic-news-widgets/blob/main/docs/elements.md#feeds-on-another-domain-cors';

const warned = new Set<string>();

/**
 * Tells the webmaster, once per feed and page, why a feed cannot be read and what fixes it.
 * The reader sees a neutral sentence in the widget; this is the part meant for whoever
 * maintains the page, so it names the origins, the header and the README section.
 */
export function warnCors(feedUrl: string, target: string): void {
  if (warned.has(target)) return;
  warned.add(target);
  const proxied = target !== feedUrl;
  const who = proxied ? `the proxy ${new URL(target).origin} (for ${feedUrl})` : feedUrl;
  const fix = proxied
    ? 'let the proxy allow this origin'
    : 'ask the publisher to send "Access-Control-Allow-Origin: *", or set the proxy attribute to a civic-news-proxy (proxy="https://…/?url={url}")';
  console.warn(
    `civic-news-widgets: ${who} answered without an Access-Control-Allow-Origin header for ${location.origin}, so the browser hides it (CORS). Fix: ${fix}. See ${CORS_HELP}`,
  );
}
