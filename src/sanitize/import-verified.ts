/**
 * Loads a part of the script-tag build (the core, the XML readers, the article view, the
 * sanitizer, a language's strings, the related ranking) only if its bytes are the ones this
 * build was made with (Subresource Integrity), so a page that pins `integrity` on the script tag
 * gets the same guarantee for the code the widget loads later (README, Getting the script).
 *
 * The loader (src/loader.ts) holds every part's hash and address and loads them with
 * `importChecked`; the core part, which it loads first, loads the others through the loader's
 * `load`, given to it at boot (`usePartLoader`).
 *
 * `import()` takes no integrity, but a `<link rel="modulepreload" integrity>` fetches the
 * module, checks the hash and puts it in the page's module map; the `import()` of the same URL
 * that follows takes the module from that map without fetching again. A file that does not
 * match is refused (the link's `error` event) and never imported. Supported by every evergreen
 * browser (Chrome 66, Firefox 115, Safari 17). `link.href` is no Trusted Types sink, so this
 * needs no policy of its own. A part's own imports name only this core file, which is loaded.
 */

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
      () => reject(new TypeError(`civic-news-widgets: ${url} did not load or failed its integrity check: serve the files of one release together.`)),
      { once: true },
    );
    document.head.append(link);
  })
    .finally(() => link.remove())
    .then(() => import(url) as Promise<T>);
}

/** How the script tag's loader loads a part (src/loader.ts `load`), given to the core at boot. */
export type PartLoader = (file: string, attempt?: number) => Promise<unknown>;

let loader: PartLoader | undefined;

/** The core part takes the loader's `load` (src/script/core.ts `boot`). */
export function usePartLoader(load: PartLoader): void {
  loader = load;
}

/**
 * Imports the part `file` of this release through the loader, checked against the hash built
 * into it. `attempt` counts earlier failed loads: a retry asks for its own URL.
 */
export function importPart<T>(file: string, attempt = 0): Promise<T> {
  return loader ? (loader(file, attempt) as Promise<T>) : Promise.reject(new Error(`civic-news: ${file} is loaded only by civic-news.min.js.`));
}
