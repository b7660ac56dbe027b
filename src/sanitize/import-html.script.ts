/**
 * The script-tag bundle's way to load the sanitizer: `dist/civic-news.min.js` is a classic
 * script and cannot split code, so DOMPurify and html.ts are built apart as the ES module
 * `civic-news-sanitizer.min.js`, and loaded from beside the script with `import()`, which
 * classic scripts may use. rollup.config.mjs puts this file in place of import-html.ts.
 *
 * The script's own address is read now, while the bundle runs: `document.currentScript` is
 * null later. Same origin is all `script-src 'self'` needs; from a CDN, the CDN must send
 * CORS headers (jsDelivr and unpkg do), as for any module.
 *
 * DOM clobbering (issue 10): `document` lets named elements shadow its own properties, so an
 * `<img name="currentScript" src="https://other.example/x/">` earlier in the page makes
 * `document.currentScript` that image, and a base read from it loads "the sanitizer" from
 * anywhere. So the getter is called from `Document.prototype`, which no markup can shadow,
 * the answer is trusted only as an `HTMLScriptElement` with an http(s) address, and the
 * sanitizer's address is pinned to that script's origin. With no such script (the bundle run
 * by some loader, not a `<script src>`), no guess is made: the body is not shown and the
 * element says so (`civic-error`, code `network`).
 */
import { importVerified, sanitizerUrl as releaseUrl } from './import-verified.js';

const current = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document) as unknown;
const script = current instanceof HTMLScriptElement ? current : null;

/** The sanitizer's address: beside the loader script, on its origin, or undefined. */
function sanitizerUrl(): string | undefined {
  try {
    const loader = new URL(script?.src ?? '');
    const url = new URL(releaseUrl(loader.href));
    return /^https?:$/.test(loader.protocol) && url.origin === loader.origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const sanitizer = sanitizerUrl();

/**
 * Checked against the hash built into this script (import-verified.ts). `attempt` counts
 * earlier failed loads. Firefox and Safari still keep a failed module fetch in the module map,
 * so importing the same URL again fails without asking the server
 * (https://github.com/whatwg/html/pull/10327 changed the rule; Chromium follows it): a retry
 * asks for its own URL.
 */
export const importHtml = (attempt = 0): Promise<typeof import('./html.js')> =>
  sanitizer
    ? importVerified(attempt ? `${sanitizer}?retry=${attempt}` : sanitizer)
    : Promise.reject(new Error('civic-news: the address of civic-news.min.js is unknown, so the sanitizer is not loaded.'));
