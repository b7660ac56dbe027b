/**
 * The script-tag bundle's way to load the sanitizer: `dist/civic-news.min.js` is a classic
 * script and cannot split code, so DOMPurify and html.ts are built apart as the ES module
 * `civic-news-sanitizer.min.js`, and loaded from beside the script with `import()`, which
 * classic scripts may use. rollup.config.mjs puts this file in place of import-html.ts.
 *
 * Same origin is all `script-src 'self'` needs; from a CDN, the CDN must send CORS headers
 * (jsDelivr and unpkg do), as for any module. The address and the hash check, and why the
 * script's own address is trusted (DOM clobbering, issue 10), are in import-verified.ts. With
 * no address the body is not shown and the element says so (`civic-error`, code `network`).
 */
import { importPart } from './import-verified.js';

/** Checked against the hash built into this script; `attempt` counts earlier failed loads. */
export const importHtml = (attempt = 0): Promise<typeof import('./html.js')> => importPart('civic-news-sanitizer.min.js', attempt);
