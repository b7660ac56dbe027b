import { inTasks, nextTask } from '../feeds/tasks.js';
import type { Article } from '../model/article.js';
import { normalizeArticle } from '../model/normalize.js';

/**
 * The last good articles of each feed, kept across page loads in `localStorage` so that a
 * second visit shows the news at once (README, Caching). Only feeds are kept: public news a
 * publisher serves to anyone, nothing about the reader.
 *
 * localStorage rather than the Cache API or IndexedDB: it is read synchronously, so cached
 * articles are in the very first render (no skeleton, no flash), and it needs no code for
 * transactions or open requests, which every reader downloads. Its few megabytes per origin
 * are shared with the site, hence the small budget below. Where it is missing or refuses
 * (private browsing, a full quota, storage blocked), every function here does nothing.
 */
const PREFIX = 'civic-news:';
/** Characters all our entries may take (strings are UTF-16: twice this in bytes). */
export const PERSIST_BUDGET = 500_000;
/** The longest one entry may be; a larger feed is not kept. */
const ENTRY_MAX = 200_000;
/** `cache="auto"`: a copy this old (7 days) is no longer shown. */
export const PERSIST_AGE = 604_800_000;

/** What was kept of a feed, and when it last came from the network. */
export interface Kept {
  articles: Article[];
  truncated?: boolean;
  savedAt: number;
  /** The JSON it was kept as: the same feed from the network gives the same text. */
  json: string;
}

function storage(): Storage | undefined {
  try {
    // Reading the property throws where storage is blocked (a sandboxed frame, cookies off).
    return localStorage;
  } catch {
    return undefined;
  }
}

/** The kept articles of `key` no older than `maxAge` ms, or undefined. */
export function recall(key: string, maxAge: number): Kept | undefined {
  try {
    const text = storage()?.getItem(PREFIX + key);
    if (!text) return undefined;
    const savedAt = parseInt(text, 10);
    if (!(Date.now() - savedAt <= maxAge)) return undefined;
    const json = text.slice(text.indexOf('|') + 1);
    const kept = { ...(JSON.parse(json) as Kept), savedAt, json };
    // Whatever storage holds passes the same checks as articles set by a page.
    kept.articles = kept.articles.map((item) => normalizeArticle(item)).filter((a): a is Article => !!a);
    return kept;
  } catch {
    return undefined;
  }
}

/**
 * A feed as `remember` keeps it, JSON.stringify's text of `{ articles, truncated }`, made a few
 * articles a task from the next one on: an article's lead is worked out from its HTML when first
 * read, and 200 articles in one go took a task of 110–160 ms at 4× CPU slowdown
 * (`node bench/run.mjs --cpu 4 --items 200 --only "list-200 json" --long-tasks`).
 */
export async function keptJson(feed: { articles: Article[]; truncated: boolean }): Promise<string> {
  await nextTask();
  const parts: string[] = [];
  const read = (from: number, to: number) => {
    for (let i = from; i < to; i++) parts.push(JSON.stringify(feed.articles[i]));
  };
  await inTasks(feed.articles.length, read, performance.now());
  return `{"articles":[${parts.join(',')}],"truncated":${feed.truncated}}`;
}

/**
 * Keeps a feed (`json`: its articles and `truncated`, as JSON) for `key`, evicting the entries saved longest ago when the budget would be
 * passed; an entry is prefixed with its time, so eviction reads no JSON.
 */
export function remember(key: string, json: string): void {
  const store = storage();
  if (!store) return;
  const text = `${Date.now()}|${json}`;
  try {
    store.removeItem(PREFIX + key);
    if (text.length > ENTRY_MAX) return;
    const ours: [string, number, number][] = [];
    let used = text.length;
    for (let i = 0; i < store.length; i++) {
      const name = store.key(i)!;
      if (!name.startsWith(PREFIX)) continue;
      const value = store.getItem(name) ?? '';
      ours.push([name, parseInt(value, 10) || 0, value.length]);
      used += value.length;
    }
    ours.sort((a, b) => a[1] - b[1]);
    for (const [name, , length] of ours) {
      if (used <= PERSIST_BUDGET) break;
      store.removeItem(name);
      used -= length;
    }
    store.setItem(PREFIX + key, text);
  } catch {
    // Quota exceeded or storage refused: the page works as without a cache.
  }
}

/** Removes what was kept for `key` (`cache="none"`). */
export function forget(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // As above.
  }
}
