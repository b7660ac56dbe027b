// What the issue-12 tests share (test/store/cache.test.ts, test/elements/resilience.test.ts):
// the fault-injecting server's routes (test/server/faults.mjs) and lists mounted in the page.
import '../../src/define/article-list.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import { shadow } from '../helpers.js';

/** A route of the server that misbehaves on purpose: `kind` says how. */
export const fault = (kind: string, params: Record<string, string | number> = {}) =>
  `/__test/fault/${kind}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;

/** When the test server saw each request of a key (ms since the epoch). */
export const times = async (key: string): Promise<number[]> => (await fetch(`/__test/times/${encodeURIComponent(key)}`)).json();

/** Elements a test put in the page; `unmountAll` removes them after each test. */
export const mounted: Element[] = [];
export const unmountAll = () => mounted.splice(0).forEach((el) => el.remove());

/** An English `<civic-article-list>` for `src`, in the page. */
export function list(src: string, attrs: Record<string, string> = {}): CivicArticleList {
  const el = document.createElement('civic-article-list');
  el.lang = 'en';
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.src = src;
  document.body.append(el);
  mounted.push(el);
  return el;
}

/** How many article titles an element shows. */
export const titles = (el: Element) => shadow(el).querySelectorAll('[part="title"]').length;
