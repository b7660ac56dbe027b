/**
 * The script-tag bundle's way to load the sanitizer: `dist/civic-news.min.js` is a classic
 * script and cannot split code, so DOMPurify and html.ts are built apart as the ES module
 * `civic-news-sanitizer.min.js`, and loaded from beside the script with `import()`, which
 * classic scripts may use. rollup.config.mjs puts this file in place of import-html.ts.
 *
 * The script's own address is read now, while the bundle runs: `document.currentScript` is
 * null later. Same origin is all `script-src 'self'` needs; from a CDN, the CDN must send
 * CORS headers (jsDelivr and unpkg do), as for any module.
 */
const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || document.querySelector<HTMLScriptElement>('script[src*="civic-news"]')?.src || document.baseURI;

/**
 * `attempt` counts earlier failed loads. Firefox and Safari still keep a failed module fetch in
 * the module map, so importing the same URL again fails without asking the server
 * (https://github.com/whatwg/html/pull/10327 changed the rule; Chromium follows it): a retry
 * asks for its own URL.
 */
export const importHtml = (attempt = 0): Promise<typeof import('./html.js')> =>
  import(new URL(`civic-news-sanitizer.min.js${attempt ? `?retry=${attempt}` : ''}`, base).href);
