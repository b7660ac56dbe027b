import type { Article } from './article.js';

/**
 * Several feeds in one list (issue 15): `src` names them separated by white space, which
 * survives as a plain `data-src` in a CMS's placeholder, and a URL never holds a raw space.
 */
export function splitSources(src: string | undefined): string[] {
  return [...new Set((src ?? '').split(/\s/).filter(Boolean))];
}

/**
 * One story's address whatever feed carries it: an association's feed and a city's often link
 * the same page as `http://www.…/a/?utm_source=…#top` and `https://…/a`. Scheme, `www.`, a
 * trailing slash, the fragment and tracking parameters do not make another story.
 */
export function storyKey(url: string): string {
  try {
    const u = new URL(url);
    for (const name of [...u.searchParams.keys()]) if (/^(?:utm_|fbclid$|gclid$)/i.test(name)) u.searchParams.delete(name);
    u.searchParams.sort();
    let path = u.pathname;
    while (path.endsWith('/')) path = path.slice(0, -1);
    return `${u.hostname.replace(/^www\./, '')}${u.port ? `:${u.port}` : ''}${path}${u.search}`;
  } catch {
    return url;
  }
}

/**
 * Ids are only a feed's own names: WordPress numbers its posts 1, 2, 3 on every site. An id
 * joins two feeds' items only when it names a thing globally (a URL, a `urn:`, a `tag:` URI).
 */
const globalId = (id: string) => id.includes(':');

const time = (article: Article) => Date.parse(article.published ?? article.updated ?? '') || 0;

/**
 * The items of several feeds as one list, newest first, each story once (the first feed named
 * keeps it). Items without a date keep their feed's order after the dated ones of their feed.
 * A pure function: the lists given are not changed.
 */
export function mergeArticles(lists: Article[][]): Article[] {
  if (lists.length === 1) return lists[0];
  const seen = new Set<string>();
  const out: { article: Article; at: number; order: number }[] = [];
  lists.forEach((list, feed) => {
    let last = Infinity;
    list.forEach((article, index) => {
      const keys = [`u ${storyKey(article.url)}`, ...(globalId(article.id) ? [`i ${article.id}`] : [])];
      if (keys.some((key) => seen.has(key))) return;
      for (const key of keys) seen.add(key);
      // An undated item sits where its feed put it: just below the dated item before it.
      const at = time(article) || last;
      last = at;
      out.push({ article, at, order: feed * 1e4 + index });
    });
  });
  return out.sort((a, b) => b.at - a.at || a.order - b.order).map((entry) => entry.article);
}
