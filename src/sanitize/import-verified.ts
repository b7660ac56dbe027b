/**
 * Loads the script-tag bundle's sanitizer module only if its bytes are the ones this bundle was
 * built with (Subresource Integrity), so a page that pins `integrity` on the script tag gets the
 * same guarantee for the code the widget loads later (README, Getting the script).
 *
 * `import()` takes no integrity, but a `<link rel="modulepreload" integrity>` fetches the
 * module, checks the hash and puts it in the page's module map; the `import()` of the same URL
 * that follows takes the module from that map without fetching again. A file that does not
 * match is refused (the link's `error` event) and never imported. Supported by every evergreen
 * browser (Chrome 66, Firefox 115, Safari 17). `link.href` is no Trusted Types sink, so this
 * needs no policy of its own.
 */

/** Both replaced when rollup.config.mjs builds `civic-news.min.js` (the build fails if not). */
const SANITIZER_INTEGRITY = '__CIVIC_SANITIZER_INTEGRITY__';
const VERSION = '__CIVIC_VERSION__';

/**
 * Where the sanitizer of this very release lies: beside the script, and on a CDN under the
 * exact version rather than a range (`civic-news-widgets@1/` becomes `@1.2.3/`), so a release
 * published between the two downloads cannot pair this script with another sanitizer.
 */
export function sanitizerUrl(scriptUrl: string): string {
  const url = new URL('civic-news-sanitizer.min.js', scriptUrl);
  url.pathname = url.pathname.replace(/\/civic-news-widgets@[^/]+\//, `/civic-news-widgets@${VERSION}/`);
  return url.href;
}

export function importVerified<T>(url: string): Promise<T> {
  const link = document.createElement('link');
  if (!link.relList.supports('modulepreload')) return import(url) as Promise<T>;
  return new Promise<void>((resolve, reject) => {
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.integrity = SANITIZER_INTEGRITY;
    link.href = url;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => reject(new TypeError(`civic-news-widgets: ${url} did not load or failed its integrity check; serve both files from one release.`)),
      { once: true },
    );
    document.head.append(link);
  })
    .finally(() => link.remove())
    .then(() => import(url) as Promise<T>);
}
