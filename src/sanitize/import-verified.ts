/**
 * Loads a part of the script-tag bundle (the sanitizer, a language's strings) only if its bytes
 * are the ones this bundle was built with (Subresource Integrity), so a page that pins
 * `integrity` on the script tag gets the same guarantee for the code the widget loads later
 * (README, Getting the script).
 *
 * `import()` takes no integrity, but a `<link rel="modulepreload" integrity>` fetches the
 * module, checks the hash and puts it in the page's module map; the `import()` of the same URL
 * that follows takes the module from that map without fetching again. A file that does not
 * match is refused (the link's `error` event) and never imported. Supported by every evergreen
 * browser (Chrome 66, Firefox 115, Safari 17). `link.href` is no Trusted Types sink, so this
 * needs no policy of its own.
 *
 * DOM clobbering (issue 10): `document` lets named elements shadow its own properties, so an
 * `<img name="currentScript" src="https://other.example/x/">` earlier in the page makes
 * `document.currentScript` that image, and a base read from it loads "the sanitizer" from
 * anywhere. So the getter is called from `Document.prototype`, which no markup can shadow,
 * the answer is trusted only as an `HTMLScriptElement` with an http(s) address, and every
 * part's address is pinned to that script's origin. With no such script (the bundle run by
 * some loader, not a `<script src>`), no guess is made and no part loads.
 */

/**
 * Replaced when rollup.config.mjs builds `civic-news.min.js` (the build fails if not): the
 * package version, and `file hash file hash …` for every part beside the script.
 */
const INTEGRITY = '__CIVIC_INTEGRITY__';
const VERSION = '__CIVIC_VERSION__';

const hashes = new Map<string, string>();
for (let i = 0, words = INTEGRITY.split(' '); i + 1 < words.length; i += 2) hashes.set(words[i], words[i + 1]);

/**
 * Where a part of this very release lies: beside the script, and on a CDN under the exact
 * version rather than a range (`civic-news-widgets@1/` becomes `@1.2.3/`), so a release
 * published between the two downloads cannot pair this script with another part.
 */
export function partUrl(file: string, scriptUrl: string): string {
  const url = new URL(file, scriptUrl);
  url.pathname = url.pathname.replace(/\/civic-news-widgets@[^/]+\//, `/civic-news-widgets@${VERSION}/`);
  return url.href;
}

// Read now, while the bundle runs: `document.currentScript` is null later.
const current = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document) as unknown;
const script = current instanceof HTMLScriptElement ? current : null;

/** A part's address: beside the loader script, on its origin, or undefined. */
function beside(file: string): string | undefined {
  try {
    const loader = new URL(script?.src ?? '');
    const url = new URL(partUrl(file, loader.href));
    return /^https?:$/.test(loader.protocol) && url.origin === loader.origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Imports `file` from beside the script, checked against the hash built in for it. `attempt`
 * counts earlier failed loads: Firefox and Safari still keep a failed module fetch in the module
 * map, so importing the same URL again fails without asking the server
 * (https://github.com/whatwg/html/pull/10327 changed the rule; Chromium follows it): a retry
 * asks for its own URL.
 */
export function importPart<T>(file: string, attempt = 0): Promise<T> {
  const base = beside(file);
  const integrity = hashes.get(file);
  if (!base || !integrity) return Promise.reject(new Error(`civic-news: the address of civic-news.min.js is unknown, so ${file} is not loaded.`));
  const url = attempt ? `${base}?retry=${attempt}` : base;
  const link = document.createElement('link');
  if (!link.relList.supports('modulepreload')) return import(url) as Promise<T>;
  return new Promise<void>((resolve, reject) => {
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.integrity = integrity;
    link.href = url;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => reject(new TypeError(`civic-news-widgets: ${url} did not load or failed its integrity check; serve the files of one release together.`)),
      { once: true },
    );
    document.head.append(link);
  })
    .finally(() => link.remove())
    .then(() => import(url) as Promise<T>);
}
