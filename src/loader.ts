/**
 * `civic-news.min.js`, the file a webmaster's script tag names (issue 13): a small loader. As soon
 * as it runs it asks for the core part (`civic-news-core.min.js`: Lit, the list, card and related
 * elements, the JSON readers), starts the feed request of every widget already in the page, and
 * asks at once for the other parts those widgets will need (the XML readers, the article view
 * and the sanitizer, the related ranking, a language's strings). The core takes over the
 * requests (src/store/feed-store.ts, `adoptRequests`), so there is still one request per feed,
 * and loads through this file's `load` what a page needs later (src/script/core.ts).
 *
 * Every part is checked against the hash built into this file (Subresource Integrity, through a
 * `modulepreload` link: src/sanitize/import-verified.ts), lies on this script's own origin and,
 * on a CDN, under this exact release (`civic-news-widgets@1/` becomes `@1.2.3/`), so a release
 * published between two downloads cannot pair this file with another's parts.
 *
 * DOM clobbering (issue 10): `document` lets named elements shadow its own properties, so an
 * `<img name="currentScript" src="https://other.example/x/">` earlier in the page would make
 * `document.currentScript` that image, and a base read from it would load "the core" from
 * anywhere. So the getter is called from `Document.prototype`, which no markup can shadow, and
 * the answer is trusted only as an `HTMLScriptElement` with an http(s) address. With no such
 * script (the file run by some other loader), no part loads and the console says why.
 *
 * Until the core has defined the elements, every widget keeps the room its skeleton will take
 * (src/define/reserve.ts), so the text below it does not jump when the core arrives.
 *
 * The global `CivicNews` is here at once with `registerLanguage` (calls are kept and made when
 * the core arrives) and `ready`, a promise of the whole API once the elements are defined.
 */
import { reserveRoom } from './define/reserve.js';
import { widgetsInPage } from './define/widgets-in-page.js';
import { configOk } from './elements/shared/config.js';
import { splitSources } from './model/merge.js';
import type { Boot } from './script/core.js';
import { importChecked } from './sanitize/import-verified.js';
import { feedRequest } from './store/accept.js';
import type { EarlyRequest } from './store/feed-store.js';

/**
 * Replaced when rollup.config.mjs builds this file: `file hash …` of every part (sha256: each
 * hash costs every page its bytes, and sha256 is one of SRI's own), and the version.
 */
const INTEGRITY = '__CIVIC_INTEGRITY__';
const VERSION = '__CIVIC_VERSION__';

const hashes = new Map<string, string>();
for (let i = 0, words = INTEGRITY.split(' '); i + 1 < words.length; i += 2) hashes.set(words[i], words[i + 1]);

// Read now, while the script runs: `document.currentScript` is null later.
const current = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document) as unknown;
const script = current instanceof HTMLScriptElement ? current.src : '';

const loads = new Map<string, Promise<unknown>>();

/**
 * Checks and imports a part of this very release: beside this script, on its origin, and on a
 * CDN under the exact version (`civic-news-widgets@1/` becomes `@1.2.3/`). Once per address;
 * `attempt` counts earlier failed loads: Firefox and Safari keep a failed module fetch in the
 * module map, so importing the same URL again fails without asking the server
 * (https://github.com/whatwg/html/pull/10327 changed the rule; Chromium follows it), and a retry
 * asks for its own URL. The core loads the other parts with it (`boot`'s `load`).
 */
function load<T>(file: string, attempt = 0): Promise<T> {
  let loaded = loads.get(file + attempt);
  if (!loaded) {
    try {
      const url = new URL(file, script);
      url.pathname = url.pathname.replace(/\/civic-news-widgets@[^/]+\//, `/civic-news-widgets@${VERSION}/`);
      if (attempt) url.search = `retry=${attempt}`;
      if (!/^https?:$/.test(url.protocol) || url.origin !== new URL(script).origin || !hashes.has(file)) throw 0;
      loaded = importChecked(url.href, hashes.get(file)!);
    } catch {
      loaded = Promise.reject(new Error(`civic-news-widgets: no address for ${file}: load civic-news.min.js with a script tag.`));
    }
    loads.set(file + attempt, loaded);
    // Loaded ahead of need: whoever needs it hears of a failure.
    loaded.catch(() => undefined);
  }
  return loaded as Promise<T>;
}

/**
 * The feed requests of the widgets already in the page, asked as the store asks (fetchOnce):
 * a misconfigured widget starts nothing, and each address is asked once.
 */
function startRequests(): Map<string, EarlyRequest> {
  const requests = new Map<string, EarlyRequest>();
  for (const { el, name, read, config } of widgetsInPage()) {
    // The parts this widget will need download beside the core, not after it.
    const lang = el.closest('[lang]')?.getAttribute('lang')?.toLowerCase().split('-')[0];
    const parts = name === 'article' ? ['article', 'sanitizer'] : [];
    if (name === 'related-articles' || read('query')) parts.push('related');
    if (lang) parts.push(`lang-${lang}`);
    for (const part of parts) if (hashes.has(`civic-news-${part}.min.js`)) load(`civic-news-${part}.min.js`);
    if (!configOk(config)) continue;
    for (const src of splitSources(config.src)) {
      try {
        const url = new URL(src, document.baseURI).href;
        const target = config.proxy ? new URL(config.proxy.replace('{url}', encodeURIComponent(url)), document.baseURI).href : url;
        if (requests.has(target)) continue;
        const controller = new AbortController();
        const response = fetch(target, feedRequest(controller.signal));
        // An address that does not say JSON (`feed.json`, `/wp-json/`, `?rest_route=`) is most
        // likely RSS or Atom: their readers then download beside the core, from the start; else
        // once the answer says it is not JSON, while its body still downloads. The store reports
        // the outcome; the catch only keeps a rejection from going unhandled.
        const json = (text: string | null) => /json|rest_route/i.test(text ?? '');
        if (config.format === 'rss' || config.format === 'atom' || (config.format === 'auto' && !json(target))) load('civic-news-xml.min.js');
        response.then((answer) => json(answer.headers.get('content-type')) || load('civic-news-xml.min.js')).catch(() => undefined);
        requests.set(target, { response, abort: () => controller.abort() });
      } catch {
        // Not an address: the element says so.
      }
    }
  }
  return requests;
}

// First: the page may paint while the parts download.
const unreserve = reserveRoom();
const languages: Boot['languages'] = [];
const api: Record<string, unknown> = {
  registerLanguage: (...args: Boot['languages'][number]) => void languages.push(args),
};
// The core first: a part's own import of it must find it fetching, checked (src/sanitize/import-verified.ts).
const core = load<typeof import('./script/core.js')>('civic-news-core.min.js');
const requests = startRequests();
api.ready = core.then(
  // A task of its own for the first render: evaluating the core is already one on a slow phone.
  (core) => new Promise((resolve) => setTimeout(resolve)).then(() => core.boot({ requests, api, languages, load, unreserve })),
  (error: Error) => {
    // No element can be defined: each keeps the page's own content, and says why as the
    // elements do (`civic-error`, code `network`, as CivicErrorEvent has it).
    console.warn(error.message);
    unreserve();
    for (const { el, read } of widgetsInPage()) {
      const detail = { code: 'network', message: error.message, src: read('src') ?? '' };
      el.dispatchEvent(Object.assign(new Event('civic-error', { bubbles: true, composed: true }), { detail }));
    }
    throw error;
  },
);
// A page that never waits for `ready` gets no "uncaught" error for a core that did not load.
(api.ready as Promise<unknown>).catch(() => undefined);
(window as unknown as { CivicNews: unknown }).CivicNews = api;
