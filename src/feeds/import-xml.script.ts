/**
 * The script tag's way to load the full feed reader: `civic-news-xml.min.js` from beside the
 * script, checked against the hash built in (src/sanitize/import-verified.ts). build/bundle.mjs
 * (`xmlFromScriptSrc`) puts this file in place of import-xml.ts.
 */
import { importPart } from '../sanitize/import-verified.js';

export const importXml = (attempt = 0): Promise<typeof import('./parse.js')> => importPart('civic-news-xml.min.js', attempt);
