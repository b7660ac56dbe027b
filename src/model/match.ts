import type { Article } from './article.js';

// Campaign and click identifiers that newsletters, ads and social sites append to links.
const TRACKING =
  /^(?:utm_|fbclid$|gclid$|gbraid$|wbraid$|dclid$|mc_cid$|mc_eid$|_ga$|_gl$|yclid$|msclkid$|twclid$|ttclid$|igshid$|_hsenc$|_hsmi$|mkt_tok$|srsltid$)/i;

/**
 * A URL reduced to what identifies a page: no fragment, no tracking parameters, host in lower
 * case, no `www.`, no trailing slash, http and https alike, percent escapes in one case
 * ("/aktualno%c5%9bci" and "/aktualności" are the same page).
 */
export function normalizeUrl(value: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  let path = url.pathname.replace(/%[\da-f]{2}/gi, (escape) => escape.toUpperCase());
  // Trailing slashes by hand: /\/+$/ is quadratic on a long run of them.
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  path = path.slice(0, end) || '/';
  const query = url.searchParams.toString();
  return `${url.hostname.toLowerCase().replace(/^www\./, '')}${url.port ? `:${url.port}` : ''}${path}${query ? `?${query}` : ''}`;
}

/** True when `key` (an id or URL) names this article. */
export function isArticle(article: Article, key: string, base?: string): boolean {
  if (article.id === key || article.url === key) return true;
  const wanted = normalizeUrl(key, base);
  return !!wanted && (wanted === normalizeUrl(article.url) || wanted === normalizeUrl(article.id));
}

/** The article an id or URL names. */
export function findArticle(articles: Article[], key: string, base = typeof document === 'undefined' ? undefined : document.baseURI): Article | undefined {
  return articles.find((article) => article.id === key) ?? articles.find((article) => isArticle(article, key, base));
}

/** The most recently published (else updated) article. */
export function newest(articles: Article[]): Article | undefined {
  let best: Article | undefined;
  for (const article of articles) {
    const date = article.published ?? article.updated ?? '';
    if (!best || date > (best.published ?? best.updated ?? '')) best = article;
  }
  return best;
}

/** The article `key` (an id or URL) names, else the newest: what the card and the article show. */
export function pickArticle(articles: Article[], key: string | undefined): Article[] {
  const id = (key ?? '').trim();
  const article = id ? findArticle(articles, id) : newest(articles);
  return article ? [article] : [];
}
