/**
 * Loads a part of the script-tag build (the XML readers, the article view, the sanitizer, a
 * language's strings, the related ranking) only if its bytes are the ones this build was made
 * with (Subresource Integrity), so a page that pins `integrity` on the script tag gets the same
 * guarantee for the code the widget loads later (README, Getting the script).
 *
 * This module is part of `civic-news-core.min.js`, an ES module the loader (src/loader.ts)
 * imported after checking its hash. Every part lies beside it: its address is taken from
 * `import.meta.url`, which no markup in the page can change (DOM clobbering, issue 10), and
 * which the loader already pinned to the release (a CDN's `@1/` becomes `@1.2.3/`).
 *
 * `import()` takes no integrity, but a `<link rel="modulepreload" integrity>` fetches the
 * module, checks the hash and puts it in the page's module map; the `import()` of the same URL
 * that follows takes the module from that map without fetching again. A file that does not
 * match is refused (the link's `error` event) and never imported. Supported by every evergreen
 * browser (Chrome 66, Firefox 115, Safari 17). `link.href` is no Trusted Types sink, so this
 * needs no policy of its own. A part's own imports name only this core file, which is loaded.
 */

/**
 * Replaced when rollup.config.mjs builds the script parts (the build fails if not):
 * `file hash file hash …` for every part beside this file.
 */
const INTEGRITY = '__CIVIC_INTEGRITY__';

const hashes = new Map<string, string>();
for (let i = 0, words = INTEGRITY.split(' '); i + 1 < words.length; i += 2) hashes.set(words[i], words[i + 1]);

/**
 * Checks `url` against `integrity` with a modulepreload link, then imports it. Shared with the
 * loader (src/loader.ts), which checks the core file the same way.
 */
export function importChecked<T>(url: string, integrity: string): Promise<T> {
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

/**
 * Imports `file` from beside this module, checked against the hash built in for it. `attempt`
 * counts earlier failed loads: Firefox and Safari still keep a failed module fetch in the module
 * map, so importing the same URL again fails without asking the server
 * (https://github.com/whatwg/html/pull/10327 changed the rule; Chromium follows it): a retry
 * asks for its own URL.
 */
export function importPart<T>(file: string, attempt = 0): Promise<T> {
  const integrity = hashes.get(file);
  if (!integrity) return Promise.reject(new Error(`civic-news: ${file} is not a part of this release.`));
  const url = new URL(file, import.meta.url);
  if (attempt) url.search = `retry=${attempt}`;
  return importChecked(url.href, integrity);
}
