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
import { importVerified, sanitizerUrl } from './import-verified.js';

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || document.querySelector<HTMLScriptElement>('script[src*="civic-news"]')?.src || document.baseURI;

// Checked against the hash built into this script (import-verified.ts).
export const importHtml = (): Promise<typeof import('./html.js')> => importVerified(sanitizerUrl(base));
