/**
 * Loads the sanitizer module. In the ES module build this stays a dynamic import of
 * ./html.js (which imports `dompurify`), so bundlers split it off. The script-tag bundle
 * swaps this file for import-html.script.ts (rollup.config.mjs).
 */
export const importHtml = (): Promise<typeof import('./html.js')> => import('./html.js');
